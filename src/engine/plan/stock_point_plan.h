// One stock point through the planning run's first stage: its demand (plus what the
// locations it supplies will ask of it), timing (supplier order days, lead time, review),
// policy, projected balance, reorder need rounded to the supplier's rules, exceptions, and
// the order line the supplier-order stage works on. Units: quantities in milli-units of the
// item's base unit where exact (`_milli`), planning numbers (demand, levels) as double units;
// money in Money raw (1/10000); time in periods of PlanParameters::period unless named days.
// Pure given its inputs; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/policy_terms.h"
#include "core/proposal_state.h"
#include "engine/plan/forecast_overrides.h"
#include "engine/plan/order_line.h"
#include "engine/plan/plan_parameters.h"
#include "engine/plan/price_breaks.h"
#include "engine/plan/projection.h"
#include "engine/plan/rounding.h"

namespace lagom::plan {

// The supply terms in force for the stock point's item from its supplier.
struct Supply {
  std::string supplier_code;  // for messages
  double lead_time_days = 0, lead_time_sd_days = 0;
  std::int64_t min_order_milli = 0;
  std::int64_t order_multiple_milli = 1000;
  std::int64_t max_order_milli = 0;  // 0 = no maximum
  double units_per_pallet = 0;       // 0 = not palletised
  std::int64_t unit_price_raw = 0;
  std::vector<PriceBreak> price_breaks;  // by min_milli ascending
  std::string order_days;                // the supplier's order days ("Mon Thu"); empty = any day
  // Order date to receipt date, in days, of this year's receipts of the item from the supplier.
  std::span<const double> receipt_lead_times_days;
};

// An open purchase or transfer order line arriving at the stock point.
struct Receipt {
  Date due;
  std::int64_t quantity_milli = 0;  // still to receive
};

// What the plan knows of one stock point. Spans point into the caller's data, which must
// outlive the call.
struct StockPointFacts {
  std::int64_t unit_cost_raw = 0;
  double volume_m3 = 0, weight_kg = 0;  // per unit
  bool by_transfer = false;             // replenished from a DC rather than a supplier
  double transfer_lead_time_days = 0;
  std::span<const double> history;  // demand per period, oldest first, ending before as_of
  std::int64_t on_hand_milli = 0, reserved_milli = 0, on_order_milli = 0;
  std::vector<Receipt> receipts;
  std::optional<Supply> supply;  // none when the item has no supply terms (or by transfer)
  PolicySettings policy;         // resolved (policy_resolution.h)
  // Planners' changes to the statistical forecast, in order (forecast_overrides.h).
  std::span<const ForecastOverride> overrides;
};

// Demand a DC sees from the stock points it supplies: their planned releases.
struct DownstreamDemand {
  double mean = 0;      // per period
  double variance = 0;  // per period
};

// Receipts of an item from its supplier within the year that replace the supply terms' lead
// time (mean and sd) by the measured one.
inline constexpr std::size_t kMeasuredLeadTimeReceipts = 3;

// A condition the plan raises for a stock point: expedite, excess, no-supplier …
struct PlanException {
  std::string kind;      // expedite, excess, no-supplier, missing-lead-time
  std::string severity;  // info, warning, critical
  std::string message;
};

struct StockPointPlan {
  std::string error;           // non-empty: the stock point could not be planned
  std::string forecast_model;  // what the forecasting engine fitted
  double forecast_sigma = 0;   // its one-step error sd
  // The statistical forecast per period of the projection (index 0: the period of as_of;
  // horizon_periods long), the stock point's own demand only.
  std::vector<double> forecast_path;
  // The final forecast when overrides changed it (else empty: the statistical one), and
  // what changed it, for the reason. Demand, projection and proposal use the final one.
  std::vector<double> final_path;
  std::vector<std::string> forecast_notes;
  // Demand per period averaged over the protection interval, and the sd per period that gives
  // the forecast's error variance over it (variance over P / P), downstream demand included.
  double demand_mean = 0, demand_sd = 0;
  // The stock point's own demand is intermittent or lumpy (Syntetos–Boylan) and no other
  // location's demand is added to it: its policy may use the empirical demand sizes.
  bool intermittent = false;
  bool measured_lead_time = false;  // the supply's receipts replaced the terms' lead time
  double lead_time = 0, lead_time_sd = 0, review = 0;  // periods
  double target = 0, safety_stock = 0, reorder_point = 0, order_up_to = 0, achieved = 0;
  std::string policy;  // e.g. "fill-rate 0.95, normal; cover 1 periods"
  Date order_date, due_date;
  std::int64_t position_milli = 0;
  double raw_need = 0;
  Rounded rounded;
  PriceBreakChoice price;  // the order's price, and whether a price break raised it
  OrderLine line;
  int first_stockout = -1;       // of the projection without a new order (Projection)
  double stockout_risk = 0;      // P(running out before the next chance to order, without an order)
  double expected_short = 0;     // units short by then, without an order
  std::vector<double> releases;  // planned releases per period (transfer-supplied only)
  std::vector<PlanException> exceptions;
  // Filled by the later stages:
  std::string adjustments;  // what the supplier order and budget changed, in words
  std::string hold_reason;  // why the proposal waits (minimum order value, budget)
  std::string container;    // e.g. "1/2" or "1-2/2"
  // What the stages did to the proposal, the most telling (MoreTelling) when several did.
  ProposalState state = ProposalState::kProposed;
};

// The forecasting options of a run: the method named (`method`, a forecast::ParseMethod name),
// the season (`season_length`; 0: by period, 52 weekly, 12 monthly, 7 daily) and the moving
// average window. InvalidInput naming the method when it is unknown.
Result<forecast::ForecastOptions> RunForecastOptions(std::string_view method, int season_length,
                                                     PeriodKind period, int history_periods);

StockPointPlan PlanStockPoint(const StockPointFacts& point, const DownstreamDemand& extra,
                              const PlanParameters& parameters);

}  // namespace lagom::plan
