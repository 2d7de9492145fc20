// Fuzz target for the CSV import: any bytes, imported as each entity into a fresh in-memory
// store, must give either an outcome or an error — never a crash, a hang or a sanitizer
// report. Built with libFuzzer when LAGOM_FUZZ=ON (clang); otherwise the same entry point
// replays the checked-in corpus as a regression test (fuzz_replay.cc).
//
// Speed: migrating a new database per input ran 8 inputs a second. The schema and master
// data are made once in a template; each input gets a copy of its pages (SQLite's backup
// API, a fraction of a millisecond), so the fuzzer spends its time in the import.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "store/csv_import.h"
#include "store/entities.h"
#include "store/store.h"

namespace {

using lagom::sqlite::Database;

// The migrated store with a few items, a location and a supplier to refer to.
Database& Template() {
  static std::unique_ptr<Database> db = [] {
    auto made = lagom::store::OpenStore(":memory:");
    if (!made) std::abort();
    (void)(*made)->Execute(
        "INSERT INTO items (code) VALUES ('A1'), ('B2'); INSERT INTO locations (code) VALUES "
        "('LON'); INSERT INTO suppliers (code) VALUES ('ACME');");
    return std::move(*made);
  }();
  return *db;
}

// A fresh in-memory copy of the template (foreign keys on, as OpenStore sets them).
std::unique_ptr<Database> FreshCopy() {
  auto db = Database::Open(":memory:");
  if (!db || !lagom::sqlite::CopyDatabase(Template(), **db)) return nullptr;
  (void)(*db)->Execute("PRAGMA foreign_keys = ON;");
  return std::move(*db);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the entity, the rest is the file.
  auto entities = lagom::store::AllEntities();
  const auto& entity = entities[data[0] % entities.size()];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  auto db = FreshCopy();
  if (!db) return 0;
  (void)lagom::store::ImportCsv(*db, entity, text,
                                {lagom::PeriodKind::kWeek, lagom::MakeDate(2024, 1, 1)});
  return 0;
}
