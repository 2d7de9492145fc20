#include "engine/analysis/alert_rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace lagom::analysis {
namespace {

const Date kAsOf = MakeDate(2024, 3, 11);

// A healthy stock point: nothing to raise. Safety stock 10, reorder point 30, order-up-to
// 60, 40 on hand and on order, sold in the last week, no stock-out in sight.
StockPointFacts Healthy() {
  StockPointFacts f;
  f.as_of = kAsOf;
  f.on_hand = 40;
  f.last_use = MakeDate(2024, 3, 4);
  f.plan = PlanFacts{.safety_stock = 10,
                     .reorder_point = 30,
                     .order_up_to = 60,
                     .position = 40,
                     .first_stockout = -1,
                     .earliest_receipt = 2,
                     .cover_days = 28,
                     .demand_per_period = 10,
                     .tracking_signal = 1.5};
  return f;
}

std::vector<Alert> Raised(const StockPointFacts& f, const std::string& rule,
                          const AlertLimits& limits = {}) {
  std::vector<Alert> out;
  for (const Alert& a : EvaluateAlerts(f, limits)) {
    if (a.rule == rule) out.push_back(a);
  }
  return out;
}

TEST(AlertRules, HealthyStockPointRaisesNothing) {
  EXPECT_TRUE(EvaluateAlerts(Healthy(), {}).empty());
}

TEST(AlertRules, NegativeStock) {
  StockPointFacts f = Healthy();
  f.on_hand = 0;
  EXPECT_TRUE(Raised(f, "negative-stock").empty());
  f.on_hand = -0.001;
  auto raised = Raised(f, "negative-stock");
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].severity, "critical");
  EXPECT_DOUBLE_EQ(raised[0].value, -0.001);
}

TEST(AlertRules, ProjectedStockoutBeforeTheEarliestReceipt) {
  StockPointFacts f = Healthy();
  f.plan->earliest_receipt = 2;
  f.plan->first_stockout = 2;  // period 2 ends short; the order arrives after 2 periods
  EXPECT_TRUE(Raised(f, "projected-stockout").empty());
  f.plan->first_stockout = 1;  // 1 + 1 ≤ 2: a whole period short before it arrives
  auto raised = Raised(f, "projected-stockout");
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].severity, "critical");
  EXPECT_DOUBLE_EQ(raised[0].value, 1);
  EXPECT_DOUBLE_EQ(raised[0].limit, 2);
}

TEST(AlertRules, ProjectedStockoutSaysWhenInDatesAndWhatSalesAreAtRisk) {
  StockPointFacts f = Healthy();
  f.unit_cost = 4;
  f.unit_price = 10;
  f.plan->earliest_receipt = 3;
  f.plan->first_stockout = 1;  // out in the week of 2024-03-18, the order arrives after 3
  f.plan->due_date = MakeDate(2024, 4, 1);
  auto raised = Raised(f, "projected-stockout");
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].message,
            "stock runs out in the week of 2024-03-18, before a new order can arrive "
            "(2024-04-01): expedite or find stock elsewhere");
  // 3 − 1 = 2 weeks without stock × 10 a week × price 10 = 200 of sales at risk.
  EXPECT_DOUBLE_EQ(raised[0].value_at_risk, 200);
  f.unit_price = 0;  // no price: valued at cost, 2 × 10 × 4 = 80
  EXPECT_DOUBLE_EQ(Raised(f, "projected-stockout")[0].value_at_risk, 80);
}

TEST(AlertRules, ExcessAndDeadStockAreAtRiskAtCost) {
  StockPointFacts f = Healthy();
  f.unit_cost = 4;
  f.unit_price = 10;
  f.plan->position = 75;  // 15 above the order-up-to level 60, at cost 4 = 60
  EXPECT_DOUBLE_EQ(Raised(f, "overstock")[0].value_at_risk, 60);
  f.last_use = std::nullopt;  // 40 on hand never used: 40 × 4 = 160
  EXPECT_DOUBLE_EQ(Raised(f, "dead-stock")[0].value_at_risk, 160);
  f.on_hand = 30;  // reorder point reached: nothing at stake yet
  f.plan->position = 30;
  EXPECT_DOUBLE_EQ(Raised(f, "reorder-point")[0].value_at_risk, 0);
}

