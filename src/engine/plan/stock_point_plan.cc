#include "engine/plan/stock_point_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "engine/ledger/kpi.h"
#include "engine/plan/order_calendar.h"
#include "engine/plan/reorder.h"
#include "engine/plan/stock_point_policy.h"
#include "engine/policy/normal.h"

namespace lagom::plan {

namespace {

double Units(std::int64_t milli) {
  return static_cast<double>(milli) / 1000.0;
}

struct Timing {
  Date order_date;
  double lead_time_days = 0, lead_time_sd_days = 0, review_days = 0;
  bool measured = false;  // lead time measured from receipts
};

// The supply terms' lead time, or the one measured by this year's receipts when there are
// kMeasuredLeadTimeReceipts of them (the reason names it).
void SupplierLeadTime(const Supply& supply, Timing& t) {
  if (supply.receipt_lead_times_days.size() < kMeasuredLeadTimeReceipts) {
    t.lead_time_days = supply.lead_time_days;
    t.lead_time_sd_days = supply.lead_time_sd_days;
    return;
  }
  ledger::MeanSd measured = ledger::LeadTimeStats(supply.receipt_lead_times_days);
  t.lead_time_days = measured.mean;
  t.lead_time_sd_days = measured.sd;
  t.measured = true;
}

// When the next order can go out and what it must cover: supplier order days decide both
// the order date and the review period; otherwise the policy's review period applies.
Result<Timing> TimingOf(const StockPointFacts& point, const PlanParameters& c) {
  Timing t;
  t.order_date = c.as_of;
  t.review_days = point.policy.review_periods * DaysPerPeriod(c.period);
  if (point.by_transfer) {
    t.lead_time_days = point.transfer_lead_time_days;
  } else if (point.supply) {
    SupplierLeadTime(*point.supply, t);
    if (!point.supply->order_days.empty()) {
      auto calendar = OrderCalendar::Parse(point.supply->order_days);
      if (!calendar) return calendar.error();
      t.order_date = calendar->NextOrderDay(c.as_of);
      t.review_days = calendar->DaysToFollowingOrder(c.as_of);
    }
  }
  return t;
}

SupplierRules RulesOf(const StockPointFacts& point, const PlanParameters& c) {
  SupplierRules rules;
  rules.round_down_fraction = c.round_down_fraction;
  if (point.supply && !point.by_transfer) {
    rules.min_order_milli = point.supply->min_order_milli;
    rules.multiple_milli = std::max<std::int64_t>(point.supply->order_multiple_milli, 1);
    rules.max_order_milli = point.supply->max_order_milli;
  }
  return rules;
}

std::vector<double> ReceiptsByPeriod(const StockPointFacts& point, const PlanParameters& c) {
  std::vector<double> receipts(static_cast<std::size_t>(c.horizon_periods), 0.0);
  for (const Receipt& receipt : point.receipts) {
    int t = std::max(0, PeriodsBetween(c.as_of, receipt.due, c.period));
    if (t < static_cast<int>(receipts.size()))
      receipts[static_cast<std::size_t>(t)] += Units(receipt.quantity_milli);
  }
  return receipts;
}

void AddException(StockPointPlan& plan, const char* kind, const char* severity,
                  std::string message) {
  plan.exceptions.push_back({kind, severity, std::move(message)});
}

void RaiseExceptions(StockPointPlan& plan, const StockPointFacts& point,
                     const Projection& projection, const PlanParameters& c) {
  double days = DaysPerPeriod(c.period);
  if (!point.supply && !point.by_transfer) {
    AddException(plan, "no-supplier", "warning",
                 "no supply terms and no supplying location: it cannot be replenished");
  } else if (point.supply && !point.by_transfer && point.supply->lead_time_days <= 0) {
    AddException(plan, "missing-lead-time", "warning",
                 fmt::format("supplier {} has no lead time for this item; planned as 0 days",
                             point.supply->supplier_code));
  }
  double earliest = plan.lead_time;  // includes the wait for the next order day
  // Expedite when a whole period ends in a stock-out before a new order can arrive.
  if (StockoutBeforeReceipt(projection.first_stockout, earliest)) {
    Date when = ProjectionPeriodDate(c.as_of, c.period, projection.first_stockout);
    plan.state = MoreTelling(plan.state, ProposalState::kExpedite);
    AddException(
        plan, "expedite", "critical",
        fmt::format("projected stock-out in the {} of {} before a new order can "
                    "arrive ({}): expedite open orders or find stock elsewhere",
                    PeriodKindName(c.period), FormatDate(when), FormatDate(plan.due_date)));
  }
  double cover_days = projection.cover_periods * days;
  if (projection.excess > 0 && plan.demand_mean > 0 && cover_days >= c.excess_cover_days) {
    AddException(plan, "excess", "warning",
                 fmt::format("{:.0f} units above the order-up-to level {:.0f}; stock and open "
                             "orders cover {:.0f} days",
                             projection.excess, plan.order_up_to, cover_days));
  }
}

// Without an order now: the risk of running out before the next chance to order, and the
// units expected short by then (normal approximation over lead time + review).
void EstimateShortage(StockPointPlan& plan) {
  double periods = plan.lead_time + plan.review;
  double mean = plan.demand_mean * periods;
  double sd =
      std::sqrt(periods * plan.demand_sd * plan.demand_sd +
                plan.demand_mean * plan.demand_mean * plan.lead_time_sd * plan.lead_time_sd);
  double position = Units(plan.position_milli);
  if (sd <= 0) {
    plan.stockout_risk = position < mean ? 1.0 : 0.0;
    plan.expected_short = std::max(mean - position, 0.0);
    return;
  }
  double z = (position - mean) / sd;
  plan.stockout_risk = 1.0 - policy::NormalCdf(z);
  plan.expected_short = sd * policy::StdNormalLoss(z);
}

OrderLine LineOf(const StockPointPlan& plan, const StockPointFacts& point,
                 const SupplierRules& rules, const PlanParameters& c) {
  OrderLine line;
  line.quantity_milli = plan.rounded.quantity_milli;
  line.pack_milli = rules.multiple_milli;
  line.max_milli = rules.max_order_milli;
  line.unit_price_raw = point.supply && plan.price.unit_price_raw > 0 && !point.by_transfer
                            ? plan.price.unit_price_raw
                            : point.unit_cost_raw;
  line.position = Units(plan.position_milli);
  line.demand_per_day = plan.demand_mean / DaysPerPeriod(c.period);
  line.max_cover_days = c.max_cover_days;
  line.volume_m3 = point.volume_m3;
  line.weight_kg = point.weight_kg;
  line.units_per_pallet = point.supply ? point.supply->units_per_pallet : 0;
  return line;
}

// The order's price from the supply terms and their breaks; a break may raise the quantity
// when that costs less per year (price_breaks.h).
void PriceTheOrder(StockPointPlan& plan, const StockPointFacts& point, const SupplierRules& rules,
                   const PlanParameters& c) {
  if (!point.supply || point.by_transfer) return;
  PriceBreakInput in{.quantity_milli = plan.rounded.quantity_milli,
                     .base_price_raw = point.supply->unit_price_raw,
                     .breaks = point.supply->price_breaks,
                     .rules = rules,
                     .demand_per_day = plan.demand_mean / DaysPerPeriod(c.period),
                     .position = Units(plan.position_milli),
                     .max_cover_days = c.max_cover_days,
                     .ordering_cost = c.ordering_cost,
                     .holding_rate = c.holding_rate};
  plan.price = ChoosePriceBreak(in);
  plan.rounded.quantity_milli = plan.price.quantity_milli;
}

int DefaultSeason(PeriodKind period) {
  switch (period) {
    case PeriodKind::kDay:
      return 7;
    case PeriodKind::kWeek:
      return 52;
    case PeriodKind::kMonth:
      return 12;
  }
  return 1;
}

// Forecasts demand over the protection interval: its mean and variance per period.
Status ForecastDemand(StockPointPlan& plan, const StockPointFacts& point,
                      const DownstreamDemand& extra, const PlanParameters& c) {
  double protection = plan.lead_time + plan.review;
  forecast::ForecastOptions options = c.forecast;
  options.horizon = std::clamp(c.horizon_periods, 1, forecast::kMaxSteps);
  options.sum_periods = std::clamp(std::ceil(protection), 0.0, double{forecast::kMaxSteps});
  auto fitted = forecast::Fit(point.history, options);
  if (!fitted) return fitted.error();
  plan.forecast_model = fitted->Model();
  plan.forecast_sigma = fitted->Sigma();
  plan.forecast_path.assign(fitted->Mean().begin(), fitted->Mean().end());
  double periods = std::max(protection, 1.0);
  double mean = std::max(fitted->CumulativeMean(periods) / periods, 0.0);
  if (!point.overrides.empty()) {
    FinalForecast final_forecast = ApplyForecastOverrides(plan.forecast_path, point.overrides);
    if (!final_forecast.notes.empty()) {
      mean = PathMeanOver(final_forecast.path, periods);
      plan.final_path = std::move(final_forecast.path);
      plan.forecast_notes = std::move(final_forecast.notes);
    }
  }
  double variance = fitted->CumulativeVariance(periods) / periods;
  plan.demand_mean = mean + extra.mean;
  plan.demand_sd = std::sqrt(std::max(variance, 0.0) + extra.variance);
  forecast::DemandPattern pattern = fitted->Profile().pattern;
  plan.intermittent = extra.mean <= 0 && (pattern == forecast::DemandPattern::kIntermittent ||
                                          pattern == forecast::DemandPattern::kLumpy);
  return {};
}

}  // namespace

Result<forecast::ForecastOptions> RunForecastOptions(std::string_view method, int season_length,
                                                     PeriodKind period, int history_periods) {
  forecast::ForecastOptions options;
  auto parsed = forecast::ParseMethod(method);
  if (!parsed) {
    std::string known;
    for (const std::string& name : forecast::MethodNames()) known += " " + name;
    return InvalidInput("'" + std::string(method) + "' is not a forecasting method (" +
                        known.substr(1) + ")");
  }
  options.method = *parsed;
  options.season_length = season_length > 0 ? season_length : DefaultSeason(period);
  options.moving_average_window = history_periods;
  return options;
}

StockPointPlan PlanStockPoint(const StockPointFacts& point, const DownstreamDemand& extra,
                              const PlanParameters& c) {
  StockPointPlan plan;
  double days = DaysPerPeriod(c.period);
  auto timing = TimingOf(point, c);
  if (!timing) {
    plan.error = timing.error().message;
    return plan;
  }
  plan.measured_lead_time = timing->measured;
  plan.order_date = timing->order_date;
  double delay_days = static_cast<double>((timing->order_date - c.as_of).count());
  plan.lead_time = (timing->lead_time_days + delay_days) / days;
  plan.lead_time_sd = timing->lead_time_sd_days / days;
  plan.review = timing->review_days / days;
  plan.due_date =
      timing->order_date + std::chrono::days{static_cast<int>(std::ceil(timing->lead_time_days))};
  if (Status forecast = ForecastDemand(plan, point, extra, c); !forecast) {
    plan.error = forecast.error().message;
    return plan;
  }
  DemandAndTiming over{plan.demand_mean, plan.demand_sd * plan.demand_sd, plan.lead_time,
                       plan.lead_time_sd, plan.review};
  if (plan.intermittent) over.intermittent_history = point.history;
  auto policy = ComputePolicy(point.policy, point.unit_cost_raw, over, c);
  if (!policy) {
    plan.error = policy.error().message;
    return plan;
  }
  plan.target = point.policy.service_target;
  plan.safety_stock = policy->policy.safety_stock;
  plan.reorder_point = policy->policy.reorder_point;
  plan.order_up_to = policy->policy.order_up_to_level;
  plan.achieved = policy->policy.achieved_service;
  plan.policy = policy->summary + "; " + policy->order_rule_note;
  SupplierRules rules = RulesOf(point, c);
  ReorderInput reorder{plan.reorder_point,   plan.order_up_to,     point.on_hand_milli,
                       point.on_order_milli, point.reserved_milli, rules};
  ReorderDecision decision = DecideReorder(reorder);
  plan.position_milli = decision.position_milli;
  plan.raw_need = decision.raw_need;
  plan.rounded = decision.rounded;
  PriceTheOrder(plan, point, rules, c);
  std::vector<double> receipts = ReceiptsByPeriod(point, c);
  std::vector<double> demand(receipts.size(), plan.demand_mean);
  for (std::size_t t = 0; t < plan.final_path.size() && t < demand.size(); ++t) {
    demand[t] = plan.final_path[t] + extra.mean;  // the overridden forecast, period by period
  }
  ProjectionInput projection_input{
      Units(point.on_hand_milli), Units(point.reserved_milli), receipts,        demand,
      plan.safety_stock,          plan.reorder_point,          plan.order_up_to};
  Projection projection = ProjectBalance(projection_input);
  plan.first_stockout = projection.first_stockout;
  RaiseExceptions(plan, point, projection, c);
  if (point.by_transfer) plan.releases = PlannedReleases(projection_input, rules);
  plan.line = LineOf(plan, point, rules, c);
  EstimateShortage(plan);
  return plan;
}

}  // namespace lagom::plan
