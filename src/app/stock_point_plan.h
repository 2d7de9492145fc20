// One stock point through the planning run's first stage: its demand (plus what the
// locations it supplies will ask of it), timing (supplier order days, lead time, review),
// policy, projected balance, reorder need rounded to the supplier's rules, exceptions, and
// the order line the supplier-order stage works on. Pure given its inputs; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "engine/forecast/forecast.h"
#include "engine/plan/order_line.h"
#include "engine/plan/projection.h"
#include "engine/plan/rounding.h"
#include "store/plan_store.h"
#include "store/planning_data.h"

namespace lagom::app {

// Demand a DC sees from the stock points it supplies: their planned releases.
struct DownstreamDemand {
  double mean = 0;      // per period
  double variance = 0;  // per period
};

// Receipts of an item from its supplier within the year that replace the supply terms' lead
// time (mean and sd) by the measured one.
inline constexpr std::size_t kMeasuredLeadTimeReceipts = 3;

struct StockPointPlan {
  std::string error;           // non-empty: the stock point could not be planned
  std::string forecast_model;  // what the forecasting engine fitted
  double forecast_sigma = 0;   // its one-step error sd
  // Demand per period averaged over the protection interval, and the sd per period that gives
  // the forecast's error variance over it (variance over P / P), downstream demand included.
  double demand_mean = 0, demand_sd = 0;
  // The stock point's own demand is intermittent or lumpy (Syntetos–Boylan) and no other
  // location's demand is added to it: its policy may use the empirical demand sizes.
  bool intermittent = false;
  double lead_time = 0, lead_time_sd = 0, review = 0;  // periods
  double target = 0, safety_stock = 0, reorder_point = 0, order_up_to = 0, achieved = 0;
  std::string policy;  // e.g. "fill-rate 0.95, normal; cover 1 periods"
  Date order_date, due_date;
  std::int64_t position_milli = 0;
  double raw_need = 0;
  plan::Rounded rounded;
  plan::OrderLine line;
  int first_stockout = -1;       // of the projection without a new order (plan::Projection)
  double stockout_risk = 0;      // P(running out before the next chance to order, without an order)
  double expected_short = 0;     // units short by then, without an order
  std::vector<double> releases;  // planned releases per period (transfer-supplied only)
  std::vector<store::ExceptionRecord> exceptions;
  // Filled by the later stages:
  std::string adjustments;  // what the supplier order and budget changed, in words
  std::string hold_reason;  // why the proposal waits (minimum order value, budget)
  std::string container;    // e.g. "1/2" or "1-2/2"
};

struct PlanContext {
  const store::PlanningData& data;
  Date as_of;
  forecast::ForecastOptions forecast;  // method and season; horizon and sums set per point
};

// The forecast options a run uses: the store's forecast settings, the run's overrides.
Result<forecast::ForecastOptions> RunForecastOptions(const store::PlanningData& data,
                                                     std::optional<std::string> method,
                                                     int history_periods);

StockPointPlan PlanStockPoint(const store::StockPointData& point, const DownstreamDemand& extra,
                              const PlanContext& context);

}  // namespace lagom::app
