#include "engine/plan/reorder.h"

#include <gtest/gtest.h>

namespace lagom::plan {
namespace {

// Hand computation, written out:
//   d = 10/week, σ = 4/week, L = 2 weeks, R = 1 week, α = 0.95 → z = 1.644854 (normal table)
//   P = 3, SS = 1.644854 · 4 · √3 = 1.644854 · 6.928203 = 11.39588
//   s = 10 · 3 + 11.39588 = 41.39588,  S = 41.39588 + 10 · 1 = 51.39588
//   position = 20 on hand + 10 on order = 30 ≤ s → need 51.39588 − 30 = 21.39588
//   multiple 6 → ⌈21.39588 / 6⌉ = 4 packs = 24 units
ReorderInput TextbookCase() {
  ReorderInput in;
  in.demand_per_period = 10;
  in.demand_sd_per_period = 4;
  in.lead_time_periods = 2;
  in.review_periods = 1;
  in.service_target = 0.95;
  in.on_hand_milli = 20000;
  in.on_order_milli = 10000;
  in.order_multiple_milli = 6000;
  return in;
}

TEST(DecideReorder, HandComputedPeriodicReview) {
  ReorderDecision out = DecideReorder(TextbookCase());
  EXPECT_NEAR(out.z, 1.644854, 1e-6);
  EXPECT_NEAR(out.safety_stock, 11.39588, 1e-5);
  EXPECT_NEAR(out.reorder_point, 41.39588, 1e-5);
  EXPECT_NEAR(out.order_up_to, 51.39588, 1e-5);
  EXPECT_EQ(out.position_milli, 30000);
  EXPECT_NEAR(out.raw_need, 21.39588, 1e-5);
  EXPECT_EQ(out.quantity_milli, 24000);
  EXPECT_FALSE(out.raised_to_minimum);
}

TEST(DecideReorder, MinimumOrderQuantityWinsOverASmallNeed) {
  ReorderInput in = TextbookCase();
  in.min_order_milli = 50000;  // need 21.4 < MOQ 50
  ReorderDecision out = DecideReorder(in);
  EXPECT_TRUE(out.raised_to_minimum);
  EXPECT_EQ(out.quantity_milli, 54000);  // 50 rounded up to the pack of 6 = 9 packs
}

TEST(DecideReorder, NoOrderAboveTheReorderPoint) {
  ReorderInput in = TextbookCase();
  in.on_hand_milli = 41396;  // 41.396 > s = 41.39588
  ReorderDecision out = DecideReorder(in);
  EXPECT_EQ(out.quantity_milli, 0);
  EXPECT_EQ(out.raw_need, 0);
}

TEST(DecideReorder, ReservationsLowerThePosition) {
  ReorderInput in = TextbookCase();
  in.on_hand_milli = 60000;
  in.reserved_milli = 30000;  // 60 + 10 − 30 = 40 ≤ 41.39588
  ReorderDecision out = DecideReorder(in);
  EXPECT_EQ(out.position_milli, 40000);
  EXPECT_EQ(out.quantity_milli, 12000);  // need 11.39588 → 2 packs of 6
}

TEST(DecideReorder, ZeroDemandAndZeroStockOrdersNothing) {
  ReorderInput in;
  ReorderDecision out = DecideReorder(in);
  EXPECT_EQ(out.reorder_point, 0);
  EXPECT_EQ(out.quantity_milli, 0);
}

TEST(RoundOrderQuantity, FloatingPointNoiseDoesNotAddAPack) {
  bool raised = false;
  EXPECT_EQ(RoundOrderQuantity(12.000000001, 0, 6000, &raised), 12000);
  EXPECT_EQ(RoundOrderQuantity(12.0011, 0, 6000, &raised), 18000);
  EXPECT_EQ(RoundOrderQuantity(0.0004, 0, 1, &raised), 1);  // divisible goods, 0.001 steps
  EXPECT_EQ(RoundOrderQuantity(2.5, 0, 1000, &raised), 3000);  // whole units
}

}  // namespace
}  // namespace lagom::plan
