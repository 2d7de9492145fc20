// The policy of a stock point with intermittent demand and a fill-rate target: the empirical
// sizes and the periodic fill rate (what `lagom simulate` measured), else as before.
#include "engine/plan/stock_point_policy.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace lagom::plan {
namespace {

PolicySettings FillRate(double target) {
  PolicySettings s;
  s.service_kind = ServiceKind::kFillRate;
  s.service_target = target;
  return s;
}

// Two periods in three with nothing, sizes 2, 4 and 6: mean 4/3 per period.
const std::vector<double> kHistory = {0, 2, 0, 4, 0, 6, 0, 0, 0};
constexpr double kMean = 12.0 / 9.0;

// By hand: the bootstrap pmf puts p = (4/3) / 4 = 1/3 on the sizes 2, 4 and 6 (1/9 each)
// and 2/3 on 0. Order up to S every period with no lead time: the shortage per review is
// E[(D − S)+] and the fill rate 1 − E[(D − S)+] / (4/3). S = 4: E = 2/9, β = 5/6 < 0.9;
// S = 5: E = 1/9, β = 11/12 ≥ 0.9. So S = 5 (a normal with the same two moments would not
// land on it: it knows nothing of the gap between sizes).
TEST(StockPointPolicy, IntermittentDemandUsesItsOwnSizesAndThePeriodicFillRate) {
  PlanParameters data;
  PolicySettings settings = FillRate(0.9);
  settings.order_rule = OrderRule::kUpTo;
  DemandAndTiming demand{kMean, 3.0, 0, 0, 1};
  demand.intermittent_history = kHistory;
  auto result = ComputePolicy(settings, 0, demand, data);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_TRUE(result->policy.from_pmf);
  EXPECT_EQ(result->summary, "fill-rate 0.9, empirical sizes, periodic fill rate");
  EXPECT_EQ(result->input.fill_rate_model, policy::FillRateModel::kPeriodic);
  EXPECT_TRUE(result->input.demand_pmf.empty());  // no span into freed memory
  EXPECT_NEAR(result->empirical.pmf[0], 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(result->policy.order_up_to_level, 5.0, 1e-9);
  EXPECT_NEAR(result->policy.achieved_fill_rate, 11.0 / 12.0, 1e-9);
}

TEST(StockPointPolicy, LargeSizesAreCountedInStepsAndScaledBack) {
  PlanParameters data;
  std::vector<double> history = {0, 200, 0, 400, 0, 600, 0, 0, 0};
  DemandAndTiming demand{100 * kMean, 30000.0, 2, 0, 1};
  demand.intermittent_history = history;
  auto result = ComputePolicy(FillRate(0.9), 0, demand, data);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->summary, "fill-rate 0.9, empirical sizes (in steps of 10), periodic fill rate");
  // Levels are in units again: a whole number of steps of 10.
  double steps = result->policy.reorder_point / 10;
  EXPECT_NEAR(steps, std::round(steps), 1e-9);
  EXPECT_GT(result->policy.reorder_point, 600);
}

TEST(StockPointPolicy, OtherwiseTheParametricRuleStays) {
  PlanParameters data;
  DemandAndTiming smooth{kMean, 3.0, 2, 0, 1};  // no intermittent history
  auto parametric = ComputePolicy(FillRate(0.9), 0, smooth, data);
  ASSERT_TRUE(parametric.ok());
  EXPECT_FALSE(parametric->policy.from_pmf);
  EXPECT_EQ(parametric->input.fill_rate_model, policy::FillRateModel::kCycleQuantity);
  DemandAndTiming intermittent = smooth;
  intermittent.intermittent_history = kHistory;
  PolicySettings named = FillRate(0.9);
  named.distribution = DistributionChoice::kPoisson;  // a planner's choice wins
  EXPECT_FALSE(ComputePolicy(named, 0, intermittent, data)->policy.from_pmf);
  PolicySettings cycle = FillRate(0.9);
  cycle.service_kind = ServiceKind::kCycleService;
  EXPECT_FALSE(ComputePolicy(cycle, 0, intermittent, data)->policy.from_pmf);
}

}  // namespace
}  // namespace lagom::plan
