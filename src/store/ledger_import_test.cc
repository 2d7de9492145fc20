// The ledger's side of CSV import: stock snapshots post their difference as opening
// movements, movement files apply each key once, and the ledger's rules reject bad rows.
#include <gtest/gtest.h>

#include "store/planning_data.h"
#include "store/settings.h"
#include "store/test_store.h"

namespace lagom::store {
namespace {

using testing::CountRows;
using testing::Import;
using testing::Load;

std::int64_t Scalar(sqlite::Database& db, const std::string& sql) {
  auto stmt = db.Prepare(sql);
  EXPECT_TRUE(*stmt->Step());
  return stmt->Int(0);
}

class LedgerImport : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = testing::FreshStore();
    testing::LoadMasterData(*db_);
  }
  std::unique_ptr<sqlite::Database> db_;
};

TEST_F(LedgerImport, StockSnapshotsPostTheirDifference) {
  Load(*db_, "stock",
       "item,location,lot,expiry,quantity,date\nA1,LON,L1,2025-01-31,12,2024-03-01\n");
  EXPECT_EQ(Scalar(*db_, "SELECT quantity FROM movements"), 12000);
  EXPECT_EQ(Scalar(*db_, "SELECT unit_cost FROM movements"), 25000);  // A1 costs 2.50
  // The same snapshot again changes nothing; a lower one posts the difference.
  Load(*db_, "stock", "item,location,lot,quantity,date\nA1,LON,L1,12,2024-03-01\n");
  EXPECT_EQ(CountRows(*db_, "movements"), 1);
  Load(*db_, "stock", "item,location,lot,quantity,date\nA1,LON,L1,9,2024-03-01\n");
  EXPECT_EQ(Scalar(*db_, "SELECT quantity FROM movements WHERE line = 2"), -3000);
  EXPECT_EQ(Scalar(*db_, "SELECT on_hand FROM balances"), 9000);
}

TEST_F(LedgerImport, MovementsApplyEachKeyOnce) {
  const char* file =
      "key,line,type,date,item,location,quantity,unit_cost\n"
      "g1,1,receipt,2024-03-01,A1,LON,5,2\ng1,2,receipt,2024-03-01,A1,MAN,1,2\n"
      "s1,1,sale,2024-03-02,A1,LON,-2,\n";
  ImportOutcome first = Import(*db_, "movements", file);
  EXPECT_EQ(first.inserted, 3);
  ImportOutcome again = Import(*db_, "movements", file);
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.unchanged, 3);
  EXPECT_EQ(Scalar(*db_, "SELECT SUM(on_hand) FROM balances"), 4000);
}

TEST_F(LedgerImport, TheLedgersRulesRejectRowsWithTheirLine) {
  ImportOutcome outcome = Import(*db_, "movements",
                                 "key,type,date,item,location,quantity\n"
                                 "r1,receipt,2024-03-01,A1,LON,-1\n");
  ASSERT_EQ(outcome.problems.size(), 1u);
  EXPECT_EQ(outcome.problems[0].line, 2);
  EXPECT_EQ(outcome.problems[0].column, "quantity");
  EXPECT_EQ(outcome.problems[0].reason,
            "breaks the ledger's rule: receipts, transfers in, production output and returns "
            "need a quantity above zero");
  EXPECT_EQ(CountRows(*db_, "movements"), 0);
  Load(*db_, "movements", "key,type,date,item,location,quantity\nr1,receipt,2024-03-01,A1,LON,1\n");
  EXPECT_FALSE(db_->Execute("UPDATE movements SET quantity = 0").ok());
  EXPECT_FALSE(db_->Execute("DELETE FROM movements").ok());
  EXPECT_EQ(CountRows(*db_, "movements"), 1);
}

TEST_F(LedgerImport, PlanningReadsOnHandAndReservedFromTheLedger) {
  // A1@LON: lot L1 12 (expires Mar 31), lot L2 5 (expired Feb 29), 3 without a lot; 4 held by
  // an open reservation that also has 2 backordered; 1 more by a released one.
  // Planning on Mar 11: on hand 12 + 3 = 15 (L2 has expired), reserved 4 + 2 = 6.
  Load(*db_, "stock",
       "item,location,lot,expiry,quantity,date\nA1,LON,L1,2024-03-31,12,2024-03-01\n"
       "A1,LON,L2,2024-02-29,5,2024-02-01\nA1,LON,,,3,2024-03-01\n");
  Load(*db_, "demand", "item,location,date,quantity\nA1,LON,2024-03-04,10\n");
  ASSERT_TRUE(db_->Execute("INSERT INTO reservations (key, item_id, location_id, date, requested, "
                           "promised, backordered, open, status) VALUES "
                           "('r1', 1, 1, '2024-03-05', 6000, 4000, 2000, 4000, 'open'), "
                           "('r2', 1, 1, '2024-03-05', 1000, 1000, 0, 0, 'released')")
                  .ok());
  auto data = LoadPlanningData(*db_, MakeDate(2024, 3, 11), 4, PeriodKind::kWeek);
  ASSERT_TRUE(data.ok()) << data.error().message;
  ASSERT_EQ(data->stock_points.size(), 1u);
  EXPECT_EQ(data->stock_points[0].on_hand_milli, 15000);
  EXPECT_EQ(data->stock_points[0].reserved_milli, 6000);
}

}  // namespace
}  // namespace lagom::store
