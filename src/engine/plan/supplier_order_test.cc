#include "engine/plan/supplier_order.h"

#include <gtest/gtest.h>

#include <vector>

namespace lagom::plan {
namespace {

// A line of `quantity` units in packs of `pack`, at `price` per unit, with `position` units
// in stock and `per_day` demand.
OrderLine Line(double quantity, double pack, double price, double position, double per_day) {
  OrderLine line;
  line.quantity_milli = static_cast<std::int64_t>(quantity * 1000);
  line.pack_milli = static_cast<std::int64_t>(pack * 1000);
  line.unit_price_raw = static_cast<std::int64_t>(price * 10000);
  line.position = position;
  line.demand_per_day = per_day;
  return line;
}

TEST(MinimumOrderValue, SurpassBringsForwardTheFewestDaysOfCoverFirst) {
  // Order value 12 × 5 = 60 < minimum 100. Cover: A (0 + 12)/2 = 6 d, B 20/1 = 20 d,
  // C 3/1 = 3 d (a candidate with nothing ordered yet). By hand:
  //   C +10 (pack 10 × 1 = 10): value 70, C cover 13 d
  //   A +12 (60):               value 130 ≥ 100 → stop.   (A at 6 d was more urgent than
  //                                                          C at 13 d)
  std::vector<OrderLine> lines = {Line(12, 12, 5, 0, 2), Line(0, 10, 2, 20, 1),
                                  Line(0, 10, 1, 3, 1)};
  MinimumOrderOutcome out = ApplyMinimumOrderValue(lines, 100 * 10000, BelowMinimum::kSurpass);
  EXPECT_TRUE(out.surpassed);
  EXPECT_EQ(out.value_before_raw, 60 * 10000);
  EXPECT_EQ(out.value_after_raw, 130 * 10000);
  EXPECT_EQ(lines[0].brought_forward_milli, 12000);
  EXPECT_EQ(lines[1].brought_forward_milli, 0);
  EXPECT_EQ(lines[2].brought_forward_milli, 10000);
}

TEST(MinimumOrderValue, HoldKeepsTheOrderBackAndAnOrderAboveIsUntouched) {
  std::vector<OrderLine> lines = {Line(12, 12, 5, 0, 2), Line(0, 10, 2, 20, 1)};
  MinimumOrderOutcome held = ApplyMinimumOrderValue(lines, 100 * 10000, BelowMinimum::kHold);
  EXPECT_TRUE(held.held);
  EXPECT_TRUE(lines[0].held);
  EXPECT_FALSE(lines[1].held);  // it ordered nothing
  EXPECT_EQ(held.value_after_raw, 0);
  std::vector<OrderLine> big = {Line(30, 12, 5, 0, 2)};
  EXPECT_FALSE(ApplyMinimumOrderValue(big, 100 * 10000, BelowMinimum::kHold).held);
}

TEST(MinimumOrderValue, ALimitOnCoverCanMakeTheMinimumUnreachable) {
  std::vector<OrderLine> lines = {Line(12, 12, 5, 0, 2)};
  lines[0].max_cover_days = 10;  // 24 units = 12 days > 10: no pack may be added
  MinimumOrderOutcome out = ApplyMinimumOrderValue(lines, 100 * 10000, BelowMinimum::kSurpass);
  EXPECT_FALSE(out.surpassed);
  EXPECT_TRUE(out.held);
  EXPECT_EQ(lines[0].quantity_milli, 12000);  // restored before holding
}

TEST(FreeFreight, TopsUpAnOrderCloseToTheThreshold) {
  // Value 40 units × 2 = 80; threshold 100, top up from 75 % = 75 → 80 qualifies:
  // two packs of 10 units × 1 = 10 each (line 2, cover 5 d) → 100.
  std::vector<OrderLine> lines = {Line(40, 20, 2, 100, 1), Line(0, 10, 1, 5, 1)};
  FreeFreightOutcome out = ApplyFreeFreight(lines, 100 * 10000, 0.75);
  EXPECT_TRUE(out.topped_up);
  EXPECT_EQ(out.value_after_raw, 100 * 10000);
  EXPECT_EQ(lines[1].brought_forward_milli, 20000);
  std::vector<OrderLine> small = {Line(20, 20, 2, 100, 1)};  // 40 < 75 % of 100
  EXPECT_FALSE(ApplyFreeFreight(small, 100 * 10000, 0.75).topped_up);
}

}  // namespace
}  // namespace lagom::plan
