// Hand computations of the periodic-review fill rate, with the Poisson and normal loss values
// written out (n(y) = E[(D - y)+]).
#include "engine/policy/periodic_fill_rate.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "engine/policy/service.h"
#include "engine/policy/stock_point.h"

namespace lagom::policy {
namespace {

PeriodicDemand Poisson(double per_period, double lead_time, double review) {
  return {*MakeDistribution(DistributionKind::kPoisson, per_period * (lead_time + review), 0),
          *MakeDistribution(DistributionKind::kPoisson, per_period * lead_time, 0),
          per_period * review};
}

TEST(PeriodicFillRate, OrderUpToForAFractionOfAUnitPerReview) {
  // (R, S), R = 1, L = 0, Poisson 0.1 per period; D_L = 0. With S = 1 the shortage per review
  // is n(1) = λ - P(D >= 1) = 0.1 - (1 - e^-0.1), so β = (1 - e^-0.1) / 0.1 = 0.951626.
  const PeriodicDemand d = Poisson(0.1, 0, 1);
  const double beta = (1 - std::exp(-0.1)) / 0.1;
  EXPECT_NEAR(PeriodicFillRateAt(d, 1, 0), beta, 1e-12);
  EXPECT_EQ(PeriodicFillRatePoint(d, 0.95, 0), 1);
  EXPECT_EQ(PeriodicFillRatePoint(d, 0.96, 0), 2);
  EXPECT_EQ(PeriodicFillRateAt(d, 0, 0), 0.0);  // nothing on the shelf: every unit is short
  // The continuous-review rule with Q = the mean demand per review (rounded to one unit)
  // claims 1 - P(D >= 2) = 0.995 for S = 1: it overstates the fill rate.
  EXPECT_NEAR(FillRateAt(d.lead_review, 1, 0.1), std::exp(-0.1) * 1.1, 1e-12);
}

TEST(PeriodicFillRate, ReorderPointAndQuantityAverageOverTheLevels) {
  // (R, s, nQ), R = 1, L = 1, Poisson 0.5 per period, s = 0, Q = 2: levels 1 and 2 equally
  // likely. D_{L+R} ~ Poisson(1): n(1) = e^-1, n(2) = e^-1 - (1 - 2e^-1) = 3e^-1 - 1.
  // D_L ~ Poisson(0.5): n(1) = e^-0.5 - 0.5, n(2) = n(1) - (1 - 1.5e^-0.5).
  const double e1 = std::exp(-1.0), eh = std::exp(-0.5);
  const double g1 = e1 - (eh - 0.5);
  const double g2 = (3 * e1 - 1) - ((eh - 0.5) - (1 - 1.5 * eh));
  const double beta = 1 - 0.5 * (g1 + g2) / 0.5;
  EXPECT_NEAR(beta, 0.6513395, 1e-7);
  EXPECT_NEAR(PeriodicFillRateAt(Poisson(0.5, 1, 1), 0, 2), beta, 1e-12);
  const double s = PeriodicFillRatePoint(Poisson(0.5, 1, 1), 0.9, 2);
  EXPECT_GE(PeriodicFillRateAt(Poisson(0.5, 1, 1), s, 2), 0.9);
  EXPECT_LT(PeriodicFillRateAt(Poisson(0.5, 1, 1), s - 1, 2), 0.9);
}

TEST(PeriodicFillRate, NormalOrderUpTo) {
  // d = 10, σ = 2 per period, L = R = 1: D_2 ~ N(20, 8), D_1 ~ N(10, 4). At S = 20:
  // n_2(20) = √8·L(0) = √8/√(2π) = 1.128379; n_1(20) = 2·L(5) ≈ 5.3e-7, so β = 0.887162.
  const PeriodicDemand d{*MakeDistribution(DistributionKind::kNormal, 20, 8),
                         *MakeDistribution(DistributionKind::kNormal, 10, 4), 10};
  EXPECT_NEAR(PeriodicFillRateAt(d, 20, 0), 1 - std::sqrt(8.0 / (2 * M_PI)) / 10, 1e-6);
  const double s = PeriodicFillRatePoint(d, 0.887162, 0);
  EXPECT_NEAR(s, 20, 1e-3);
}

TEST(PeriodicFillRate, ExplicitPmfsAgreeWithTheDistributions) {
  auto pmf = [](double mean) {
    std::vector<double> p;
    for (int k = 0; k < 60; ++k)
      p.push_back(std::exp(k * std::log(mean) - mean - std::lgamma(k + 1.0)));
    return p;
  };
  const std::vector<double> lr = pmf(1.0), l = pmf(0.5);
  for (double s : {0.0, 1.0, 2.0, 3.0}) {
    EXPECT_NEAR(PeriodicFillRateAt(lr, l, 0.5, s, 2), PeriodicFillRateAt(Poisson(0.5, 1, 1), s, 2),
                1e-12);
  }
  EXPECT_EQ(PeriodicFillRatePoint(lr, l, 0.5, 0.9, 2),
            PeriodicFillRatePoint(Poisson(0.5, 1, 1), 0.9, 2));
}

TEST(PeriodicFillRate, StockPointUsesItWhenAsked) {
  StockPointInput in;
  in.demand_mean = 0.1;
  in.demand_variance = 0.1;
  in.review_period = 1;
  in.distribution = DistributionKind::kPoisson;
  in.target = {ServiceKind::kFillRate, 0.96};
  in.fill_rate_model = FillRateModel::kPeriodic;
  const StockPointPolicy p = ComputeStockPointPolicy(in).value();
  EXPECT_EQ(p.order_up_to_level, 2);  // see OrderUpToForAFractionOfAUnitPerReview
  EXPECT_GE(p.achieved_fill_rate, 0.96);
  in.fill_rate_model = FillRateModel::kCycleQuantity;
  EXPECT_EQ(ComputeStockPointPolicy(in)->order_up_to_level, 1);
}

}  // namespace
}  // namespace lagom::policy
