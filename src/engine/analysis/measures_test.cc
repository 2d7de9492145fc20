#include "engine/analysis/measures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace lagom::analysis {
namespace {

SeriesMeasures Series(double demand, double served, double on_hand_total, double unit_cost) {
  SeriesMeasures m;
  m.periods = 10;
  m.demand = demand;
  m.served = served;
  m.cycles = 10;
  m.stockout_cycles = demand > served ? 2 : 0;
  m.on_hand_total = on_hand_total;
  m.unit_cost = unit_cost;
  m.orders = 3;
  return m;
}

TEST(Summarise, AggregateFillRateWeighsByDemandTheMeanDoesNot) {
  // A fast mover at 99/100 and a slow one at 1/2: aggregate 100/102, mean (0.99 + 0.5)/2; a
  // series without demand counts in neither fill rate but holds stock.
  const std::vector<SeriesMeasures> series = {Series(100, 99, 200, 1.5), Series(2, 1, 30, 10),
                                              Series(0, 0, 10, 4)};
  const Summary s = Summarise(series);
  EXPECT_EQ(s.series, 3);
  EXPECT_DOUBLE_EQ(s.fill_rate, 100.0 / 102);
  EXPECT_DOUBLE_EQ(s.mean_fill_rate, (0.99 + 0.5) / 2);
  EXPECT_DOUBLE_EQ(s.mean_csl, (0.8 + 0.8 + 1.0) / 3);
  EXPECT_DOUBLE_EQ(s.stock_value, 20 * 1.5 + 3 * 10 + 1 * 4);  // average on hand x unit cost
  EXPECT_DOUBLE_EQ(s.on_hand, 20 + 3 + 1);
  EXPECT_EQ(s.orders, 9);
  EXPECT_TRUE(std::isnan(Summarise({}).fill_rate));
}

TEST(StockValueAtFillRate, InterpolatesBetweenTheBracketingPoints) {
  std::vector<Summary> curve(3);
  curve[0].fill_rate = 0.95, curve[0].stock_value = 300;  // order does not matter
  curve[1].fill_rate = 0.80, curve[1].stock_value = 100;
  curve[2].fill_rate = 0.90, curve[2].stock_value = 200;
  EXPECT_DOUBLE_EQ(StockValueAtFillRate(curve, 0.85), 150);
  EXPECT_DOUBLE_EQ(StockValueAtFillRate(curve, 0.93), 260);
  EXPECT_DOUBLE_EQ(StockValueAtFillRate(curve, 0.80), 100);
  EXPECT_TRUE(std::isnan(StockValueAtFillRate(curve, 0.97)));
  EXPECT_TRUE(std::isnan(StockValueAtFillRate(curve, 0.5)));
}

TEST(TargetForMeanFillRate, InvertsTheCurveBetweenTheBracketingTargets) {
  // Targets 0.95, 0.8, 0.9 (any order) reach means 0.94, 0.88, 0.92. A mean of 0.90 lies
  // halfway from 0.88 to 0.92: target 0.8 + 0.5 · 0.1 = 0.85; 0.93 halfway from 0.92 to 0.94:
  // 0.9 + 0.5 · 0.05 = 0.925. 0.95 and 0.85 are beyond the curve: NaN.
  const std::vector<double> targets = {0.95, 0.8, 0.9};
  std::vector<Summary> curve(3);
  curve[0].mean_fill_rate = 0.94;
  curve[1].mean_fill_rate = 0.88;
  curve[2].mean_fill_rate = 0.92;
  EXPECT_NEAR(TargetForMeanFillRate(targets, curve, 0.90), 0.85, 1e-12);
  EXPECT_NEAR(TargetForMeanFillRate(targets, curve, 0.93), 0.925, 1e-12);
  EXPECT_TRUE(std::isnan(TargetForMeanFillRate(targets, curve, 0.95)));
  EXPECT_TRUE(std::isnan(TargetForMeanFillRate(targets, curve, 0.85)));
}

}  // namespace
}  // namespace lagom::analysis
