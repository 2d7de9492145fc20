#include "engine/policy/stock_point.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "engine/policy/protection.h"

namespace lagom::policy {
namespace {

StockPointInput Fast(double target, ServiceKind kind = ServiceKind::kCycleService) {
  StockPointInput in;
  in.demand_mean = 100;
  in.demand_variance = 20 * 20;
  in.lead_time_mean = 4;
  in.target = {kind, target};
  return in;
}

TEST(StockPoint, CycleServiceNormalHandComputation) {
  // d = 100/period, σ_d = 20, L = 4: μ_L = 400, σ_L = 20·√4 = 40; α = 0.95 → z = 1.644854
  // (normal table); SS = 65.794, s = 465.794. CV = 0.1 and μ_L >= 10 → normal by the rule.
  StockPointPolicy p = ComputeStockPointPolicy(Fast(0.95)).value();
  EXPECT_EQ(p.distribution, DistributionKind::kNormal);
  EXPECT_NEAR(p.safety_stock, 1.6448536269514722 * 40, 1e-9);
  EXPECT_NEAR(p.reorder_point, 400 + 1.6448536269514722 * 40, 1e-9);
  EXPECT_NEAR(p.achieved_service, 0.95, 1e-12);
  EXPECT_NEAR(p.explanation.steps.Get("z"), 1.6448536269514722, 1e-12);
  EXPECT_NEAR(p.explanation.steps.Get("protection_sd"), 40, 1e-12);
  EXPECT_NEAR(p.order_up_to_level, p.reorder_point + 100, 1e-9);  // Q = one period
}

TEST(StockPoint, RandomLeadTimeAddsDemandTimesLeadTimeSd) {
  // σ² = L σ_d² + d² σ_L² = 4·400 + 100²·1² = 11600 (Silver-Pyke-Thomas eq. 6.x, Axsäter
  // §5.3): σ = 107.703; SS = 1.644854 · 107.703 = 177.156.
  StockPointInput in = Fast(0.95);
  in.lead_time_sd = 1;
  StockPointPolicy p = ComputeStockPointPolicy(in).value();
  EXPECT_NEAR(p.explanation.steps.Get("protection_sd"), std::sqrt(11600.0), 1e-9);
  EXPECT_NEAR(p.safety_stock, 1.6448536269514722 * std::sqrt(11600.0), 1e-9);
}

TEST(StockPoint, PeriodicReviewProtectsLeadTimePlusReview) {
  // (R, S) with R = 2, L = 4: T = 6, μ_T = 600, σ_T = 20√6 = 48.990; S = 600 + 1.6449·48.990.
  StockPointInput in = Fast(0.95);
  in.review_period = 2;
  StockPointPolicy p = ComputeStockPointPolicy(in).value();
  EXPECT_NEAR(p.order_up_to_level, 600 + 1.6448536269514722 * 20 * std::sqrt(6.0), 1e-9);
  EXPECT_DOUBLE_EQ(p.reorder_point, p.order_up_to_level);
  EXPECT_NEAR(p.explanation.steps.Get("cycle_quantity"), 200, 1e-12);  // d·R
}

TEST(StockPoint, FillRateNormalFromLossTable) {
  // Silver-Pyke-Thomas fill-rate rule G(k) = (1 - β) Q / σ_L with the exact-shortage term:
  // σ_L = 10 (d = 10, σ_d = 5, L = 4), Q = 100, β = 0.99 → G(k) - G(k + 10) = 0.1.
  // Table: G(0.90) = 0.1004, slope -(1 - Φ(0.9)) = -0.1841 → k = 0.90 + 0.0004/0.1841 = 0.9023.
  StockPointInput in;
  in.demand_mean = 10;
  in.demand_variance = 25;
  in.lead_time_mean = 4;
  in.order_quantity = 100;
  in.target = {ServiceKind::kFillRate, 0.99};
  StockPointPolicy p = ComputeStockPointPolicy(in).value();
  EXPECT_NEAR(p.safety_stock, 9.023, 2e-3);
  EXPECT_NEAR(p.achieved_fill_rate, 0.99, 1e-10);
  EXPECT_NEAR(p.explanation.steps.Get("expected_shortage_per_cycle"), 1.0, 1e-8);
}

TEST(StockPoint, DaysOfCoverAndFixedQuantity) {
  StockPointInput in = Fast(3, ServiceKind::kDaysOfCover);  // 3 periods × 100
  EXPECT_NEAR(ComputeStockPointPolicy(in).value().safety_stock, 300, 1e-9);
  in.target = {ServiceKind::kFixedQuantity, 42};
  StockPointPolicy p = ComputeStockPointPolicy(in).value();
  EXPECT_NEAR(p.reorder_point, 442, 1e-9);
  // k = 42/40 = 1.05, Q/σ = 2.5; from tables G(1.05) = 0.229882 - 1.05·0.146859 = 0.075680
  // and G(3.55) = 0.000734 - 3.55·0.0001926 = 0.0000503 →
  // β = 1 - 40·(0.075680 - 0.0000503)/100 = 0.969748.
  EXPECT_NEAR(p.achieved_fill_rate, 0.969748, 2e-6);
}

TEST(StockPoint, DiscreteCoverIsRoundedUpToWholeUnits) {
  // Poisson d = 1, L = 3: μ_T = 3; 1.5 periods of cover → s = ceil(3 + 1.5) = 5.
  StockPointInput in;
  in.demand_mean = 1;
  in.demand_variance = 1;
  in.lead_time_mean = 3;
  in.target = {ServiceKind::kDaysOfCover, 1.5};
  StockPointPolicy p = ComputeStockPointPolicy(in).value();
  EXPECT_EQ(p.distribution, DistributionKind::kPoisson);
  EXPECT_EQ(p.reorder_point, 5);
  EXPECT_EQ(p.safety_stock, 2);
  // F(5) of Poisson(3) = 0.9161 (table).
  EXPECT_NEAR(p.achieved_cycle_service, 0.9160820579686966, 1e-12);
}

TEST(StockPoint, ChoosesDistributionByRule) {
  EXPECT_EQ(ChooseDistribution(400, 1600), DistributionKind::kNormal);
  EXPECT_EQ(ChooseDistribution(400, 90000), DistributionKind::kNegativeBinomial);  // CV 0.75
  EXPECT_EQ(ChooseDistribution(2, 2.1), DistributionKind::kPoisson);
  EXPECT_EQ(ChooseDistribution(2, 9), DistributionKind::kNegativeBinomial);
  EXPECT_EQ(ChooseDistribution(0, 0), DistributionKind::kPoisson);
  EXPECT_NEAR(SigmaFromMad(10), 12.533141373155, 1e-9);
}

TEST(StockPoint, ExplicitPmfMatchesPoisson) {
  // Per-period Poisson(1) pmf, L = 3 → protection demand Poisson(3): F(4) = 0.8153,
  // F(5) = 0.9161 (Poisson table), so α = 0.9 gives s = 5.
  std::vector<double> pmf;
  for (int k = 0; k < 40; ++k) pmf.push_back(std::exp(-1.0 - std::lgamma(k + 1.0)));
  StockPointInput in;
  in.demand_pmf = pmf;
  in.lead_time_mean = 3;
  in.target = {ServiceKind::kCycleService, 0.9};
  StockPointPolicy p = ComputeStockPointPolicy(in).value();
  EXPECT_TRUE(p.from_pmf);
  EXPECT_EQ(p.reorder_point, 5);
  EXPECT_NEAR(p.achieved_cycle_service, 0.9160820579686966, 1e-9);
  in.target = {ServiceKind::kFillRate, 0.95};
  in.order_quantity = 4;
  StockPointInput same;
  same.demand_mean = 1;
  same.demand_variance = 1;
  same.lead_time_mean = 3;
  same.order_quantity = 4;
  same.target = in.target;
  same.distribution = DistributionKind::kPoisson;
  EXPECT_EQ(ComputeStockPointPolicy(in).value().reorder_point,
            ComputeStockPointPolicy(same).value().reorder_point);
}

TEST(StockPoint, RejectsBadInput) {
  StockPointInput in = Fast(1.5);
  EXPECT_FALSE(ComputeStockPointPolicy(in).ok());
  in = Fast(0.9);
  in.lead_time_sd = -1;
  EXPECT_FALSE(ComputeStockPointPolicy(in).ok());
  in = Fast(0.9);
  in.demand_mean = NAN;
  EXPECT_FALSE(ComputeStockPointPolicy(in).ok());
  in = Fast(0.9);
  in.distribution = DistributionKind::kNegativeBinomial;
  in.demand_variance = 1;  // variance below the mean
  EXPECT_FALSE(ComputeStockPointPolicy(in).ok());
}

TEST(StockPoint, ZeroDemandGivesZeroLevels) {
  StockPointInput in;
  in.lead_time_mean = 2;
  in.target = {ServiceKind::kFillRate, 0.98};
  StockPointPolicy p = ComputeStockPointPolicy(in).value();
  EXPECT_EQ(p.reorder_point, 0);
  EXPECT_EQ(p.safety_stock, 0);
  EXPECT_EQ(p.achieved_fill_rate, 1);
}

}  // namespace
}  // namespace lagom::policy
