#include "engine/policy/loss.h"

#include <gtest/gtest.h>

#include <vector>

namespace lagom::policy {
namespace {

// Reference values: the tests of Snyder's stockpyl package (tests/test_loss_functions.py),
// which implement Snyder & Shen appendix C and check against scipy.

LossValues LossOf(DistributionKind kind, double mean, double variance, double x) {
  return Loss(MakeDistribution(kind, mean, variance).value(), x);
}

TEST(Loss, Normal) {
  LossValues v = LossOf(DistributionKind::kNormal, 8.0, 9.0, 11.0);
  EXPECT_NEAR(v.loss, 0.249946411763059, 1e-12);
  EXPECT_NEAR(v.complementary_loss, 3.249946411763059, 1e-12);
  EXPECT_NEAR(v.second_loss, 0.339029025046969, 1e-12);
  v = LossOf(DistributionKind::kNormal, 15.0, 25.0, 10.5);
  EXPECT_NEAR(v.loss, 5.002155685433356, 1e-12);
  EXPECT_NEAR(v.second_loss, 21.454098725390558, 1e-11);
}

TEST(Loss, Poisson) {
  LossValues v = LossOf(DistributionKind::kPoisson, 200.0, 0.0, 220.0);
  EXPECT_NEAR(v.loss, 0.536005857158494, 1e-10);
  EXPECT_NEAR(v.complementary_loss, 20.536005857158482, 1e-10);
  v = LossOf(DistributionKind::kPoisson, 7.0, 0.0, 5.0);
  EXPECT_NEAR(v.loss, 2.292600125697305, 1e-12);
  EXPECT_NEAR(v.complementary_loss, 0.292600125697305, 1e-12);
  EXPECT_NEAR(v.second_loss, 4.040829435261403, 1e-12);
  v = LossOf(DistributionKind::kPoisson, 15.0, 0.0, 18.0);
  EXPECT_NEAR(v.second_loss, 0.848340302917794, 1e-12);
  v = LossOf(DistributionKind::kPoisson, 47.0, 0.0, 50.0);
  EXPECT_NEAR(v.loss, 1.514546939496945, 1e-11);
  EXPECT_NEAR(v.second_loss, 5.192979532973098, 1e-10);
  v = LossOf(DistributionKind::kPoisson, 200.0, 0.0, 220.0);
  EXPECT_NEAR(v.second_loss, 2.923100096116592, 1e-8);
}

TEST(Loss, NegativeBinomial) {
  // NB with mean 23.333…, sd 8.8192 (r = 10, p = 0.3).
  const double mean = 23.333333333333336, variance = 8.819171036881968 * 8.819171036881968;
  LossValues v = LossOf(DistributionKind::kNegativeBinomial, mean, variance, 14.0);
  EXPECT_NEAR(v.loss, 9.740089476453932, 1e-4);
  EXPECT_NEAR(v.complementary_loss, 0.406758474515445, 1e-4);
  EXPECT_NEAR(v.second_loss, 76.585631112912552, 1e-4);
  v = LossOf(DistributionKind::kNegativeBinomial, mean, variance, 28.0);
  EXPECT_NEAR(v.loss, 1.805485505752903, 1e-4);
  EXPECT_NEAR(v.second_loss, 9.799361902620475, 1e-4);
  // NB(r = 4, p = 0.2): mean 16, variance 80.
  v = LossOf(DistributionKind::kNegativeBinomial, 16.0, 80.0, 14.0);
  EXPECT_NEAR(v.second_loss, 30.877804945158992, 1e-4);
  // NB(r = 10, p = 0.4): mean 15, variance 37.5.
  v = LossOf(DistributionKind::kNegativeBinomial, 15.0, 37.5, 10.0);
  EXPECT_NEAR(v.loss, 5.533809274622726, 1e-4);
  EXPECT_NEAR(v.second_loss, 27.426595183995328, 1e-4);
}

TEST(Loss, Gamma) {
  // Gamma(shape a, scale b): mean ab, variance ab².
  LossValues v = LossOf(DistributionKind::kGamma, 6.0, 18.0, 4.0);  // a = 2, b = 3
  EXPECT_NEAR(v.loss, 2.635971381157268, 1e-12);
  EXPECT_NEAR(v.complementary_loss, 0.635971381157268, 1e-12);
  EXPECT_NEAR(v.second_loss, 10.280288386513346, 1e-11);
  v = LossOf(DistributionKind::kGamma, 0.5, 0.5, 0.4);  // a = 0.5, b = 1
  EXPECT_NEAR(v.loss, 0.276296168886834, 1e-12);
  EXPECT_NEAR(v.second_loss, 0.226181566792298, 1e-12);
  v = LossOf(DistributionKind::kGamma, 4.5, 2.25, 7.0);  // a = 9, b = 0.5
  EXPECT_NEAR(v.loss, 0.057910792089881, 1e-12);
  EXPECT_NEAR(v.second_loss, 0.050685800735730, 1e-12);
}

TEST(Loss, PointMassesAndNegativeArguments) {
  // Gamma with mean 0 is the point mass at 0: n(1) = 0, n̄(1) = 1; below the support
  // n(x) = μ - x and n2(x) = ½(σ² + (μ - x)²).
  LossValues v = LossOf(DistributionKind::kGamma, 0.0, 0.0, 1.0);
  EXPECT_EQ(v.loss, 0.0);
  EXPECT_EQ(v.complementary_loss, 1.0);
  v = LossOf(DistributionKind::kGamma, 5.0, 4.0, -3.0);
  EXPECT_DOUBLE_EQ(v.loss, 8.0);
  EXPECT_DOUBLE_EQ(v.second_loss, 0.5 * (4.0 + 64.0));
  v = LossOf(DistributionKind::kNormal, 5.0, 0.0, 3.0);
  EXPECT_DOUBLE_EQ(v.loss, 2.0);
  EXPECT_DOUBLE_EQ(v.complementary_loss, 0.0);
}

TEST(Loss, ExplicitPmf) {
  // stockpyl: pmf on 1..10 = .13 .15 .02 .15 .10 .02 .04 .09 .15 .15, x = 6:
  // n = 1.27, n̄ = 1.71, n2 = 1.44. Hand check of n: Σ_{k>6}(k-6)f(k)
  //   = 1(.04) + 2(.09) + 3(.15) + 4(.15) = 1.27.
  std::vector<double> pmf = {0, .13, .15, .02, .15, .10, .02, .04, .09, .15, .15};
  LossValues v = DiscreteLoss(pmf, 6);
  EXPECT_NEAR(v.loss, 1.27, 1e-12);
  EXPECT_NEAR(v.complementary_loss, 1.71, 1e-12);
  EXPECT_NEAR(v.second_loss, 1.44, 1e-12);
}

TEST(Loss, DiscreteClosedFormsAgreeWithEnumeration) {
  // Property: the closed forms equal the defining sums over the pmf.
  for (auto [mean, variance] : {std::pair{3.5, 3.5}, std::pair{3.5, 9.0}, std::pair{40.0, 90.0}}) {
    auto kind = mean == variance ? DistributionKind::kPoisson : DistributionKind::kNegativeBinomial;
    Distribution d = MakeDistribution(kind, mean, variance).value();
    std::vector<double> pmf;
    for (int k = 0; k < 2000; ++k) pmf.push_back(Pmf(d, k));
    for (long x : {-3L, 0L, 2L, 7L, 45L, 80L}) {
      LossValues closed = Loss(d, static_cast<double>(x));
      LossValues summed = DiscreteLoss(pmf, x);
      EXPECT_NEAR(closed.loss, summed.loss, 1e-10) << mean << " " << x;
      EXPECT_NEAR(ExpectedShortage(d, static_cast<double>(x)), summed.loss, 1e-10);
      EXPECT_NEAR(closed.second_loss, summed.second_loss, 1e-9) << mean << " " << x;
      EXPECT_NEAR(closed.complementary_loss, summed.complementary_loss, 1e-10);
    }
  }
}

}  // namespace
}  // namespace lagom::policy
