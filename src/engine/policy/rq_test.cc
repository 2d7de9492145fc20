#include "engine/policy/rq.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lagom::policy {
namespace {

// Snyder & Shen Example 5.1: h = 0.225, p = 7.5, K = 8, λ = 1300/yr, τ = 150/yr, L = 1/12 yr:
// lead-time demand N(λL, τ²L) = N(108.33, 43.30²).
RqProblem Example5_1() {
  const double lead_time = 1.0 / 12.0;
  Distribution d =
      MakeDistribution(DistributionKind::kNormal, 1300 * lead_time, 150.0 * 150.0 * lead_time)
          .value();
  return {0.225, 7.5, 8, 1300, d};
}

// Example 5.8: h = 20, p = 150, K = 100, λ = 1.5, L = 2 → Poisson(3) lead-time demand.
RqProblem Example5_8() {
  return {20, 150, 100, 1.5, MakeDistribution(DistributionKind::kPoisson, 3.0, 3.0).value()};
}

TEST(RqCost, SnyderShenExample5_1) {
  // Hand check at (126.8, 328.5): Kλ/Q = 31.66; h(r - λL + Q/2) = 0.225·182.72 = 41.11;
  // (h+p)(n2(r) - n2(r+Q))/Q = 7.725·225.4/328.5 = 5.30; total 78.07.
  EXPECT_NEAR(RqCost(Example5_1(), 126.8, 328.5), 78.071162509282942, 1e-9);
  EXPECT_NEAR(RqCost(Example5_1(), 100, 250), 87.346478028174985, 1e-9);
}

TEST(RqOptimalReorderPoint, SnyderShenExample5_2) {
  EXPECT_NEAR(RqOptimalReorderPoint(Example5_1(), 318), 127.7880348669655, 1e-6);
  EXPECT_NEAR(RqOptimalReorderPoint(Example5_1(), 150), 147.1949581740714, 1e-6);
  EXPECT_NEAR(RqOptimalReorderPoint(Example5_1(), 750), 99.853773396165280, 1e-6);
}

TEST(RqExact, SnyderShenExample5_1Optimum) {
  // The book reports r* = 126.8, Q* = 328.5, g* = 78.07 (rounded).
  RqResult r = RqExact(Example5_1()).value();
  EXPECT_NEAR(r.reorder_point, 126.8, 0.1);
  EXPECT_NEAR(r.order_quantity, 328.5, 0.1);
  EXPECT_NEAR(r.cost, 78.07, 0.005);
  EXPECT_LE(r.cost, RqCost(Example5_1(), 126.8, 328.5));
}

TEST(RqApproximations, SnyderShenExamples5_2To5_6) {
  RqResult eil = RqEil(Example5_1()).value();  // Example 5.2
  EXPECT_NEAR(eil.reorder_point, 213.9704421358024, 1e-6);
  EXPECT_NEAR(eil.order_quantity, 318.5901810768729, 1e-6);
  EXPECT_NEAR(eil.explanation.steps.Get("approximate_cost"), 95.451140222851961, 1e-6);
  RqResult eoqb = RqEoqb(Example5_1()).value();  // Example 5.4
  EXPECT_NEAR(eoqb.reorder_point, 128.6378144242710, 1e-6);
  EXPECT_NEAR(eoqb.order_quantity, 308.5737801203754, 1e-9);
  RqResult eoqss = RqEoqSs(Example5_1()).value();  // Example 5.5
  EXPECT_NEAR(eoqss.reorder_point, 190.3369965715624, 1e-9);
  EXPECT_NEAR(eoqss.order_quantity, 304.0467800264368, 1e-9);
  RqResult loss = RqLossFunction(Example5_1()).value();  // Example 5.6
  EXPECT_NEAR(loss.reorder_point, 126.8670642878315, 1e-5);
  EXPECT_NEAR(loss.order_quantity, 328.4491413581765, 1e-5);
}

TEST(RqPoisson, SnyderShenExample5_8) {
  EXPECT_NEAR(RqCost(Example5_8(), 3, 5), 107.9235806331498, 1e-9);
  EXPECT_NEAR(RqCost(Example5_8(), 8, 12), 242.5281637662021, 1e-9);
  RqResult r = RqExact(Example5_8()).value();
  EXPECT_EQ(r.reorder_point, 3);
  EXPECT_EQ(r.order_quantity, 5);
  EXPECT_NEAR(r.cost, 107.9235806331498, 1e-9);
}

TEST(RqPoisson, SnyderShenProblem5_2) {
  // h = 4, p = 28, K = 4, λ = 12, L = 0.5 → Poisson(6); optimum (6, 7), g = 28.2413.
  RqProblem p{4, 28, 4, 12, MakeDistribution(DistributionKind::kPoisson, 6, 6).value()};
  RqResult r = RqExact(p).value();
  EXPECT_EQ(r.reorder_point, 6);
  EXPECT_EQ(r.order_quantity, 7);
  EXPECT_NEAR(r.cost, 28.241312842169155, 1e-9);
  EXPECT_NEAR(RqCost(p, 3, 9), 34.264154469469503, 1e-9);
}

TEST(RqExact, IsNoWorseThanAnyNeighbourByEnumeration) {
  // Property: the Federgruen–Zheng optimum beats every (r, Q) in a wide grid.
  RqProblem p = Example5_8();
  RqResult best = RqExact(p).value();
  for (int r = -5; r < 15; ++r) {
    for (int q = 1; q < 25; ++q) EXPECT_LE(best.cost, RqCost(p, r, q) + 1e-12) << r << " " << q;
  }
}

}  // namespace
}  // namespace lagom::policy
