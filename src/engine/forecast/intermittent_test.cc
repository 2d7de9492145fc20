#include "engine/forecast/intermittent.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace lagom::forecast {
namespace {

// Demand 0,3,0,0,5,0,4: sizes 3,5,4 at periods 2,5,7, so intervals 2,3,2.
const std::vector<double> kDemand = {0, 3, 0, 0, 5, 0, 4};

TEST(Croston, HandComputation) {
  // alpha = 0.5. Sizes: 3 -> 3 + 0.5(5-3) = 4 -> 4 + 0.5(4-4) = 4.
  // Intervals: 2 -> 2 + 0.5(3-2) = 2.5 -> 2.5 + 0.5(2-2.5) = 2.25. Forecast 4 / 2.25.
  const ModelForecast f = Croston(kDemand, 0.5, false, 3);
  EXPECT_EQ(f.model, "Croston(0.5)");
  for (double v : f.mean) EXPECT_DOUBLE_EQ(v, 4.0 / 2.25);
  // One-step forecasts after the first demand: 3/2 for periods 3-5, 4/2.5 for periods 6-7.
  const double mse = (1.5 * 1.5 + 1.5 * 1.5 + 3.5 * 3.5 + 1.6 * 1.6 + 2.4 * 2.4) / 5;
  EXPECT_NEAR(f.variance[0], mse, 1e-12);
  EXPECT_NEAR(f.sigma, std::sqrt(mse), 1e-12);
  // A third of it (alpha / (2 - alpha)) is a level error shared by all steps:
  // Var(sum of 3) = 3 * (mse / (4/3)) + 9 * (mse / 4).
  EXPECT_NEAR(f.response.SumVariances(0)[3], 3 * mse * 0.75 + 9 * mse * 0.25, 1e-9);
}

TEST(Croston, SbaDeflatesByOneMinusHalfAlpha) {
  const ModelForecast f = Croston(kDemand, 0.5, true, 1);
  EXPECT_EQ(f.model, "SBA(0.5)");
  EXPECT_DOUBLE_EQ(f.mean[0], 0.75 * 4.0 / 2.25);
  const double mse = (1.125 * 1.125 * 2 + 3.875 * 3.875 + 1.2 * 1.2 + 2.8 * 2.8) / 5;
  EXPECT_NEAR(f.variance[0], mse, 1e-12);
}

TEST(Croston, NoDemandOrOneDemand) {
  const std::vector<double> none = {0, 0, 0, 0};
  EXPECT_DOUBLE_EQ(Croston(none, 0.1, false, 2).mean[1], 0.0);
  EXPECT_DOUBLE_EQ(Croston(none, 0.1, false, 2).variance[1], 0.0);
  const std::vector<double> one = {0, 0, 6, 0};  // size 6 after an interval of 3
  EXPECT_DOUBLE_EQ(Croston(one, 0.1, false, 1).mean[0], 2.0);
}

TEST(Tsb, HandComputation) {
  // alpha_z = alpha_p = 0.5; start: p = 3/7 (share of periods with demand), z = 4 (mean size).
  double p = 3.0 / 7, z = 4;
  p *= 0.5;            // period 1: no demand
  p += 0.5 * (1 - p);  // period 2: demand 3
  z += 0.5 * (3 - z);
  p *= 0.5, p *= 0.5;  // periods 3, 4
  p += 0.5 * (1 - p);  // period 5: demand 5
  z += 0.5 * (5 - z);
  p *= 0.5;            // period 6
  p += 0.5 * (1 - p);  // period 7: demand 4
  z += 0.5 * (4 - z);
  EXPECT_NEAR(p, 577.0 / 896, 1e-15);
  EXPECT_NEAR(z, 4.125, 1e-15);
  const ModelForecast f = Tsb(kDemand, 0.5, 0.5, 2);
  EXPECT_EQ(f.model, "TSB(0.5)");
  EXPECT_NEAR(f.mean[1], 577.0 / 896 * 4.125, 1e-12);
}

TEST(Tsb, DecaysAfterDemandStops) {
  const std::vector<double> dying = {2, 0, 3, 2, 0, 0, 0, 0, 0, 0, 0, 0};
  EXPECT_LT(Tsb(dying, 0.1, 0.1, 1).mean[0], Croston(dying, 0.1, false, 1).mean[0]);
}

TEST(ClassifyDemand, SyntetosBoylanCrostonQuadrants) {
  // ADI = 7/3; sizes 3, 5, 4: mean 4, sample variance 1, CV^2 = 1/16.
  DemandProfile p = ClassifyDemand(kDemand);
  EXPECT_DOUBLE_EQ(p.adi, 7.0 / 3);
  EXPECT_DOUBLE_EQ(p.cv2, 1.0 / 16);
  EXPECT_EQ(p.nonzero, 3);
  EXPECT_EQ(p.pattern, DemandPattern::kIntermittent);
  EXPECT_EQ(ClassifyDemand(std::vector<double>{5, 6, 5, 4, 5, 6}).pattern, DemandPattern::kSmooth);
  // Sizes 1 and 10 alternate: mean 5.5, sample variance 24.3, CV^2 = 0.80 >= 0.49.
  EXPECT_EQ(ClassifyDemand(std::vector<double>{1, 10, 1, 10, 1, 10}).pattern,
            DemandPattern::kErratic);
  EXPECT_EQ(ClassifyDemand(std::vector<double>{0, 1, 0, 0, 10, 0, 1, 0}).pattern,
            DemandPattern::kLumpy);
  EXPECT_EQ(DemandPatternName(DemandPattern::kLumpy), "lumpy");
  EXPECT_TRUE(std::isinf(ClassifyDemand(std::vector<double>{0, 0}).adi));
}

}  // namespace
}  // namespace lagom::forecast
