#include "engine/plan/reorder.h"

#include <gtest/gtest.h>

namespace lagom::plan {
namespace {

// s = 41.39588, S = 51.39588 (a normal (R,s,S) policy: d 10, σ 4, L 2, R 1, α 0.95).
ReorderInput Case() {
  ReorderInput in;
  in.reorder_point = 41.39588;
  in.order_up_to = 51.39588;
  in.on_hand_milli = 20000;
  in.on_order_milli = 10000;
  in.rules.multiple_milli = 6000;
  return in;
}

TEST(DecideReorder, OrdersUpToSInWholePacks) {
  // position 20 + 10 = 30 ≤ s → need 51.39588 − 30 = 21.39588 → ⌈21.39588 / 6⌉ = 4 packs
  ReorderDecision out = DecideReorder(Case());
  EXPECT_EQ(out.position_milli, 30000);
  EXPECT_NEAR(out.raw_need, 21.39588, 1e-9);
  EXPECT_EQ(out.rounded.quantity_milli, 24000);
  EXPECT_FALSE(out.rounded.raised_to_minimum);
}

TEST(DecideReorder, MinimumOrderQuantityWinsOverASmallNeed) {
  ReorderInput in = Case();
  in.rules.min_order_milli = 50000;  // need 21.4 < MOQ 50 → 50 → 9 packs of 6 = 54
  ReorderDecision out = DecideReorder(in);
  EXPECT_TRUE(out.rounded.raised_to_minimum);
  EXPECT_EQ(out.rounded.quantity_milli, 54000);
}

TEST(DecideReorder, NoOrderAboveTheReorderPoint) {
  ReorderInput in = Case();
  in.on_hand_milli = 31396;  // 31.396 + 10 = 41.396 > s = 41.39588
  ReorderDecision out = DecideReorder(in);
  EXPECT_EQ(out.rounded.quantity_milli, 0);
  EXPECT_EQ(out.raw_need, 0);
}

TEST(DecideReorder, ReservationsLowerThePosition) {
  ReorderInput in = Case();
  in.on_hand_milli = 60000;
  in.reserved_milli = 30000;  // 60 + 10 − 30 = 40 ≤ 41.39588 → need 11.39588 → 2 packs
  ReorderDecision out = DecideReorder(in);
  EXPECT_EQ(out.position_milli, 40000);
  EXPECT_EQ(out.rounded.quantity_milli, 12000);
}

TEST(DecideReorder, NothingToOrderWhenThePolicyIsZero) {
  EXPECT_EQ(DecideReorder(ReorderInput{}).rounded.quantity_milli, 0);
}

}  // namespace
}  // namespace lagom::plan
