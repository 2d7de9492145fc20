#include "engine/policy/periodic.h"

#include <gtest/gtest.h>

#include <cmath>

#include "engine/policy/min_max.h"

namespace lagom::policy {
namespace {

TEST(PeriodicOrderUpTo, SnyderShenExample4_4) {
  // Base stock with R = 1, L = 4 = newsvendor over 5 periods of N(50, 8²): S* = 264.77.
  Distribution d = MakeDistribution(DistributionKind::kNormal, 50, 64).value();
  NewsvendorResult r = PeriodicOrderUpTo(0.18, 0.70, d, 1, 4).value();
  EXPECT_NEAR(r.base_stock_level, 264.7668943741548, 1e-9);
  EXPECT_NEAR(r.cost, 4.466781004149578, 1e-9);
}

TEST(PeriodicSs, ReducesToSnyderShenExample4_7ForUnitReview) {
  Distribution d = MakeDistribution(DistributionKind::kPoisson, 6, 6).value();
  SsResult r = PeriodicSs(1, 4, 5, d, 1, 0).value();
  EXPECT_EQ(r.reorder_point, 4);
  EXPECT_EQ(r.order_up_to_level, 10);
  // R = 2 with Poisson(3) per period is the same problem as R = 1 with Poisson(6).
  Distribution half = MakeDistribution(DistributionKind::kPoisson, 3, 3).value();
  SsResult two = PeriodicSs(1, 4, 5, half, 2, 0).value();
  EXPECT_EQ(two.reorder_point, 4);
  EXPECT_EQ(two.order_up_to_level, 10);
  EXPECT_FALSE(PeriodicSs(1, 4, 5, half, 1.5, 0).ok());
}

TEST(PeriodicSs, NormalUsesThePowerApproximation) {
  // Example 4.8 (N(50, 8²), K = 2.5) with R = 1, L = 0: s = 40.19, S = 74.29.
  Distribution d = MakeDistribution(DistributionKind::kNormal, 50, 64).value();
  SsResult r = PeriodicSs(0.18, 0.70, 2.5, d, 1, 0).value();
  EXPECT_NEAR(r.reorder_point, 40.194616956474071, 1e-9);
  EXPECT_NEAR(r.order_up_to_level, 74.290170109805786, 1e-9);
}

TEST(MinMax, MinIsServiceReorderPointAndMaxAddsEoq) {
  // d = 100, σ_d = 20, L = 4, α = 0.95: min = 400 + 1.644854·40 = 465.79;
  // EOQ = sqrt(2·50·100/0.5) = 141.42; max = 607.21.
  StockPointInput in;
  in.demand_mean = 100;
  in.demand_variance = 400;
  in.lead_time_mean = 4;
  in.target = {ServiceKind::kCycleService, 0.95};
  MinMaxResult r = MinMax(in, 50, 0.5).value();
  EXPECT_NEAR(r.min, 400 + 1.6448536269514722 * 40, 1e-9);
  EXPECT_NEAR(r.order_quantity, std::sqrt(20000.0), 1e-9);
  EXPECT_NEAR(r.max, r.min + std::sqrt(20000.0), 1e-9);
}

}  // namespace
}  // namespace lagom::policy
