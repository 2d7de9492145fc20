#include "engine/policy/newsvendor.h"

#include <gtest/gtest.h>

#include <vector>

namespace lagom::policy {
namespace {

Distribution Normal(double mean, double sd) {
  return MakeDistribution(DistributionKind::kNormal, mean, sd * sd).value();
}
Distribution Poisson(double mean) {
  return MakeDistribution(DistributionKind::kPoisson, mean, mean).value();
}

TEST(Newsvendor, SnyderShenExample4_3Normal) {
  // Example 4.3: h = 0.18, p = 0.70, D ~ N(50, 8²). Critical ratio 0.7/0.88 = 0.7955,
  // z = 0.8250, S* = 50 + 8·0.8250 = 56.60; g(S*) = (h + p)σφ(z) = 0.88·8·0.2838 = 1.9976.
  NewsvendorResult r = Newsvendor(0.18, 0.70, Normal(50, 8)).value();
  EXPECT_NEAR(r.base_stock_level, 56.603955927433887, 1e-9);
  EXPECT_NEAR(r.cost, 1.997605193176645, 1e-9);
  EXPECT_NEAR(NewsvendorCost(0.18, 0.70, Normal(50, 8), 40), 7.356131552870388, 1e-9);
}

TEST(Newsvendor, SnyderShenExample4_4BaseStockWithLeadTime) {
  // Example 4.4: L = 4 → demand over L + 1 = 5 periods, N(250, 8²·5).
  Distribution d = OverPeriods(Normal(50, 8), 5);
  NewsvendorResult r = Newsvendor(0.18, 0.70, d).value();
  EXPECT_NEAR(r.base_stock_level, 264.7668943741548, 1e-9);
  EXPECT_NEAR(r.cost, 4.466781004149578, 1e-9);
  EXPECT_NEAR(NewsvendorCost(0.18, 0.70, d, 180), 49.000164748034095, 1e-9);
}

TEST(Newsvendor, SnyderShenExample4_7Poisson) {
  // Example 4.7 without fixed cost: h = 1, p = 4, D ~ Poisson(6); ratio 0.8:
  // F(7) = 0.744 < 0.8 <= F(8) = 0.847, so S* = 8.
  NewsvendorResult r = Newsvendor(1, 4, Poisson(6)).value();
  EXPECT_EQ(r.base_stock_level, 8);
  EXPECT_NEAR(r.cost, 3.570106945770946, 1e-9);
  EXPECT_NEAR(NewsvendorCost(1, 4, Poisson(6), 5), 6.590296024616344, 1e-9);
  r = Newsvendor(200, 270, Poisson(18)).value();  // Problem 4.8(a)
  EXPECT_EQ(r.base_stock_level, 19);
  EXPECT_NEAR(r.cost, 786.0884409351115, 1e-7);
}

TEST(Newsvendor, SnyderShenProblem4_7bDiscretePmf) {
  // Problem 4.7(b): h = 500000, p = 1000000, ratio 2/3. Cumulative: .25 .30 .40 .60 .75 → S = 5.
  // Cost = h·n̄(5) + p·n(5) = 5e5·2.45 + 1e6·0 … written out: n̄(5) = Σ(5-k)f(k) = 4·.25 + 3·.05
  // + 2·.1 + 1·.2 = 1.55; n(5) = 1·.1 + 2·.1 + 3·.05 = 0.45 → 775000 + 450000 = 1225000.
  std::vector<double> pmf = {0, .25, .05, .1, .2, .15, .1, .1, .05};
  NewsvendorResult r = NewsvendorDiscrete(500000, 1000000, pmf).value();
  EXPECT_EQ(r.base_stock_level, 5);
  EXPECT_NEAR(r.cost, 1225000, 1e-6);
}

TEST(Newsvendor, RejectsNonPositiveCosts) {
  EXPECT_FALSE(Newsvendor(-2, 0.7, Normal(50, 8)).ok());
  EXPECT_FALSE(Newsvendor(0.18, 0, Normal(50, 8)).ok());
}

}  // namespace
}  // namespace lagom::policy
