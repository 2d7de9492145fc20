// The policy of a stock point with intermittent demand and a fill-rate target: the empirical
// sizes and the periodic fill rate (what `lagom simulate` measured), else as before.
#include "app/stock_point_policy.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "engine/analysis/empirical_demand.h"

namespace lagom::app {
namespace {

store::PolicySettings FillRate(double target) {
  store::PolicySettings s;
  s.service_kind = "fill-rate";
  s.service_target = target;
  return s;
}

// Two periods in three with nothing, sizes 2, 4 and 6: mean 4/3 per period.
const std::vector<double> kHistory = {0, 2, 0, 4, 0, 6, 0, 0, 0};
constexpr double kMean = 12.0 / 9.0;

TEST(StockPointPolicy, IntermittentDemandUsesItsOwnSizesAndThePeriodicFillRate) {
  store::PlanningData data;
  DemandAndTiming demand{kMean, 3.0, 2, 0, 1};
  demand.intermittent_history = kHistory;
  auto result = ComputePolicy(FillRate(0.9), 0, demand, data, "X@L");
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_TRUE(result->policy.from_pmf);
  EXPECT_EQ(result->summary, "fill-rate 0.9, empirical sizes, periodic fill rate");
  // The same as engine/policy given the bootstrap pmf (p = (4/3) / 4 = 1/3 on 2, 4, 6).
  analysis::EmpiricalDemand empirical = analysis::EmpiricalPerPeriod(kHistory, kMean, 64);
  ASSERT_EQ(empirical.unit, 1.0);
  EXPECT_NEAR(empirical.pmf[0], 2.0 / 3.0, 1e-12);
  EXPECT_EQ(result->demand_pmf, empirical.pmf);
  policy::StockPointInput in = result->input;
  EXPECT_TRUE(in.demand_pmf.empty());
  in.demand_pmf = result->demand_pmf;
  EXPECT_EQ(in.fill_rate_model, policy::FillRateModel::kPeriodic);
  auto direct = policy::ComputeStockPointPolicy(in);
  ASSERT_TRUE(direct.ok());
  EXPECT_EQ(result->policy.reorder_point, direct->reorder_point);
  EXPECT_GE(result->policy.achieved_fill_rate, 0.9);
}

TEST(StockPointPolicy, LargeSizesAreCountedInStepsAndScaledBack) {
  store::PlanningData data;
  std::vector<double> history = {0, 200, 0, 400, 0, 600, 0, 0, 0};
  DemandAndTiming demand{100 * kMean, 30000.0, 2, 0, 1};
  demand.intermittent_history = history;
  auto result = ComputePolicy(FillRate(0.9), 0, demand, data, "X@L");
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->summary, "fill-rate 0.9, empirical sizes (in steps of 10), periodic fill rate");
  // Levels are in units again: a whole number of steps of 10.
  double steps = result->policy.reorder_point / 10;
  EXPECT_NEAR(steps, std::round(steps), 1e-9);
  EXPECT_GT(result->policy.reorder_point, 600);
}

TEST(StockPointPolicy, OtherwiseTheParametricRuleStays) {
  store::PlanningData data;
  DemandAndTiming smooth{kMean, 3.0, 2, 0, 1};  // no intermittent history
  auto parametric = ComputePolicy(FillRate(0.9), 0, smooth, data, "X@L");
  ASSERT_TRUE(parametric.ok());
  EXPECT_FALSE(parametric->policy.from_pmf);
  EXPECT_EQ(parametric->input.fill_rate_model, policy::FillRateModel::kCycleQuantity);
  DemandAndTiming intermittent = smooth;
  intermittent.intermittent_history = kHistory;
  store::PolicySettings named = FillRate(0.9);
  named.distribution = "poisson";  // a planner's choice wins
  EXPECT_FALSE(ComputePolicy(named, 0, intermittent, data, "X@L")->policy.from_pmf);
  store::PolicySettings cycle = FillRate(0.9);
  cycle.service_kind = "cycle";
  EXPECT_FALSE(ComputePolicy(cycle, 0, intermittent, data, "X@L")->policy.from_pmf);
}

}  // namespace
}  // namespace lagom::app
