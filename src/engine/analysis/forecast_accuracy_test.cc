// Accuracy measures against a hand computation.
#include "engine/analysis/forecast_accuracy.h"

#include <gtest/gtest.h>

namespace lagom::analysis {
namespace {

TEST(ForecastAccuracy, MeasuresMatchTheHandComputation) {
  // Series 10, 14, 8, 12: naive changes 4, 6, 4 → scale 14/3.
  std::vector<double> series{10, 14, 8, 12};
  double scale = NaiveScale(series);
  EXPECT_NEAR(scale, 14.0 / 3.0, 1e-12);
  // Forecasts 10, 10, 10 of actuals 14, 8, 12, unit value 2; a second item, value 0, no
  // scale: forecast 5 of actual 4.
  AccuracyTally tally;
  tally.Add({10, 14, scale, 2});
  tally.Add({10, 8, scale, 2});
  tally.Add({10, 12, scale, 2});
  tally.Add({5, 4, 0, 0});
  AccuracyMeasures m = tally.Measures();
  // errors (actual − forecast) 4, −2, 2, −1: Σ|e| = 9, Σe = 3.
  EXPECT_EQ(m.count, 4);
  EXPECT_NEAR(m.mae, 9.0 / 4.0, 1e-12);
  // MASE over the three scaled ones: (4 + 2 + 2) / (14/3) / 3 = 8/14 = 0.571429.
  EXPECT_NEAR(*m.mase, 8.0 / 14.0, 1e-12);
  // bias Σ forecast / Σ actual = 35 / 38.
  EXPECT_NEAR(*m.bias, 35.0 / 38.0, 1e-12);
  // tracking signal Σe / MAE = 3 / 2.25.
  EXPECT_NEAR(*m.tracking_signal, 3.0 / 2.25, 1e-12);
  // wMAPE by value: (4 + 2 + 2)·2 / (14 + 8 + 12)·2 = 16 / 68.
  EXPECT_NEAR(*m.wmape, 16.0 / 68.0, 1e-12);
}

TEST(ForecastAccuracy, UndefinedMeasuresAreAbsent) {
  AccuracyTally tally;
  EXPECT_EQ(tally.Measures().count, 0);
  tally.Add({0, 0, 0, 1});  // nothing forecast, nothing sold
  AccuracyMeasures m = tally.Measures();
  EXPECT_EQ(m.count, 1);
  EXPECT_EQ(m.mae, 0);
  EXPECT_FALSE(m.mase);
  EXPECT_FALSE(m.bias);
  EXPECT_FALSE(m.tracking_signal);
  EXPECT_FALSE(m.wmape);
  EXPECT_EQ(NaiveScale(std::vector<double>{3}), 0);
}

}  // namespace
}  // namespace lagom::analysis