TEST(AlertRules, BelowSafetyStock) {
  StockPointFacts f = Healthy();
  f.on_hand = 10;  // equal: not below
  EXPECT_TRUE(Raised(f, "below-safety-stock").empty());
  f.on_hand = 9.999;
  ASSERT_EQ(Raised(f, "below-safety-stock").size(), 1u);
  EXPECT_EQ(Raised(f, "below-safety-stock")[0].severity, "warning");
  f.plan->safety_stock = 0;
  f.on_hand = 0;
  EXPECT_TRUE(Raised(f, "below-safety-stock").empty());  // no safety stock to fall below
}

TEST(AlertRules, ReorderPointReached) {
  StockPointFacts f = Healthy();
  f.plan->position = 30.001;
  EXPECT_TRUE(Raised(f, "reorder-point").empty());
  f.plan->position = 30;  // at the reorder point
  auto raised = Raised(f, "reorder-point");
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].severity, "info");
  EXPECT_DOUBLE_EQ(raised[0].limit, 30);
}

TEST(AlertRules, OverstockByCoverOrAboveTheMaximum) {
  StockPointFacts f = Healthy();
  AlertLimits limits{.overstock_cover_days = 100};
  f.plan->cover_days = 99.9;
  EXPECT_TRUE(Raised(f, "overstock", limits).empty());
  f.plan->cover_days = 100;
  auto by_cover = Raised(f, "overstock", limits);
  ASSERT_EQ(by_cover.size(), 1u);
  EXPECT_EQ(by_cover[0].severity, "warning");
  f.plan->cover_days = 28;
  f.plan->position = 60;  // at the order-up-to level: fine
  EXPECT_TRUE(Raised(f, "overstock", limits).empty());
  f.plan->position = 60.5;
  auto by_max = Raised(f, "overstock", limits);
  ASSERT_EQ(by_max.size(), 1u);
  EXPECT_EQ(by_max[0].severity, "info");
  EXPECT_DOUBLE_EQ(by_max[0].limit, 60);
  // Without demand, cover means nothing: only the maximum counts.
  f.plan->demand_per_period = 0;
  f.plan->cover_days = 1000;
  EXPECT_EQ(Raised(f, "overstock", limits)[0].severity, "info");
}

TEST(AlertRules, ExpiringLotsWithinTheWindow) {
  StockPointFacts f = Healthy();
  AlertLimits limits{.expiry_days = 30};
  f.lots = {{"L-OK", kAsOf + std::chrono::days{30}, 5},     // on the limit: not within
            {"L-SOON", kAsOf + std::chrono::days{29}, 4},   // within 30 days
            {"L-GONE", kAsOf - std::chrono::days{1}, 3},    // expired
            {"L-EMPTY", kAsOf + std::chrono::days{1}, 0}};  // nothing left
  auto raised = Raised(f, "expiring-lot", limits);
  ASSERT_EQ(raised.size(), 2u);
  EXPECT_EQ(raised[0].subject, "L-SOON");
  EXPECT_EQ(raised[0].severity, "warning");
  EXPECT_DOUBLE_EQ(raised[0].value, 29);
  EXPECT_DOUBLE_EQ(raised[0].quantity, 4);
  EXPECT_EQ(raised[1].subject, "L-GONE");
  EXPECT_EQ(raised[1].severity, "critical");
  EXPECT_DOUBLE_EQ(raised[1].value, -1);
}

