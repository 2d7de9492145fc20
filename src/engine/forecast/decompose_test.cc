#include "engine/forecast/decompose.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace lagom::forecast {
namespace {

// m = 2: the trend is the centred 2x2 moving average (y[t-1]/2 + y[t] + y[t+1]/2) / 2,
// defined for t = 1..6: 2.25, 2.75, 3.25, 3.75, 4.25, 4.75.
const std::vector<double> kSeries = {1, 3, 2, 4, 3, 5, 4, 6};

TEST(SeasonalFigure, AdditiveHandComputation) {
  // Detrended: +0.75 at odd positions, -0.75 at even positions.
  auto figure = SeasonalFigure(kSeries, 2, DecompositionType::kAdditive);
  EXPECT_NEAR(figure[0], -0.75, 1e-12);
  EXPECT_NEAR(figure[1], 0.75, 1e-12);
}

TEST(SeasonalFigure, MultiplicativeHandComputation) {
  const double odd = (3 / 2.25 + 4 / 3.25 + 5 / 4.25) / 3;
  const double even = (2 / 2.75 + 3 / 3.75 + 4 / 4.75) / 3;
  const double mean = (odd + even) / 2;
  auto figure = SeasonalFigure(kSeries, 2, DecompositionType::kMultiplicative);
  EXPECT_NEAR(figure[0], even / mean, 1e-12);
  EXPECT_NEAR(figure[1], odd / mean, 1e-12);
}

TEST(Autocorrelation, HandComputation) {
  // 1, 2, 3, 4: mean 2.5, deviations -1.5 -0.5 0.5 1.5, sum of squares 5.
  // Lag 1: (0.75 - 0.25 + 0.75) / 5 = 0.25; lag 2: (-0.75 - 0.75) / 5 = -0.3.
  auto r = Autocorrelation(std::vector<double>{1, 2, 3, 4}, 2);
  EXPECT_NEAR(r[0], 0.25, 1e-12);
  EXPECT_NEAR(r[1], -0.3, 1e-12);
}

TEST(IsSeasonal, DetectsARepeatingPatternOnly) {
  std::vector<double> seasonal, flat(48, 7.0);
  for (int t = 0; t < 48; ++t) seasonal.push_back(10 + std::sin(2 * M_PI * t / 12));
  EXPECT_TRUE(IsSeasonal(seasonal, 12));
  EXPECT_FALSE(IsSeasonal(flat, 12));                           // constant
  EXPECT_FALSE(IsSeasonal(std::span(seasonal).first(20), 12));  // under two seasons
  EXPECT_FALSE(IsSeasonal(seasonal, 1));                        // no season length
}

}  // namespace
}  // namespace lagom::forecast
