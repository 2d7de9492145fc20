// Alert rules: the conditions a planner must look at for a stock point, each with a
// severity and the numbers behind it. Pure functions; thread-safe. Raising an alert once
// per condition (not again every run until it clears) is app/'s job: a condition is
// identified by its rule, stock point and subject (a lot, a purchase order line).
//
// Rules and their boundaries (quantities in base units, periods of the store's planning
// period):
//   negative-stock      on hand < 0                                            critical
//   projected-stockout  a whole period ends in a stock-out (first stock-out
//                       period + 1 ≤ periods until the earliest receipt)       critical
//   below-safety-stock  on hand < safety stock (safety stock > 0)              warning
//   reorder-point       position (on hand + on order) ≤ reorder point          info
//   overstock           cover ≥ the cover limit (days), demand > 0: warning;
//                       else position > order-up-to level (> 0): info
//   expiring-lot        a lot with stock expires before as-of + N days         warning
//                       (already expired: critical)
//   dead-stock          stock on hand > 0 and no use since as-of − N months,
//                       and none planned (MRP requirements in its horizon)     warning
//   late-order          an open purchase order line due before as-of           warning
//   tracking-signal     |tracking signal| > limit                              warning
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/period.h"

namespace lagom::analysis {

struct AlertLimits {
  int expiry_days = 30;       // expiring-lot: lots expiring within this many days
  int dead_stock_months = 6;  // dead-stock: no sale for this many months
  double overstock_cover_days = 365;
  double tracking_limit = 4;  // tracking-signal: |TS| above this
};

// What the planning run worked out for the stock point.
struct PlanFacts {
  double safety_stock = 0, reorder_point = 0, order_up_to = 0;
  double position = 0;          // on hand + on order
  int first_stockout = -1;      // first period ending below zero; -1 if none
  double earliest_receipt = 0;  // periods until a new order could arrive
  double cover_days = 0;        // days on hand + receipts last at the forecast
  double demand_per_period = 0;
  std::optional<double> tracking_signal;
  Date due_date;  // when an order placed now would arrive
};

struct LotFacts {
  std::string lot;
  Date expiry;
  double quantity = 0;
};

struct LateLineFacts {
  std::string po_line;  // "PO-7/2"
  Date due;
  double outstanding = 0;
};

struct StockPointFacts {
  Date as_of;
  PeriodKind period = PeriodKind::kWeek;  // of the plan's projection
  double on_hand = 0;
  // Per unit, in the company currency: what the stock cost, and what a unit sold brings
  // (0: unknown; lost sales are then valued at cost).
  double unit_cost = 0, unit_price = 0;
  std::optional<PlanFacts> plan;  // none when the planning run did not review it
  // The last use of the stock: the start of the last period with demand > 0, or the date of
  // the last movement that used stock (ledger::IsUse), whichever is later.
  std::optional<Date> last_use;
  bool planned_use = false;    // MRP plans to use it (gross requirements in its horizon)
  std::vector<LotFacts> lots;  // lots with an expiry and stock on hand
  std::vector<LateLineFacts> late_lines;
};

struct Alert {
  std::string rule;      // as in the table above
  std::string severity;  // info, warning, critical
  std::string subject;   // the lot or purchase order line; empty for the stock point
  double value = 0;      // the measured number …
  double limit = 0;      // … and the limit it crossed
  double quantity = 0;   // the units concerned
  std::string message;
  // Money at stake, in the company currency: expected lost sales (projected-stockout: demand
  // from the stock-out until a new order arrives; below-safety-stock: the shortfall) at the
  // sales price, or stock at cost (negative, excess above the order-up-to level, expiring,
  // dead, late). 0 for reorder-point and tracking-signal, which put nothing at stake yet.
  double value_at_risk = 0;
};

// Every alert's value at risk is set.
std::vector<Alert> EvaluateAlerts(const StockPointFacts& facts, const AlertLimits& limits);

// Brown's tracking signal of the last `periods` one-step forecasts, each the mean of up to
// `window` periods before it: Σ errors / mean |error| (error = actual − forecast), in
// [−periods, periods]. None with fewer than two forecasts or when every error is zero.
// REQUIRES: window ≥ 1, periods ≥ 1.
std::optional<double> TrackingSignal(std::span<const double> history, int window, int periods);

}  // namespace lagom::analysis
