#include "engine/plan/price_breaks.h"

#include <gtest/gtest.h>

#include <vector>

namespace lagom::plan {
namespace {

// 2.00 each; 1.80 from 500; 1.70 from 2,000 (Money raw, milli-units).
const std::vector<PriceBreak> kBreaks = {{500'000, 18'000}, {2'000'000, 17'000}};

// A need of 100 units at 10 a day, 50 in position, ordering cost 25, holding 25 % a year.
PriceBreakInput Need(double max_cover_days) {
  return {.quantity_milli = 100'000,
          .base_price_raw = 20'000,
          .breaks = kBreaks,
          .rules = {},
          .demand_per_day = 10,
          .position = 50,
          .max_cover_days = max_cover_days,
          .ordering_cost = 25,
          .holding_rate = 0.25};
}

TEST(PriceAt, TakesTheLargestBreakReached) {
  EXPECT_EQ(PriceAt(20'000, kBreaks, 499'999), 20'000);
  EXPECT_EQ(PriceAt(20'000, kBreaks, 500'000), 18'000);
  EXPECT_EQ(PriceAt(20'000, kBreaks, 2'500'000), 17'000);
  EXPECT_EQ(PriceAt(20'000, {}, 2'500'000), 20'000);
}

// By hand, D = 3,650 a year: TC(100) = 7,300 + 912.50 + 25 = 8,237.50;
// TC(500) = 6,570 + 182.50 + 112.50 = 6,865; TC(2,000) = 6,205 + 45.625 + 425 = 6,675.625,
// but 50 + 2,000 units are 205 days of cover, beyond 180.
TEST(ChoosePriceBreak, BuysUpToTheBreakThatCostsLeastPerYearWithinTheCoverLimit) {
  PriceBreakChoice choice = ChoosePriceBreak(Need(180));
  EXPECT_TRUE(choice.raised);
  EXPECT_EQ(choice.quantity_milli, 500'000);
  EXPECT_EQ(choice.unit_price_raw, 18'000);
  EXPECT_DOUBLE_EQ(choice.need.Total(), 8237.5);
  EXPECT_DOUBLE_EQ(choice.chosen.Total(), 6865);
  EXPECT_DOUBLE_EQ(choice.chosen.holding, 112.5);

  PriceBreakChoice longer = ChoosePriceBreak(Need(365));
  EXPECT_EQ(longer.quantity_milli, 2'000'000);
  EXPECT_DOUBLE_EQ(longer.chosen.Total(), 6675.625);
}

TEST(ChoosePriceBreak, KeepsTheNeedWhenTheBreakCostsMoreThanItSaves) {
  // 0.1 a day: TC(10) = 73 + 91.25 + 2.50 = 166.75 < TC(500) = 65.70 + 1.825 + 112.50.
  PriceBreakInput slow = Need(100'000);
  slow.quantity_milli = 10'000;
  slow.demand_per_day = 0.1;
  slow.position = 0;
  PriceBreakChoice choice = ChoosePriceBreak(slow);
  EXPECT_FALSE(choice.raised);
  EXPECT_EQ(choice.quantity_milli, 10'000);
  EXPECT_EQ(choice.unit_price_raw, 20'000);
}

TEST(ChoosePriceBreak, RoundsTheBreakToPacksAndRespectsTheMaximum) {
  PriceBreakInput packs = Need(180);
  packs.rules.multiple_milli = 12'000;
  EXPECT_EQ(ChoosePriceBreak(packs).quantity_milli, 504'000);  // 42 cases of 12

  PriceBreakInput capped = Need(365);
  capped.rules.max_order_milli = 1'000'000;
  EXPECT_EQ(ChoosePriceBreak(capped).quantity_milli, 500'000);
  capped.rules.max_order_milli = 400'000;
  EXPECT_FALSE(ChoosePriceBreak(capped).raised);
}

TEST(ChoosePriceBreak, ANeedAlreadyPastABreakPaysItsPrice) {
  PriceBreakInput big = Need(180);
  big.quantity_milli = 600'000;
  PriceBreakChoice choice = ChoosePriceBreak(big);
  EXPECT_FALSE(choice.raised);  // 2,000 would be 205 days of cover
  EXPECT_EQ(choice.unit_price_raw, 18'000);
}

}  // namespace
}  // namespace lagom::plan
