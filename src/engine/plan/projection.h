// The projected stock balance of a stock point, period by period: what is on hand now,
// plus scheduled receipts, minus reservations and the forecast, with the safety stock and
// reorder point it is measured against. Period 0 is the current period; a balance is the
// stock at the end of its period. Pure, thread-safe.
#pragma once

#include <span>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "engine/plan/rounding.h"

namespace lagom::plan {

struct ProjectionInput {
  double on_hand = 0;
  double reserved = 0;               // promised to customers, taken out in period 0
  std::span<const double> receipts;  // scheduled receipts per period (may be shorter)
  std::span<const double> demand;    // forecast per period; its size is the horizon
  double safety_stock = 0;
  double reorder_point = 0;
  double order_up_to = 0;
};

struct Projection {
  std::vector<double> balance;  // end of each period
  int first_stockout = -1;      // first period ending below zero; -1 if none
  int first_below_safety = -1;  // first period ending below the safety stock
  double cover_periods = 0;     // periods until on hand + receipts run out (interpolated;
                                // the horizon if they never do)
  double excess = 0;            // position now (on hand + all receipts − reserved) above S
};

Projection ProjectBalance(const ProjectionInput& input);

// Time-phased planned orders (DRP): the inventory position starts at on hand + all
// receipts − reserved; at the start of each period, if it is at or below the reorder point,
// an order for the order-up-to level minus the position (rounded to `rules`) is released;
// then the period's demand is taken. Returns the quantity released per period — the
// gross requirement this stock point puts on the location that supplies it.
std::vector<double> PlannedReleases(const ProjectionInput& input, const SupplierRules& rules);

// The projected-stockout condition, shared by the plan's expedite exception and the
// projected-stockout alert: a whole period ends below zero before a new order can arrive
// (first_stockout < 0: none; earliest_receipt in periods).
bool StockoutBeforeReceipt(int first_stockout, double earliest_receipt);

// The first day of the projection's period `index` (0: the period of `as_of`): what messages
// say instead of "period N".
Date ProjectionPeriodDate(Date as_of, PeriodKind period, int index);

}  // namespace lagom::plan
