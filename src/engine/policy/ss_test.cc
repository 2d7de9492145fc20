#include "engine/policy/ss.h"

#include <gtest/gtest.h>

namespace lagom::policy {
namespace {

SsProblem PoissonProblem(double h, double p, double k, double mean) {
  Distribution d = MakeDistribution(DistributionKind::kPoisson, mean, mean).value();
  return {h, p, k, d, d};
}

TEST(SsCost, SnyderShenExample4_7) {
  // Example 4.7: h = 1, p = 4, K = 5, Poisson(6) demand per period.
  SsProblem p = PoissonProblem(1, 4, 5, 6);
  EXPECT_NEAR(SsCost(p, 4, 10).value(), 8.034111561471644, 1e-9);
  EXPECT_NEAR(SsCost(p, 6, 18).value(), 10.193798671644046, 1e-9);
}

TEST(SsExact, SnyderShenExample4_7AndProblem4_31) {
  SsResult r = SsExact(PoissonProblem(1, 4, 5, 6)).value();
  EXPECT_EQ(r.reorder_point, 4);
  EXPECT_EQ(r.order_up_to_level, 10);
  EXPECT_NEAR(r.cost, 8.034111561471644, 1e-9);
  r = SsExact(PoissonProblem(40, 125, 150, 4)).value();
  EXPECT_EQ(r.reorder_point, 2);
  EXPECT_EQ(r.order_up_to_level, 7);
  EXPECT_NEAR(r.cost, 223.5748295669688, 1e-8);
}

TEST(SsExact, ZhengFedergruen1991Table) {
  // Zheng & Federgruen (1991), Table 1: h = 1, p = 9, K = 64, Poisson demand.
  struct Row {
    double mean;
    int s, big_s;
    double cost;
  };
  const Row rows[] = {{10, 6, 40, 35.022},   {15, 10, 49, 42.698}, {25, 19, 56, 54.262},
                      {50, 42, 108, 70.975}, {65, 56, 75, 78.518}, {75, 67, 86, 79.554},
                      {21, 15, 65, 50.406},  {24, 18, 54, 53.518}, {64, 55, 74, 78.402}};
  for (const Row& row : rows) {
    SsResult r = SsExact(PoissonProblem(1, 9, 64, row.mean)).value();
    EXPECT_EQ(r.reorder_point, row.s) << row.mean;
    EXPECT_EQ(r.order_up_to_level, row.big_s) << row.mean;
    EXPECT_NEAR(r.cost, row.cost, 5e-4) << row.mean;
  }
}

TEST(SsPowerApproximation, SnyderShenExample4_8) {
  // Example 4.8: h = 0.18, p = 0.70, K = 2.5, N(50, 8²). Hand computation:
  // Q = 1.30·50^0.494·(13.889)^0.506·(1.0256)^0.116 = 34.10; z = sqrt(34.10/8 · 0.18/0.70)
  // = 1.0468; s = 0.973·50 + 8(0.183/z + 1.063 - 2.192 z) = 40.19; S = s + Q = 74.29.
  SsResult r = SsPowerApproximation(0.18, 0.70, 2.5, 50, 8).value();
  EXPECT_NEAR(r.reorder_point, 40.194616956474071, 1e-9);
  EXPECT_NEAR(r.order_up_to_level, 74.290170109805786, 1e-9);
  r = SsPowerApproximation(2, 36, 60, 190, 48).value();  // Problem 4.32
  EXPECT_NEAR(r.reorder_point, 226.6137928222839, 1e-9);
  EXPECT_NEAR(r.order_up_to_level, 324.3797868133974, 1e-9);
}

TEST(SsExact, RejectsContinuousDemand) {
  Distribution d = MakeDistribution(DistributionKind::kNormal, 50, 64).value();
  EXPECT_FALSE(SsExact({1, 4, 5, d, d}).ok());
}

}  // namespace
}  // namespace lagom::policy
