// Property tests of the stock-point policy: monotonicity in the target and in lead-time
// uncertainty, and the fill-rate guarantee checked by exact enumeration of the pmf.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "engine/policy/service.h"
#include "engine/policy/stock_point.h"

namespace lagom::policy {
namespace {

// β(s) = 1 - E[(D - s)+ - (D - s - Q)+] / Q, summed term by term over the pmf of D.
double EnumeratedFillRate(const Distribution& d, double s, double q) {
  double shortage = 0.0;
  for (int k = 0; k < 5000; ++k) {
    const double short_k = std::max(k - s, 0.0) - std::max(k - s - q, 0.0);
    shortage += Pmf(d, k) * short_k;
  }
  return 1.0 - shortage / q;
}

StockPointInput Input(double mean, double variance, DistributionKind kind, double beta, double q) {
  StockPointInput in;
  in.demand_mean = mean;
  in.demand_variance = variance;
  in.lead_time_mean = 2.5;  // fractional periods
  in.order_quantity = q;
  in.distribution = kind;
  in.allow_negative_safety_stock = true;
  in.target = {ServiceKind::kFillRate, beta};
  return in;
}

TEST(StockPointProperty, DiscreteFillRateMeetsTargetByEnumeration) {
  for (DistributionKind kind : {DistributionKind::kPoisson, DistributionKind::kNegativeBinomial}) {
    for (double mean : {0.3, 1.0, 4.0, 20.0, 600.0}) {  // 600·2.5 takes the closed forms
      for (double beta : {0.5, 0.9, 0.95, 0.99, 0.999}) {
        for (double q : {1.0, 5.0, 40.0}) {
          StockPointInput in = Input(mean, 3.0 * mean, kind, beta, q);
          StockPointPolicy p = ComputeStockPointPolicy(in).value();
          Distribution d = MakeDistribution(kind, mean * 2.5, 3.0 * mean * 2.5).value();
          const double s = p.reorder_point;
          EXPECT_GE(EnumeratedFillRate(d, s, q), beta - 1e-12) << mean << " " << beta << " " << q;
          EXPECT_LT(EnumeratedFillRate(d, s - 1.0, q), beta) << mean << " " << beta << " " << q;
          EXPECT_NEAR(p.achieved_fill_rate, EnumeratedFillRate(d, s, q), 1e-9);
        }
      }
    }
  }
}

TEST(StockPointProperty, WalkedAndClosedFormServiceAgree) {
  // The recurrence walk (slow movers) and the incomplete-gamma/beta closed forms give the
  // same cycle-service points and fill rates.
  for (DistributionKind kind : {DistributionKind::kPoisson, DistributionKind::kNegativeBinomial}) {
    for (double mean : {0.2, 3.0, 45.0, 400.0}) {
      Distribution d = MakeDistribution(kind, mean, 2.0 * mean).value();
      for (double alpha : {0.6, 0.9, 0.99, 0.9999}) {  // 0.5 can tie exactly (F = 0.5)
        EXPECT_EQ(CycleServicePoint(d, alpha), Quantile(d, alpha)) << mean << " " << alpha;
      }
      for (double s : {0.0, 2.0, mean, 2.0 * mean}) {
        const double s_int = std::floor(s);
        EXPECT_NEAR(CycleServiceAt(d, s_int), Cdf(d, s_int), 1e-12) << mean << " " << s;
        EXPECT_NEAR(FillRateAt(d, s_int, 7.0), EnumeratedFillRate(d, s_int, 7.0), 1e-10);
      }
    }
  }
}

TEST(StockPointProperty, SafetyStockIncreasesWithTarget) {
  for (ServiceKind kind : {ServiceKind::kCycleService, ServiceKind::kFillRate}) {
    for (DistributionKind dist : {DistributionKind::kNormal, DistributionKind::kGamma,
                                  DistributionKind::kNegativeBinomial}) {
      double previous = -1e300;
      for (double target = 0.5; target < 0.9995; target += 0.01) {
        StockPointInput in = Input(30, 200, dist, target, 50);
        in.target.kind = kind;
        const double ss = ComputeStockPointPolicy(in).value().safety_stock;
        EXPECT_GE(ss, previous) << static_cast<int>(dist) << " " << target;
        previous = ss;
      }
    }
  }
}

TEST(StockPointProperty, SafetyStockIncreasesWithLeadTimeSd) {
  for (ServiceKind kind : {ServiceKind::kCycleService, ServiceKind::kFillRate}) {
    double previous = -1e300;
    for (double lead_time_sd = 0.0; lead_time_sd < 5.0; lead_time_sd += 0.25) {
      StockPointInput in = Input(30, 200, DistributionKind::kNormal, 0.95, 50);
      in.target.kind = kind;
      in.lead_time_sd = lead_time_sd;
      const double ss = ComputeStockPointPolicy(in).value().safety_stock;
      EXPECT_GT(ss, previous) << lead_time_sd;
      previous = ss;
    }
  }
}

TEST(StockPointProperty, ContinuousFillRateIsMetExactly) {
  for (DistributionKind dist : {DistributionKind::kNormal, DistributionKind::kGamma}) {
    for (double beta : {0.8, 0.95, 0.999}) {
      StockPointPolicy p = ComputeStockPointPolicy(Input(30, 200, dist, beta, 20)).value();
      EXPECT_NEAR(p.achieved_fill_rate, beta, 1e-9) << static_cast<int>(dist);
    }
  }
}

}  // namespace
}  // namespace lagom::policy
