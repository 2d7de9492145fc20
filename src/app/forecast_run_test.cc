#include "app/forecast_run.h"

#include <gtest/gtest.h>

namespace lagom::app {
namespace {

std::vector<csv::SeriesHistory> Series(int count) {
  std::vector<csv::SeriesHistory> out;
  for (int s = 0; s < count; ++s) {
    csv::SeriesHistory h{"S" + std::to_string(s), {}, {}};
    for (int t = 0; t < 30; ++t) {
      h.periods.push_back(std::to_string(t + 1));
      h.values.push_back(50 + s + 5 * ((t * (s + 3)) % 7) + t * (s % 3));
    }
    out.push_back(std::move(h));
  }
  return out;
}

TEST(ForecastAll, SameResultOnAnyThreadCount) {
  const auto series = Series(40);
  ForecastRunOptions one;
  one.forecast.horizon = 5;
  one.threads = 1;
  ForecastRunOptions two = one;
  two.threads = 2;
  std::size_t reported = 0;
  two.on_progress = [&](std::size_t done, std::size_t total) {
    EXPECT_EQ(total, 40u);
    reported = done;
  };
  auto a = ForecastAll(series, one);
  auto b = ForecastAll(series, two);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->size(), 40u);
  EXPECT_EQ(reported, 40u);
  for (std::size_t i = 0; i < 40; ++i) {
    EXPECT_EQ((*a)[i].Model(), (*b)[i].Model());
    EXPECT_EQ((*a)[i].Mean()[4], (*b)[i].Mean()[4]);
    EXPECT_EQ((*a)[i].CumulativeVariance(3), (*b)[i].CumulativeVariance(3));
  }
}

TEST(ForecastAll, RejectsBadOptionsBeforeWork) {
  ForecastRunOptions bad;
  bad.forecast.horizon = 0;
  EXPECT_EQ(ForecastAll(Series(2), bad).error().code, ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace lagom::app
