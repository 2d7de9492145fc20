// Overrides of a statistical forecast, worked by hand.
#include "engine/plan/forecast_overrides.h"

#include <gtest/gtest.h>

namespace lagom::plan {
namespace {

const std::vector<double> kStatistical{10, 10, 20, 20};

std::vector<double> Final(std::vector<ForecastOverride> overrides) {
  return ApplyForecastOverrides(kStatistical, overrides).path;
}

TEST(ForecastOverrides, QuantityPerPeriodTakesTheLocationsShare) {
  // 15 a period for the item at all locations, this one's share 25 %: 3.75 in periods 1–2.
  EXPECT_EQ(Final({{1, 2, OverrideKind::kQuantity, 15, 0.25, ""}}),
            (std::vector<double>{10, 3.75, 3.75, 20}));
}

TEST(ForecastOverrides, PercentChangesTheStatisticalForecast) {
  EXPECT_EQ(Final({{0, 1, OverrideKind::kPercent, 50, 1, ""}}),
            (std::vector<double>{15, 15, 20, 20}));
  EXPECT_EQ(Final({{2, 9, OverrideKind::kPercent, -100, 1, ""}}),
            (std::vector<double>{10, 10, 0, 0}));
}

TEST(ForecastOverrides, TotalIsSpreadLikeTheStatisticalForecast) {
  // 60 over periods 1–3, whose statistical forecast is 10, 20, 20 (of 50): 12, 24, 24.
  EXPECT_EQ(Final({{1, 3, OverrideKind::kTotal, 60, 1, ""}}),
            (std::vector<double>{10, 12, 24, 24}));
  // 40 over periods −1–2: the past period had its quarter (10); 30 over 10, 10, 20 (of 40).
  EXPECT_EQ(Final({{-1, 2, OverrideKind::kTotal, 40, 1, ""}}),
            (std::vector<double>{7.5, 7.5, 15, 20}));
}

TEST(ForecastOverrides, TheLaterOverrideDecidesAndNotesSayWhichChangedIt) {
  FinalForecast f = ApplyForecastOverrides(
      kStatistical, std::vector<ForecastOverride>{{0, 3, OverrideKind::kQuantity, 5, 1, "five"},
                                                  {1, 1, OverrideKind::kPercent, 100, 1, "double"},
                                                  {7, 9, OverrideKind::kPercent, 100, 1, "later"}});
  EXPECT_EQ(f.path, (std::vector<double>{5, 20, 5, 5}));
  EXPECT_EQ(f.notes, (std::vector<std::string>{"five", "double"}));  // "later" is past the path
}

TEST(ForecastOverrides, PathMeanCountsTheLastPeriodInPartAndRepeatsTheLastValue) {
  // (10 + 20 + ½·20) / 2.5 = 16; over 4 periods of [10, 20]: (10 + 20 + 20 + 20) / 4.
  EXPECT_DOUBLE_EQ(PathMeanOver(std::vector<double>{10, 20}, 2.5), 16.0);
  EXPECT_DOUBLE_EQ(PathMeanOver(std::vector<double>{10, 20}, 4), 17.5);
}

}  // namespace
}  // namespace lagom::plan
