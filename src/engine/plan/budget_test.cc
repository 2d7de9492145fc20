#include "engine/plan/budget.h"

#include <gtest/gtest.h>

namespace lagom::plan {
namespace {

TEST(Budget, PriorityIsSalesProtectedPerUnitOfMoney) {
  // 8 units expected short, order of 20 units costing 100, sold at 25, class A (3):
  // 3 · 8 · 25 / 100 = 6 currency units of sales protected per unit spent.
  EXPECT_NEAR(BudgetPriority(8, 20, 25, 3, 100 * 10000), 6.0, 1e-12);
  // The order cannot save more than it brings: 8 short but only 5 ordered → 3 · 5 · 25 / 100.
  EXPECT_NEAR(BudgetPriority(8, 5, 25, 3, 100 * 10000), 3.75, 1e-12);
  // Nothing short, nothing protected.
  EXPECT_EQ(BudgetPriority(0, 20, 25, 3, 100 * 10000), 0);
}

TEST(Budget, KeepsTheMostSalesProtectedFirstAndDefersTheRest) {
  // Budget 500. Priorities (short, ordered, value 10 each, weight 1) by hand:
  // a 30·10/400 = 0.75, b 40·10/300 = 1.33, c 5·10/150 = 0.33, d 20·10/100 = 2.
  // Order: d (100, left 400), b (300, left 100), a (400: does not fit), c (150: no).
  std::vector<BudgetCandidate> candidates = {
      {400 * 10000, BudgetPriority(30, 40, 10, 1, 400 * 10000)},
      {300 * 10000, BudgetPriority(40, 40, 10, 1, 300 * 10000)},
      {150 * 10000, BudgetPriority(5, 40, 10, 1, 150 * 10000)},
      {100 * 10000, BudgetPriority(20, 40, 10, 1, 100 * 10000)}};
  EXPECT_EQ(AllocateBudget(candidates, 500 * 10000), (std::vector<bool>{false, true, false, true}));
  // With 650 the skipped 400 still does not fit after d and b (250 left), but c (150) does.
  EXPECT_EQ(AllocateBudget(candidates, 650 * 10000), (std::vector<bool>{false, true, true, true}));
}

}  // namespace
}  // namespace lagom::plan
