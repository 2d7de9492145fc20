// KPI formulas on small fixtures computed by hand.
#include "engine/ledger/kpi.h"

#include <gtest/gtest.h>

#include <vector>

namespace lagom::ledger {
namespace {

Money M(const char* text) {
  return *Money::Parse(text);
}
Quantity Q(std::int64_t units) {
  return Quantity::FromUnits(units);
}

TEST(Kpi, TurnoverDaysAndGmroi) {
  // Inventory worth 10,000 on Jan 1 and 14,000 on Dec 31: average 12,000.
  // COGS 60,000 → turnover 5; DSI = 12,000 / 60,000 · 365 = 73 days.
  // Revenue 90,000 → gross margin 30,000 → GMROI 30,000 / 12,000 = 2.5.
  Money average = AverageInventory(M("10000"), M("14000"));
  EXPECT_EQ(average, M("12000"));
  EXPECT_DOUBLE_EQ(*Turnover(M("60000"), average), 5.0);
  EXPECT_DOUBLE_EQ(*DaysOfInventory(M("60000"), average, 365), 73.0);
  EXPECT_DOUBLE_EQ(*Gmroi(M("90000"), M("60000"), average), 2.5);
  EXPECT_FALSE(Turnover(M("1"), Money()).has_value());
  EXPECT_FALSE(DaysOfInventory(Money(), average, 365).has_value());
}

TEST(Kpi, SellThroughAccuracyShrinkageFillRate) {
  // 40 on hand at the start, 60 received, 75 sold → 75 / 100 = 0.75.
  EXPECT_DOUBLE_EQ(*SellThrough(Q(75), Q(40), Q(60)), 0.75);
  // 200 counts, 188 matched → 0.94.
  EXPECT_DOUBLE_EQ(*RecordAccuracy(188, 200), 0.94);
  // 150 lost on 10,000 of sales → 1.5 %.
  EXPECT_DOUBLE_EQ(*ShrinkageRate(M("150"), M("10000")), 0.015);
  // 120 requested, 18 backordered → 102 / 120 = 0.85.
  EXPECT_DOUBLE_EQ(*FillRate(Q(120), Q(18)), 0.85);
  EXPECT_FALSE(RecordAccuracy(0, 0).has_value());
}

TEST(Kpi, StockOutDaysCountsDaysEndingEmpty) {
  // Jun 1–10, opening 3. Jun 2 −3 (out: 2, 3), Jun 4 +5 (ok 4, 5), Jun 6 −5 (out 6, 7, 8),
  // Jun 9 +1 (ok 9, 10) → 5 days. A change before the window is already in the opening.
  std::vector<DatedDelta> deltas = {{MakeDate(2024, 5, 30), Q(100)},
                                    {MakeDate(2024, 6, 2), Q(-3)},
                                    {MakeDate(2024, 6, 4), Q(5)},
                                    {MakeDate(2024, 6, 6), Q(-5)},
                                    {MakeDate(2024, 6, 9), Q(1)}};
  EXPECT_EQ(StockOutDays(Q(3), deltas, MakeDate(2024, 6, 1), MakeDate(2024, 6, 10),
                         MakeDate(2024, 5, 30)),
            5);
}

TEST(Kpi, StockOutDaysStartWithTheFirstMovement) {
  // A stock point first stocked on Jun 8 (5 in): Jun 1–7 are before the ledger knew it, not
  // stock-outs; Jun 9 −5 leaves Jun 9 and 10 empty → 2 days (the demo's opening stock, dated
  // at its history, showed weeks of "stock-out" before this rule).
  std::vector<DatedDelta> deltas = {{MakeDate(2024, 6, 8), Q(5)}, {MakeDate(2024, 6, 9), Q(-5)}};
  EXPECT_EQ(
      StockOutDays(Q(0), deltas, MakeDate(2024, 6, 1), MakeDate(2024, 6, 10), MakeDate(2024, 6, 8)),
      2);
}

TEST(Kpi, LeadTimeMeanAndSampleSd) {
  // 10, 12, 14 days: mean 12, squares 4 + 0 + 4 = 8, sd = √(8 / 2) = 2.
  std::vector<double> days = {10, 12, 14};
  MeanSd stats = LeadTimeStats(days);
  EXPECT_EQ(stats.n, 3);
  EXPECT_DOUBLE_EQ(stats.mean, 12.0);
  EXPECT_DOUBLE_EQ(stats.sd, 2.0);
}

}  // namespace
}  // namespace lagom::ledger
