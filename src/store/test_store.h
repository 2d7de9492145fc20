// Test helpers: a fresh store (in memory, or a new schema on the test PostgreSQL cluster)
// and quick imports and counts. Tests only.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>

#include "store/csv_import.h"
#include "store/entities.h"
#include "store/settings.h"
#include "store/store.h"

namespace lagom::store::testing {

// The URI of the throw-away PostgreSQL cluster when the tests run on PostgreSQL (the `pg.`
// tests: LAGOM_TEST_POSTGRES_FILE names the file the cluster fixture wrote), else empty.
inline std::string TestPostgresUri() {
  const char* file = std::getenv("LAGOM_TEST_POSTGRES_FILE");
  if (!file) return {};
  std::ifstream in(file);
  std::string uri;
  std::getline(in, uri);
  EXPECT_FALSE(uri.empty()) << "no PostgreSQL URI in " << file << " (pg.cluster.start ran?)";
  return uri;
}

// A new, empty database for one test: on PostgreSQL a schema of its own in the cluster's
// database, as a URI every connection of the test reaches; else `sqlite_target` (a file
// path, or ":memory:" for a private in-memory database).
inline std::string FreshTarget(const std::string& sqlite_target = ":memory:") {
  std::string uri = TestPostgresUri();
  if (uri.empty()) return sqlite_target;
  static std::atomic<int> made{0};
  std::string schema = "t" + std::to_string(::getpid()) + "_" + std::to_string(++made);
  auto admin = db::Connection::Open(uri);
  EXPECT_TRUE(admin.ok()) << admin.error().message;
  Status created = (*admin)->Execute("CREATE SCHEMA " + schema);
  EXPECT_TRUE(created.ok()) << created.error().message;
  return uri + "&options=-csearch_path%3D" + schema;
}

inline std::unique_ptr<sqlite::Database> FreshStore() {
  auto db = OpenStore(FreshTarget());
  EXPECT_TRUE(db.ok()) << db.error().message;
  return std::move(*db);
}

// The planning period a test stored (app/settings.h's default, week, when none).
inline PeriodKind StoredPeriod(sqlite::Database& db) {
  auto stored = ReadStoredSettings(db);
  EXPECT_TRUE(stored.ok());
  auto period = stored->find("period");
  return period == stored->end() ? PeriodKind::kWeek : *ParsePeriodKind(period->second);
}

inline ImportOutcome Import(sqlite::Database& db, std::string_view entity, std::string_view text) {
  auto outcome =
      ImportCsv(db, *FindEntity(entity), text, {StoredPeriod(db), MakeDate(2024, 3, 11)});
  EXPECT_TRUE(outcome.ok()) << outcome.error().message;
  return *outcome;
}

// Imports and expects success.
inline void Load(sqlite::Database& db, std::string_view entity, std::string_view text) {
  ImportOutcome outcome = Import(db, entity, text);
  EXPECT_TRUE(outcome.ok()) << FormatProblems(outcome, entity);
}

inline std::int64_t CountRows(sqlite::Database& db, const std::string& table) {
  auto stmt = db.Prepare("SELECT COUNT(*) FROM " + table);
  EXPECT_TRUE(stmt.ok());
  EXPECT_TRUE(*stmt->Step());
  return stmt->Int(0);
}

// Two locations, two suppliers and two items to refer to.
inline void LoadMasterData(sqlite::Database& db) {
  Load(db, "locations", "code,name,type\nLON,London,warehouse\nMAN,Manchester,store\n");
  Load(db, "suppliers", "code,name,min_order_value\nACME,Acme Ltd,100\nBOLT,Bolt & Co,0\n");
  Load(db, "items", "code,name,unit_cost,price\nA1,Widget,2.50,4.99\nB2,Gadget,10,19.5\n");
}

}  // namespace lagom::store::testing
