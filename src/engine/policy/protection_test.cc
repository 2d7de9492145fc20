#include "engine/policy/protection.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace lagom::policy {
namespace {

std::vector<double> PoissonPmf(double mean, int size) {
  std::vector<double> pmf;
  for (int k = 0; k < size; ++k)
    pmf.push_back(std::exp(k * std::log(mean) - mean - std::lgamma(k + 1.0)));
  return pmf;
}

double Moment(const std::vector<double>& pmf, int power) {
  double sum = 0.0;
  for (std::size_t k = 0; k < pmf.size(); ++k)
    sum += std::pow(static_cast<double>(k), power) * pmf[k];
  return sum;
}

TEST(ProtectionPmf, FractionalLeadTimeMixesWholePeriodsPreservingTheMean) {
  // Poisson(2) per period, L = 2.5, σ_L = 0: half the mass over 2 periods, half over 3.
  // Mean = 2·2.5 = 5; variance = E[Var] + Var[E] = 2·2.5 + 2²·(0.5·0.5) = 5 + 1 = 6.
  std::vector<double> pmf = ProtectionPmf(PoissonPmf(2.0, 60), 2.5, 0.0, 0.0);
  const double mean = Moment(pmf, 1);
  EXPECT_NEAR(Moment(pmf, 0), 1.0, 1e-12);
  EXPECT_NEAR(mean, 5.0, 1e-10);
  EXPECT_NEAR(Moment(pmf, 2) - mean * mean, 6.0, 1e-9);
  // P(D = 0) = ½e^-4 + ½e^-6.
  EXPECT_NEAR(pmf[0], 0.5 * std::exp(-4.0) + 0.5 * std::exp(-6.0), 1e-15);
}

TEST(ProtectionPmf, RandomLeadTimeAddsItsVariance) {
  // L ~ N(4, 1²) rounded to whole periods, R = 1: mean ≈ 2·5 = 10 and variance ≈
  // 5·2 + 2²·(1 + 1/12) (rounding a normal to integers adds ~1/12 to its variance) = 14.33.
  std::vector<double> pmf = ProtectionPmf(PoissonPmf(2.0, 60), 4.0, 1.0, 1.0);
  const double mean = Moment(pmf, 1);
  EXPECT_NEAR(mean, 10.0, 1e-6);
  EXPECT_NEAR(Moment(pmf, 2) - mean * mean, 10.0 + 4.0 * (1.0 + 1.0 / 12.0), 0.02);
}

TEST(DemandOverProtection, RandomLeadTimeFormula) {
  // σ_T² = T σ_d² + d² σ_L²: d = 10, σ_d = 3, L = 4 ± 1, R = 2 → 6·9 + 100·1 = 154.
  ProtectionDemand t = DemandOverProtection(10, 9, 4, 1, 2);
  EXPECT_DOUBLE_EQ(t.periods, 6);
  EXPECT_DOUBLE_EQ(t.mean, 60);
  EXPECT_DOUBLE_EQ(t.variance, 154);
  // Fully correlated forecast errors (c = 1): T² σ² + d² σ_L² = 36·9 + 100 = 424.
  EXPECT_DOUBLE_EQ(DemandOverProtection(10, 9, 4, 1, 2, 1.0).variance, 424);
}

}  // namespace
}  // namespace lagom::policy
