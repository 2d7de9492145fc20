#include "engine/analysis/lead_time.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lagom::analysis {
namespace {

TEST(DrawLeadTime, FixedWithoutSpread) {
  EXPECT_EQ(DrawLeadTime(3, 0.0, 42, 7), 3);
}

TEST(DrawLeadTime, SameSeedAndPeriodSameDrawNeverNegative) {
  const std::uint64_t seed = SeriesSeed("RAF0001", 1);
  EXPECT_EQ(seed, SeriesSeed("RAF0001", 1));
  EXPECT_NE(seed, SeriesSeed("RAF0002", 1));
  EXPECT_NE(seed, SeriesSeed("RAF0001", 2));
  double sum = 0, squares = 0;
  const int n = 20000;
  for (int t = 0; t < n; ++t) {
    const int draw = DrawLeadTime(4, 1.0, seed, t);
    EXPECT_EQ(draw, DrawLeadTime(4, 1.0, seed, t));
    EXPECT_GE(draw, 0);
    sum += draw;
    squares += draw * draw;
  }
  // N(4, 1) rounded: mean 4, variance 1 + 1/12 (Sheppard's correction for rounding).
  const double mean = sum / n;
  EXPECT_NEAR(mean, 4.0, 0.03);
  EXPECT_NEAR(squares / n - mean * mean, 1.0 + 1.0 / 12, 0.05);
  for (int t = 0; t < 200; ++t) EXPECT_GE(DrawLeadTime(0, 2.0, seed, t), 0);
}

}  // namespace
}  // namespace lagom::analysis
