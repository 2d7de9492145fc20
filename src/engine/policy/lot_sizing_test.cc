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

TEST(WagnerWhitin, PerPeriodHoldingCostsChangeThePlan) {
  // Snyder & Shen's demand 90, 120, 80, 70 with K = 500 but h = 2, 2, 10, 2: stock held at
  // the end of period 3 is dear. Every plan, by hand (orders at the periods listed):
  //   {1,3}: 2·500 + 120·2 + 70·10 = 1940    {1,3,4}: 1500 + 120·2 = 1740
  //   {1,2,4}: 1500 + 80·2 = 1660            {1,4}: 1000 + 200·2 + 80·2 = 1560
  //   {1}: 500 + 270·2 + 150·2 + 70·10 = 2040 {1,2}: 1000 + 150·2 + 70·10 = 2000
  //   {1,2,3}: 1500 + 70·10 = 2200           {1,2,3,4}: 2000
  // The optimum is {1,4}: 290 then 70, cost 1560.
  Plan d = {90, 120, 80, 70};
  LotCosts costs{{500, 500, 500, 500}, {2, 2, 10, 2}};
  LotSizingResult r = WagnerWhitin(costs, d).value();
  EXPECT_EQ(r.order_quantities, (Plan{290, 0, 0, 70}));
  EXPECT_DOUBLE_EQ(r.cost, 1560);
  // A cheap setup in period 3 (K_3 = 50, h = 2) makes {1,3} cost 500 + 50 + 2·(120 + 70) =
  // 930 against {1} 500 + 2·(120 + 160 + 210) = 1480 and {1,3,4} 1050 + 240 = 1290.
  costs = {{500, 500, 50, 500}, {2, 2, 2, 2}};
  r = WagnerWhitin(costs, d).value();
  EXPECT_EQ(r.order_quantities, (Plan{210, 0, 150, 0}));
  EXPECT_DOUBLE_EQ(r.cost, 930);
}

TEST(SilverMeal, NahmiasCasingsExample) {
  // Nahmias, Production and Operations Analysis, the Silver–Meal example: K = 80, h = 2,
  // r = 18, 30, 42, 5, 20. From period 1: C(1) = 80, C(2) = (80 + 2·30)/2 = 70,
  // C(3) = (80 + 60 + 4·42)/3 = 102.67 > 70: order 48. From period 3: C(1) = 80,
  // C(2) = (80 + 2·5)/2 = 45, C(3) = (80 + 10 + 4·20)/3 = 56.67 > 45: order 47. Period 5: 20.
  // Cost 3·80 + 2·30 + 2·5 = 310.
  Plan r = {18, 30, 42, 5, 20};
  LotSizingResult plan = SilverMeal(80, 2, r).value();
  EXPECT_EQ(plan.order_quantities, (Plan{48, 0, 47, 0, 20}));
  EXPECT_DOUBLE_EQ(plan.cost, 310);
}

TEST(SilverMeal, StartsAtTheFirstPeriodWithDemand) {
  // d = 0, 10, 0, 100, K = 50, h = 1. Silver–Meal from period 2: C(1) = 50, C(2) = 50/2 = 25,
  // C(3) = (50 + 2·100)/3 = 83.3 > 25: orders 10 in period 2 and 100 in period 4, cost 100;
  // the optimum too (one order of 110 in period 2 costs 50 + 100·2 = 250).
  Plan d = {0, 10, 0, 100};
  EXPECT_EQ(SilverMeal(50, 1, d).value().order_quantities, (Plan{0, 10, 0, 100}));
  EXPECT_EQ(WagnerWhitin(50, 1, d).value().order_quantities, (Plan{0, 10, 0, 100}));
}

TEST(LotSizing, RejectsCostsOfTheWrongLength) {
  Plan d = {10, 20};
  EXPECT_FALSE(WagnerWhitin(LotCosts{{1}, {1, 1}}, d).ok());
  EXPECT_FALSE(SilverMeal(LotCosts{{1, 1}, {1, -1}}, d).ok());
}

TEST(LotSizing, RejectsNegativeDemand) {
  Plan d = {10, -1};
  EXPECT_FALSE(WagnerWhitin(1, 1, d).ok());
  EXPECT_FALSE(LotForLot(-1, 1, Plan{1}).ok());
}

}  // namespace
}  // namespace lagom::policy
