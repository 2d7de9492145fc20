#include "engine/forecast/moving_average.h"

#include <gtest/gtest.h>

#include <vector>

namespace lagom::forecast {
namespace {

TEST(MovingAverage, UsesOnlyTheLastWindowPeriods) {
  // Last 4 of {100, 2, 4, 4, 6}: mean (2+4+4+6)/4 = 4; squared deviations 4+0+0+4 = 8;
  // sample variance 8/3, sd = 1.63299.
  std::vector<double> history = {100, 2, 4, 4, 6};
  LevelEstimate estimate = MovingAverage(history, 4);
  EXPECT_DOUBLE_EQ(estimate.mean_per_period, 4.0);
  EXPECT_NEAR(estimate.sd_per_period, 1.632993, 1e-6);
  EXPECT_EQ(estimate.periods_used, 4);
}

TEST(MovingAverage, ShortAndEmptyHistories) {
  std::vector<double> one = {9};
  EXPECT_DOUBLE_EQ(MovingAverage(one, 12).sd_per_period, 3.0);  // √9, Poisson fallback
  EXPECT_DOUBLE_EQ(MovingAverage({}, 12).mean_per_period, 0.0);
  std::vector<double> returns = {-4};
  EXPECT_DOUBLE_EQ(MovingAverage(returns, 12).sd_per_period, 0.0);
}

}  // namespace
}  // namespace lagom::forecast
