#include "engine/mrp/netting.h"

#include <gtest/gtest.h>

namespace lagom::mrp {
namespace {

using Row = std::vector<double>;

// The textbook MRP record of one item over eight periods: gross requirements 10, 15, 25, 20,
// 0, 30, 10, 15; 20 on hand; 30 scheduled to arrive in period 2; safety stock 5.
NettingInput Textbook(const Row& gross, const Row& scheduled, LotSizing lot) {
  NettingInput in;
  in.gross = gross;
  in.scheduled = scheduled;
  in.on_hand = 20;
  in.safety_stock = 5;
  in.lot = lot;
  return in;
}

const Row kGross = {10, 15, 25, 20, 0, 30, 10, 15};
const Row kScheduled = {0, 30, 0, 0, 0, 0, 0, 0};

TEST(Netting, LotForLotWithScheduledReceiptAndSafetyStock) {
  // available = projected before + scheduled − gross; net = max(0, 5 − available):
  //   1: 20 − 10 = 10            → projected 10
  //   2: 10 + 30 − 15 = 25       → 25
  //   3: 25 − 25 = 0   net 5     → receipt 5, projected 5
  //   4: 5 − 20 = −15  net 20    → 20, 5
  //   5: 5                       → 5
  //   6: 5 − 30 = −25  net 30    → 30, 5
  //   7: 5 − 10 = −5   net 10    → 10, 5
  //   8: 5 − 15 = −10  net 15    → 15, 5
  Netted n = Net(Textbook(kGross, kScheduled, {}));
  EXPECT_EQ(n.record.net, (Row{0, 0, 5, 20, 0, 30, 10, 15}));
  EXPECT_EQ(n.record.receipts, (Row{0, 0, 5, 20, 0, 30, 10, 15}));
  EXPECT_EQ(n.record.projected, (Row{10, 25, 5, 5, 5, 5, 5, 5}));
  ASSERT_EQ(n.notes.size(), 5u);
  EXPECT_EQ(n.notes[0].period, 2);
  EXPECT_EQ(n.notes[0].available, 0);
}

TEST(Netting, FixedOrderQuantityInWholeLots) {
  // Lots of 25: period 3 needs 5 → 25 (projected 25); period 4: 25 − 20 = 5; period 6:
  // 5 − 30 = −25, needs 30 → two lots, 50 (projected 25); period 7: 15; period 8: 15 − 15 = 0,
  // needs 5 → 25.
  Netted n = Net(Textbook(kGross, kScheduled, {.rule = LotRule::kFixed, .size = 25}));
  EXPECT_EQ(n.record.receipts, (Row{0, 0, 25, 0, 0, 50, 0, 25}));
  EXPECT_EQ(n.record.projected, (Row{10, 25, 25, 5, 5, 25, 15, 25}));
  EXPECT_EQ(n.record.net, (Row{0, 0, 5, 0, 0, 30, 0, 5}));
}

TEST(Netting, PeriodOrderQuantityCoversThreePeriods) {
  // Lot-for-lot nets 0, 0, 5, 20, 0, 30, 10, 15; POQ 3 from the first net: periods 3–5
  // (5 + 20 + 0 = 25) and 6–8 (30 + 10 + 15 = 55). Projected: 10, 25, 0 + 25 = 25, 5, 5,
  // 5 − 30 + 55 = 30, 20, 5.
  Netted n = Net(Textbook(kGross, kScheduled, {.rule = LotRule::kPeriodOrderQuantity, .size = 3}));
  EXPECT_EQ(n.record.receipts, (Row{0, 0, 25, 0, 0, 55, 0, 0}));
  EXPECT_EQ(n.record.projected, (Row{10, 25, 25, 5, 5, 30, 20, 5}));
  EXPECT_EQ(n.notes[1].covers, 3);
}

// Gross 23, 30, 42, 5, 20 against 10 on hand and safety stock 5 nets to Nahmias' Silver–Meal
// example requirements 18, 30, 42, 5, 20 (period 1: 10 − 23 = −13, net 18 to reach 5).
NettingInput NahmiasNets(LotRule rule, double holding) {
  static const Row gross = {23, 30, 42, 5, 20}, none = {0, 0, 0, 0, 0};
  NettingInput in;
  in.gross = gross;
  in.scheduled = none;
  in.on_hand = 10;
  in.safety_stock = 5;
  in.lot = {.rule = rule, .ordering_cost = 80, .holding_cost = holding};
  return in;
}

TEST(Netting, SilverMealOnTheNetRequirements) {
  // K = 80, h = 2: Silver–Meal orders 48 (periods 1–2) and 47 (3–4) and 20 (5), as in
  // Nahmias. Projected: −13 + 48 = 35, 5, 5 − 42 + 47 = 10, 5, 5 − 20 + 20 = 5.
  Netted n = Net(NahmiasNets(LotRule::kSilverMeal, 2));
  EXPECT_EQ(n.record.receipts, (Row{48, 0, 47, 0, 20}));
  EXPECT_EQ(n.record.projected, (Row{35, 5, 10, 5, 5}));
}

TEST(Netting, WagnerWhitinOnTheNetRequirements) {
  // K = 80, h = 1 on nets 18, 30, 42, 5, 20. F(t): cost of periods 1..t, last order in j:
  //   F1 = 80; F2 = min(80 + 80, 80 + 30) = 110 (j = 1)
  //   F3 = min(110 + 80, 80 + 80 + 42, 80 + 30 + 2·42) = 190 (j = 3)
  //   F4 = min(190 + 80, 110 + 80 + 5, 80 + 80 + 42 + 2·5, 80 + 30 + 84 + 3·5) = 195 (j = 3)
  //   F5 = min(195 + 80, 190 + 80 + 20, 110 + 80 + 5 + 2·20, …) = 235 (j = 3)
  // Orders 48 in period 1 and 42 + 5 + 20 = 67 in period 3. Projected: 35, 5, 30, 25, 5.
  Netted n = Net(NahmiasNets(LotRule::kWagnerWhitin, 1));
  EXPECT_EQ(n.record.receipts, (Row{48, 0, 67, 0, 0}));
  EXPECT_EQ(n.record.projected, (Row{35, 5, 30, 25, 5}));
}

TEST(Netting, EconomicOrderQuantity) {
  // Gross 10 a period, nothing on hand, K = 50, h = 0.5: EOQ = sqrt(2·50·10/0.5) = 44.721…,
  // rounded up to thousandths 44.722; projected 34.722, 24.722, 14.722, 4.722.
  Row gross = {10, 10, 10, 10}, none = {0, 0, 0, 0};
  NettingInput in{gross, none, 0,
                  0,     0,    {.rule = LotRule::kEoq, .ordering_cost = 50, .holding_cost = 0.5}};
  Netted n = Net(in);
  EXPECT_EQ(n.record.receipts[0], 44.722);
  EXPECT_NEAR(n.record.projected[3], 4.722, 1e-9);
  EXPECT_EQ(n.notes.size(), 1u);
}

TEST(Netting, MinMaxOrdersUpToTheMaximum) {
  // Minimum (safety stock) 10, maximum 60, 30 on hand, gross 15, 10, 20, 30:
  //   1: 30 − 15 = 15 ≥ 10; 2: 15 − 10 = 5 < 10 → order 60 − 5 = 55, projected 60;
  //   3: 40; 4: 10.
  Row gross = {15, 10, 20, 30}, none = {0, 0, 0, 0};
  NettingInput in{gross, none, 30, 10, 0, {.rule = LotRule::kMinMax, .size = 60}};
  Netted n = Net(in);
  EXPECT_EQ(n.record.receipts, (Row{0, 55, 0, 0}));
  EXPECT_EQ(n.record.projected, (Row{15, 60, 40, 10}));
}

TEST(Netting, MinimumAndMultipleRoundTheLot) {
  // Needs 5: raised to the minimum 25, then to the multiple of 10 above: 30.
  Row gross = {5}, none = {0};
  NettingInput in{gross, none, 0, 0, 0, {.minimum = 25, .multiple = 10}};
  EXPECT_EQ(Net(in).record.receipts, (Row{30}));
}

TEST(Netting, NoOrdersInsideThePlanningTimeFence) {
  // Gross 10 a period, nothing on hand, fence at period 2: periods 0 and 1 go short (−10,
  // −20, nets 10 and 20); the order at the fence brings it back: 30.
  Row gross = {10, 10, 10}, none = {0, 0, 0};
  NettingInput in{gross, none, 0, 0, 2, {}};
  Netted n = Net(in);
  EXPECT_EQ(n.record.receipts, (Row{0, 0, 30}));
  EXPECT_EQ(n.record.net, (Row{10, 20, 30}));
  EXPECT_EQ(n.record.projected, (Row{-10, -20, 0}));
}

}  // namespace
}  // namespace lagom::mrp
