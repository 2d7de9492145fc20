#include "engine/plan/budget.h"

#include <gtest/gtest.h>

namespace lagom::plan {
namespace {

TEST(Budget, PriorityIsServiceProtectedPerUnitOfMoney) {
  // risk 0.5, A (3), margin 40 %: 0.5 · 3 · 1.4 / 100 = 0.021 per currency unit.
  EXPECT_NEAR(BudgetPriority(0.5, 3, 0.4, 100 * 10000), 0.021, 1e-12);
  // No risk, no priority, whatever the margin.
  EXPECT_EQ(BudgetPriority(0, 3, 0.9, 100 * 10000), 0);
}

TEST(Budget, KeepsTheMostValuableServiceFirstAndDefersTheRest) {
  // Budget 500. Priorities by hand: a 0.9·1·1/400 = 0.00225, b 0.9·3·1/300 = 0.009,
  // c 0.2·1·1/150 = 0.00133, d 0.8·2·1/100 = 0.016.
  // Order: d (100, left 400), b (300, left 100), a (400: does not fit), c (150: no).
  std::vector<BudgetCandidate> candidates = {{400 * 10000, BudgetPriority(0.9, 1, 0, 400 * 10000)},
                                             {300 * 10000, BudgetPriority(0.9, 3, 0, 300 * 10000)},
                                             {150 * 10000, BudgetPriority(0.2, 1, 0, 150 * 10000)},
                                             {100 * 10000, BudgetPriority(0.8, 2, 0, 100 * 10000)}};
  EXPECT_EQ(AllocateBudget(candidates, 500 * 10000), (std::vector<bool>{false, true, false, true}));
  // With 650 the skipped 400 still does not fit after d and b (250 left), but c (150) does.
  EXPECT_EQ(AllocateBudget(candidates, 650 * 10000), (std::vector<bool>{false, true, true, true}));
}

}  // namespace
}  // namespace lagom::plan
