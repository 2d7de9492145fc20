#include "engine/analysis/xyz.h"

#include <gtest/gtest.h>

#include <vector>

namespace lagom::analysis {
namespace {

Variability Of(std::vector<double> periods, XyzCutoffs cutoffs = {}) {
  return ClassifyVariability(periods, cutoffs);
}

TEST(ClassifyVariability, SteadyDemandIsX) {
  Variability v = Of({10, 10, 10, 10});
  EXPECT_DOUBLE_EQ(v.mean, 10);
  ASSERT_TRUE(v.cv.has_value());
  EXPECT_DOUBLE_EQ(*v.cv, 0);
  EXPECT_EQ(v.xyz, Xyz::kX);
  EXPECT_EQ(v.profile.pattern, forecast::DemandPattern::kSmooth);
}

TEST(ClassifyVariability, HandComputedCoefficients) {
  // 5, 15, 5, 15: mean 10, squared deviations 4 × 25 = 100, sample variance 100/3,
  // sd 5.7735, cv 0.57735: Y.
  Variability y = Of({5, 15, 5, 15});
  EXPECT_NEAR(*y.cv, 0.5773502692, 1e-9);
  EXPECT_EQ(y.xyz, Xyz::kY);
  // 0, 0, 0, 40: mean 10, squared deviations 3 × 100 + 900 = 1200, variance 400, sd 20,
  // cv 2: Z. One demand in four periods (ADI 4), one size (CV² 0): intermittent.
  Variability z = Of({0, 0, 0, 40});
  EXPECT_DOUBLE_EQ(*z.cv, 2);
  EXPECT_EQ(z.xyz, Xyz::kZ);
  EXPECT_EQ(z.profile.pattern, forecast::DemandPattern::kIntermittent);
  EXPECT_DOUBLE_EQ(z.profile.adi, 4);
}

TEST(ClassifyVariability, Boundaries) {
  // 15, 15, 5, 5, 10: mean 10, squared deviations 25 × 4 = 100, variance 25, cv 0.5 exactly:
  // X (cv ≤ 0.5); with x = 0.49 it is a Y.
  EXPECT_EQ(Of({15, 15, 5, 5, 10}).xyz, Xyz::kX);
  EXPECT_EQ(Of({15, 15, 5, 5, 10}, {0.49, 1.0}).xyz, Xyz::kY);
  // 20, 20, 0, 0, 10: squared deviations 4 × 100, variance 100, cv 1 exactly: Y; Z with
  // y = 0.99.
  EXPECT_EQ(Of({20, 20, 0, 0, 10}).xyz, Xyz::kY);
  EXPECT_EQ(Of({20, 20, 0, 0, 10}, {0.5, 0.99}).xyz, Xyz::kZ);
}

TEST(ClassifyVariability, UndefinedCoefficientIsZ) {
  EXPECT_FALSE(Of({5}).cv.has_value());
  EXPECT_EQ(Of({5}).xyz, Xyz::kZ);
  EXPECT_FALSE(Of({0, 0, 0}).cv.has_value());
  EXPECT_EQ(Of({}).xyz, Xyz::kZ);
}

TEST(ValidateXyzCutoffs, OrderedAndNonNegative) {
  EXPECT_TRUE(ValidateXyzCutoffs({0.5, 1.0}).ok());
  EXPECT_TRUE(ValidateXyzCutoffs({0.5, 0.5}).ok());
  EXPECT_FALSE(ValidateXyzCutoffs({1.0, 0.5}).ok());
  EXPECT_FALSE(ValidateXyzCutoffs({-0.1, 0.5}).ok());
}

}  // namespace
}  // namespace lagom::analysis
