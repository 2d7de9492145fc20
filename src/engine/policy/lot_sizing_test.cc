#include "engine/policy/lot_sizing.h"

#include <gtest/gtest.h>

#include <vector>

namespace lagom::policy {
namespace {

using Plan = std::vector<double>;

TEST(WagnerWhitin, SnyderShenExample3_9) {
  // Example 3.9: K = 500, h = 2, d = 90, 120, 80, 70. Optimal: order 210 in period 1 and 150
  // in period 3; cost = 2·500 + 2·(120 + 70) = 1380.
  Plan d = {90, 120, 80, 70};
  LotSizingResult r = WagnerWhitin(500, 2, d).value();
  EXPECT_EQ(r.order_quantities, (Plan{210, 0, 150, 0}));
  EXPECT_DOUBLE_EQ(r.cost, 1380);
}

TEST(WagnerWhitin, SnyderShenProblems3_27And3_29) {
  Plan d = {150, 100, 80, 200};  // K = 120, h = 0.8 → 424
  LotSizingResult r = WagnerWhitin(120, 0.8, d).value();
  EXPECT_EQ(r.order_quantities, (Plan{150, 180, 0, 200}));
  EXPECT_NEAR(r.cost, 424, 1e-9);
  d = {730, 580, 445, 650, 880};  // K = 100, h = 0.1 → 3·100 + 0.1·(580 + 650) = 423
  r = WagnerWhitin(100, 0.1, d).value();
  EXPECT_EQ(r.order_quantities, (Plan{1310, 0, 1095, 0, 880}));
  EXPECT_NEAR(r.cost, 423, 1e-9);
}

TEST(WagnerWhitin, NeverOrdersForEmptyPeriods) {
  Plan d = {0, 0, 50, 0, 50};
  // One order: 100 + 0.5·(2·50) = 150 < two orders: 200.
  LotSizingResult r = WagnerWhitin(100, 0.5, d).value();
  EXPECT_EQ(r.order_quantities, (Plan{0, 0, 100, 0, 0}));
  EXPECT_DOUBLE_EQ(r.cost, 150);
}

TEST(LotForLot, OrdersEachPeriodsDemand) {
  Plan d = {90, 120, 0, 70};
  LotSizingResult r = LotForLot(500, 2, d).value();
  EXPECT_EQ(r.order_quantities, d);
  EXPECT_DOUBLE_EQ(r.cost, 1500);  // three orders, nothing held
}

TEST(PeriodOfCover, CoversFixedNumberOfPeriods) {
  Plan d = {90, 120, 80, 70, 60};
  LotSizingResult r = PeriodOfCover(500, 2, d, 2).value();
  EXPECT_EQ(r.order_quantities, (Plan{210, 0, 150, 0, 60}));
  EXPECT_DOUBLE_EQ(r.cost, 3 * 500 + 2 * (120 + 70));
  // Automatic cover: sqrt(2K/(h d̄)) = sqrt(1000/(2·84)) = 2.44 → 2 periods.
  EXPECT_EQ(PeriodOfCover(500, 2, d, 0).value().order_quantities, r.order_quantities);
}

TEST(LotSizing, RejectsNegativeDemand) {
  Plan d = {10, -1};
  EXPECT_FALSE(WagnerWhitin(1, 1, d).ok());
  EXPECT_FALSE(LotForLot(-1, 1, Plan{1}).ok());
}

}  // namespace
}  // namespace lagom::policy
