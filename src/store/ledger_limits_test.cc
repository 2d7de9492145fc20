// The database's own guard on core/limits.h (migration 17): a movement written by plain SQL,
// past every check of app/ and the import, is still refused beyond the limits, on both
// backends (this file runs again as pg.*). The limits are those core/limits.h states:
// 10^9 units, 10^9 per unit, 10^11 a movement.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "core/money.h"
#include "core/quantity.h"
#include "store/test_store.h"

namespace lagom::store {
namespace {

class LedgerLimits : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(
        db_->Execute("INSERT INTO items (code) VALUES ('A1');"
                     "INSERT INTO locations (code) VALUES ('LON');"));
  }

  // Inserts a receipt of `units` whole units at `unit_cost` whole money units each.
  Status Receive(const std::string& key, std::int64_t units, std::int64_t unit_cost) {
    auto stmt = db_->Prepare(
        "INSERT INTO movements (key, type, date, item_id, location_id, quantity, unit_cost) "
        "VALUES (?1, 'receipt', '2024-03-01', (SELECT id FROM items), (SELECT id FROM "
        "locations), ?2, ?3)");
    if (!stmt) return stmt.error();
    stmt->Bind(1, std::string_view(key));
    stmt->Bind(2, units * Quantity::kScale);
    stmt->Bind(3, unit_cost * Money::kScale);
    return stmt->Run();
  }

  std::unique_ptr<sqlite::Database> db_ = testing::FreshStore();
};

TEST_F(LedgerLimits, AQuantityBeyondTheLimitIsRefusedNamingIt) {
  EXPECT_TRUE(Receive("at", 1'000'000'000, 0));
  Status beyond = Receive("beyond", 1'000'000'001, 0);
  ASSERT_FALSE(beyond);
  EXPECT_NE(beyond.error().message.find("quantity is outside the limit"), std::string::npos)
      << beyond.error().message;
}

TEST_F(LedgerLimits, AUnitCostBeyondTheLimitIsRefused) {
  EXPECT_TRUE(Receive("at", 1, 1'000'000'000));
  Status beyond = Receive("beyond", 1, 1'000'000'001);
  ASSERT_FALSE(beyond);
  EXPECT_NE(beyond.error().message.find("unit_cost is outside the limit"), std::string::npos);
}

TEST_F(LedgerLimits, AMovementWorthMoreThanTheLimitIsRefusedAndNothingIsWritten) {
  // 10^6 units at 10^5 is exactly 10^11; one more per unit passes it.
  EXPECT_TRUE(Receive("at", 1'000'000, 100'000));
  Status beyond = Receive("beyond", 1'000'000, 100'001);
  ASSERT_FALSE(beyond);
  EXPECT_NE(beyond.error().message.find("quantity × unit_cost is outside the limit"),
            std::string::npos);
  EXPECT_EQ(testing::CountRows(*db_, "movements"), 1);  // the one at the limit
}

}  // namespace
}  // namespace lagom::store