TEST(AlertRules, DeadStockAfterMonthsWithoutSale) {
  StockPointFacts f = Healthy();
  AlertLimits limits{.dead_stock_months = 6};
  // Six months before 11 March 2024 is 11 September 2023 (182 days).
  f.last_use = MakeDate(2023, 9, 11);
  EXPECT_TRUE(Raised(f, "dead-stock", limits).empty());
  f.last_use = MakeDate(2023, 9, 10);
  auto raised = Raised(f, "dead-stock", limits);
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_DOUBLE_EQ(raised[0].value, 183);
  EXPECT_DOUBLE_EQ(raised[0].limit, 182);
  f.last_use.reset();  // never sold
  EXPECT_DOUBLE_EQ(Raised(f, "dead-stock", limits)[0].value, -1);
  f.planned_use = true;  // a component MRP plans to consume: not dead, though never used yet
  EXPECT_TRUE(Raised(f, "dead-stock", limits).empty());
  f.planned_use = false;
  f.on_hand = 0;  // nothing on the shelf: not dead stock
  EXPECT_TRUE(Raised(f, "dead-stock", limits).empty());
}

TEST(AlertRules, DeadStockMonthEndsClamp) {
  StockPointFacts f = Healthy();
  f.as_of = MakeDate(2024, 8, 31);
  f.last_use = MakeDate(2024, 2, 29);  // 31 February does not exist: the limit is 29 Feb
  EXPECT_TRUE(Raised(f, "dead-stock", {.dead_stock_months = 6}).empty());
  f.last_use = MakeDate(2024, 2, 28);
  EXPECT_EQ(Raised(f, "dead-stock", {.dead_stock_months = 6}).size(), 1u);
}

TEST(AlertRules, LateOrderLines) {
  StockPointFacts f = Healthy();
  f.late_lines = {{"PO-1/1", kAsOf, 5},                          // due today: not late
                  {"PO-2/1", kAsOf - std::chrono::days{3}, 7},   // three days late
                  {"PO-3/1", kAsOf - std::chrono::days{9}, 0}};  // nothing left to receive
  auto raised = Raised(f, "late-order");
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].subject, "PO-2/1");
  EXPECT_DOUBLE_EQ(raised[0].value, 3);
  EXPECT_DOUBLE_EQ(raised[0].quantity, 7);
}

TEST(AlertRules, TrackingSignalOutOfBounds) {
  StockPointFacts f = Healthy();
  f.plan->tracking_signal = 4;  // on the limit: fine
  EXPECT_TRUE(Raised(f, "tracking-signal").empty());
  f.plan->tracking_signal = -4.01;
  auto raised = Raised(f, "tracking-signal");
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_DOUBLE_EQ(raised[0].limit, -4);
  f.plan->tracking_signal.reset();
  EXPECT_TRUE(Raised(f, "tracking-signal").empty());
}

TEST(TrackingSignal, HandComputed) {
  // Window 2, last 3 periods of 10, 10, 10, 16, 22: forecasts (10+10)/2 = 10, (10+16)/2 = 13,
  // … for periods 2, 3, 4: 10, 10, 13 → errors 0, 6, 9; Σ 15, MAD 5, TS 3.
  auto ts = TrackingSignal(std::vector<double>{10, 10, 10, 16, 22}, 2, 3);
  ASSERT_TRUE(ts.has_value());
  EXPECT_DOUBLE_EQ(*ts, 3);
  // Errors of one sign only: TS = the number of periods.
  EXPECT_DOUBLE_EQ(*TrackingSignal(std::vector<double>{1, 2, 3, 4, 5}, 1, 4), 4);
  // A perfect forecast, or a single forecast, gives none.
  EXPECT_FALSE(TrackingSignal(std::vector<double>{5, 5, 5, 5}, 2, 3).has_value());
  EXPECT_FALSE(TrackingSignal(std::vector<double>{5, 6}, 2, 3).has_value());
}

}  // namespace
}  // namespace lagom::analysis
