// Fuzz target for the CSV import: any bytes, imported as each entity into a fresh in-memory
// store, must give either an outcome or an error — never a crash, a hang or a sanitizer
// report. Built with libFuzzer when LAGOM_FUZZ=ON (clang); otherwise the same entry point
// replays the checked-in corpus as a regression test (fuzz_replay.cc).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "store/csv_import.h"
#include "store/entities.h"
#include "store/store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the entity, the rest is the file.
  auto entities = lagom::store::AllEntities();
  const auto& entity = entities[data[0] % entities.size()];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  auto db = lagom::store::OpenStore(":memory:");
  if (!db) return 0;
  (void)(*db)->Execute(
      "INSERT INTO items (code) VALUES ('A1'), ('B2'); INSERT INTO locations (code) VALUES "
      "('LON'); INSERT INTO suppliers (code) VALUES ('ACME');");
  (void)lagom::store::ImportCsv(**db, entity, text, lagom::PeriodKind::kWeek);
  return 0;
}
