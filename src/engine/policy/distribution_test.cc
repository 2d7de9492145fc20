#include "engine/policy/distribution.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lagom::policy {
namespace {

Distribution Make(DistributionKind kind, double mean, double variance) {
  return MakeDistribution(kind, mean, variance).value();
}

TEST(Distribution, PoissonPmfAndCdfMatchHandComputation) {
  // Poisson(2): f(0) = e^-2 = 0.1353352832, F(2) = e^-2 (1 + 2 + 2) = 5 e^-2 = 0.6766764162.
  Distribution d = Make(DistributionKind::kPoisson, 2.0, 0.0);
  EXPECT_NEAR(Pmf(d, 0), std::exp(-2.0), 1e-15);
  EXPECT_NEAR(Cdf(d, 2), 5.0 * std::exp(-2.0), 1e-14);
  EXPECT_NEAR(Cdf(d, 2.7), 5.0 * std::exp(-2.0), 1e-14);
  EXPECT_EQ(Cdf(d, -1), 0.0);
  EXPECT_EQ(d.variance, 2.0);
  // F(3) = 19/3 e^-2 = 0.857 >= 0.8 > F(2): the 0.8-quantile is 3.
  EXPECT_EQ(Quantile(d, 0.8), 3.0);
  EXPECT_EQ(Quantile(d, 0.6766), 2.0);
}

TEST(Distribution, PoissonWithLargeMeanKeepsPrecision) {
  // Poisson(5000): mean ± 0 sd; the median of Poisson(λ) is within [λ - ln2, λ + 1/3].
  Distribution d = Make(DistributionKind::kPoisson, 5000.0, 0.0);
  EXPECT_EQ(Quantile(d, 0.5), 5000.0);
  EXPECT_NEAR(Cdf(d, 5000.0 + 3.0 * std::sqrt(5000.0)), 0.9987, 1e-3);
}

TEST(Distribution, NegativeBinomialMatchesHandComputation) {
  // NB(r = 2, p = 0.5): mean = r(1-p)/p = 2, variance = r(1-p)/p² = 4.
  // f(k) = (k + 1) 0.5^(k+2): f(0) = 0.25, f(1) = 0.25, f(2) = 0.1875; F(2) = 0.6875.
  Distribution d = Make(DistributionKind::kNegativeBinomial, 2.0, 4.0);
  EXPECT_NEAR(Pmf(d, 0), 0.25, 1e-15);
  EXPECT_NEAR(Pmf(d, 2), 0.1875, 1e-15);
  EXPECT_NEAR(Cdf(d, 2), 0.6875, 1e-14);
  EXPECT_EQ(Quantile(d, 0.6875), 2.0);
  EXPECT_EQ(Quantile(d, 0.69), 3.0);
}

TEST(Distribution, GammaMatchesExponentialSpecialCase) {
  // Gamma with shape 1 is exponential: mean 2 (variance 4) → F(x) = 1 - e^{-x/2}.
  Distribution d = Make(DistributionKind::kGamma, 2.0, 4.0);
  EXPECT_NEAR(Cdf(d, 3.0), 1.0 - std::exp(-1.5), 1e-14);
  EXPECT_NEAR(Pmf(d, 3.0), 0.5 * std::exp(-1.5), 1e-15);
  EXPECT_NEAR(Quantile(d, 0.9), -2.0 * std::log(0.1), 1e-12);
  Distribution skewed = Make(DistributionKind::kGamma, 3.0, 20.0);
  for (double p : {0.01, 0.3, 0.5, 0.95, 0.9999}) {
    EXPECT_NEAR(Cdf(skewed, Quantile(skewed, p)), p, 1e-12) << p;
  }
}

TEST(Distribution, OverFractionalPeriodsScalesMoments) {
  Distribution week = Make(DistributionKind::kNegativeBinomial, 3.0, 7.5);
  Distribution span = OverPeriods(week, 2.5);
  EXPECT_DOUBLE_EQ(span.mean, 7.5);
  EXPECT_DOUBLE_EQ(span.variance, 18.75);
  // Sums of NB with common p keep p = mean/variance = 0.4.
  EXPECT_DOUBLE_EQ(NegativeBinomialOf(span).p, NegativeBinomialOf(week).p);
}

TEST(Distribution, RejectsImpossibleParameters) {
  EXPECT_FALSE(MakeDistribution(DistributionKind::kNegativeBinomial, 5.0, 4.0).ok());
  EXPECT_FALSE(MakeDistribution(DistributionKind::kPoisson, -1.0, 0.0).ok());
  EXPECT_FALSE(MakeDistribution(DistributionKind::kNormal, 1.0, -1.0).ok());
  EXPECT_FALSE(MakeDistribution(DistributionKind::kGamma, 1.0, 0.0).ok());
  EXPECT_FALSE(MakeDistribution(DistributionKind::kNormal, NAN, 1.0).ok());
  EXPECT_FALSE(ParseDistributionKind("lognormal").ok());
  EXPECT_EQ(*ParseDistributionKind("negative-binomial"), DistributionKind::kNegativeBinomial);
}

}  // namespace
}  // namespace lagom::policy
