// Test helpers: a fresh in-memory store and quick imports and counts. Tests only.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "store/csv_import.h"
#include "store/entities.h"
#include "store/settings.h"
#include "store/store.h"

namespace lagom::store::testing {

inline std::unique_ptr<sqlite::Database> FreshStore() {
  auto db = OpenStore(":memory:");
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
  auto outcome = ImportCsv(db, *FindEntity(entity), text, StoredPeriod(db));
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
