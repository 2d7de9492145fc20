// The stock feed's change cursor: the triggers of migration 8 advance it on every write
// path, here a CSV movement import and a transfer between locations, and the changes since
// 0 are the stock points of the full feed, those that stood before the migration included.
#include "store/stock_feed.h"

#include <gtest/gtest.h>

#include "store/migrations.h"
#include "store/test_store.h"

namespace lagom::store {
namespace {

using Lines = std::vector<std::string>;

// "item@location: on hand, reserved" of each stock point changed since `since`, by change.
Lines Changed(sqlite::Database& db, std::int64_t since) {
  AtpFilter filter{"", "", ParseDate("2024-03-11").value(), since};
  auto rows = AtpPage(db, filter, 100, 0);
  EXPECT_TRUE(rows.ok()) << rows.error().message;
  Lines lines;
  for (const AtpRow& row : *rows) {
    lines.push_back(row.item + "@" + row.location + ": " + row.on_hand.ToString() + ", " +
                    row.reserved.ToString());
  }
  return lines;
}

std::int64_t Latest(sqlite::Database& db) {
  auto latest = LatestStockChange(db);
  EXPECT_TRUE(latest.ok()) << latest.error().message;
  return *latest;
}

class StockFeed : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = testing::FreshStore();
    testing::LoadMasterData(*db_);
    testing::Load(*db_, "movements",
                  "key,type,date,item,location,quantity,unit_cost\n"
                  "o1,receipt,2024-03-01,A1,LON,5,2\no2,receipt,2024-03-01,B2,LON,3,10\n");
  }
  std::unique_ptr<sqlite::Database> db_;
};

TEST_F(StockFeed, ACsvMovementImportAdvancesTheCursor) {
  std::int64_t before = Latest(*db_);
  EXPECT_EQ(Changed(*db_, before), Lines{});
  testing::Load(*db_, "movements",
                "key,type,date,item,location,quantity\ns1,sale,2024-03-02,B2,LON,-1\n");
  std::int64_t after = Latest(*db_);
  EXPECT_GT(after, before);
  EXPECT_EQ(Changed(*db_, before), Lines{"B2@LON: 2, 0"});
  EXPECT_EQ(Changed(*db_, after), Lines{});
  EXPECT_EQ(Changed(*db_, 0), (Lines{"A1@LON: 5, 0", "B2@LON: 2, 0"}));
}

TEST_F(StockFeed, ATransferOutChangesBothLocations) {
  std::int64_t before = Latest(*db_);
  testing::Load(*db_, "movements",
                "key,type,date,item,location,other_location,quantity\n"
                "t1,transfer-out,2024-03-02,A1,LON,MAN,-2\n");
  EXPECT_EQ(Changed(*db_, before), (Lines{"A1@LON: 3, 0", "A1@MAN: 0, 0"}));
}

TEST(StockFeedMigration, StockPointsBeforeTheMigrationAreChangesSinceZero) {
  auto db = sqlite::Database::Open(":memory:");
  ASSERT_TRUE(db.ok());
  auto migrations = SchemaMigrations();
  ASSERT_TRUE(Migrate(**db, migrations.first(7)).ok());
  testing::LoadMasterData(**db);
  testing::Load(
      **db, "movements",
      "key,type,date,item,location,quantity,unit_cost\no1,receipt,2024-03-01,A1,MAN,4,2\n");
  ASSERT_TRUE(Migrate(**db, migrations).ok());
  EXPECT_EQ(Changed(**db, 0), Lines{"A1@MAN: 4, 0"});
  EXPECT_EQ(Latest(**db), 1);
}

TEST(StockFeedCursor, AFullPageEndsAtItsLastChangeAShortOneAtTheLatest) {
  std::vector<AtpRow> page(2);
  page[0].change = 4;
  page[1].change = 7;
  EXPECT_EQ(NextCursor(page, 2, 9), 7);
  EXPECT_EQ(NextCursor(page, 3, 9), 9);
  EXPECT_EQ(NextCursor(page, 3, 6), 7);  // a change landed between the two reads
  EXPECT_EQ(NextCursor({}, 3, 9), 9);
}

}  // namespace
}  // namespace lagom::store
