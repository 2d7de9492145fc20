#include "engine/analysis/alert_rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "engine/plan/projection.h"

namespace lagom::analysis {

namespace {

using Alerts = std::vector<Alert>;

void NegativeStock(const StockPointFacts& f, Alerts& out) {
  if (f.on_hand >= 0) return;
  out.push_back({"negative-stock", "critical", "", f.on_hand, 0, f.on_hand,
                 fmt::format("on hand {:g} is below zero: count the stock point", f.on_hand)});
}

void ProjectedStockout(const StockPointFacts& f, Alerts& out) {
  const PlanFacts& p = *f.plan;
  if (!plan::StockoutBeforeReceipt(p.first_stockout, p.earliest_receipt)) return;
  Date when = plan::ProjectionPeriodDate(f.as_of, f.period, p.first_stockout);
  out.push_back({"projected-stockout", "critical", "", static_cast<double>(p.first_stockout),
                 p.earliest_receipt, f.on_hand,
                 fmt::format("stock runs out in the {} of {}, before a new order can arrive "
                             "({}): expedite or find stock elsewhere",
                             PeriodKindName(f.period), FormatDate(when), FormatDate(p.due_date))});
}

void BelowSafetyStock(const StockPointFacts& f, Alerts& out) {
  const PlanFacts& p = *f.plan;
  if (!(p.safety_stock > 0) || f.on_hand >= p.safety_stock) return;
  out.push_back(
      {"below-safety-stock", "warning", "", f.on_hand, p.safety_stock, f.on_hand,
       fmt::format("on hand {:g} is below the safety stock {:.2f}", f.on_hand, p.safety_stock)});
}

void ReorderPoint(const StockPointFacts& f, Alerts& out) {
  const PlanFacts& p = *f.plan;
  if (p.position > p.reorder_point) return;
  out.push_back({"reorder-point", "info", "", p.position, p.reorder_point, f.on_hand,
                 fmt::format("position {:g} (on hand and on order) is at or below the reorder "
                             "point {:.2f}",
                             p.position, p.reorder_point)});
}

void Overstock(const StockPointFacts& f, const AlertLimits& limits, Alerts& out) {
  const PlanFacts& p = *f.plan;
  if (p.demand_per_period > 0 && p.cover_days >= limits.overstock_cover_days) {
    out.push_back({"overstock", "warning", "", p.cover_days, limits.overstock_cover_days,
                   p.position,
                   fmt::format("stock and open orders cover {:.0f} days, the limit is {:g}",
                               p.cover_days, limits.overstock_cover_days)});
  } else if (p.order_up_to > 0 && p.position > p.order_up_to) {
    out.push_back({"overstock", "info", "", p.position, p.order_up_to, p.position,
                   fmt::format("position {:g} is above the order-up-to level {:.2f}", p.position,
                               p.order_up_to)});
  }
}

void ExpiringLots(const StockPointFacts& f, const AlertLimits& limits, Alerts& out) {
  Date horizon = f.as_of + std::chrono::days{limits.expiry_days};
  for (const LotFacts& lot : f.lots) {
    if (lot.quantity <= 0 || lot.expiry >= horizon) continue;
    double days_left = static_cast<double>((lot.expiry - f.as_of).count());
    bool expired = lot.expiry < f.as_of;
    out.push_back({"expiring-lot", expired ? "critical" : "warning", lot.lot, days_left,
                   static_cast<double>(limits.expiry_days), lot.quantity,
                   fmt::format("lot {}: {:g} units {} on {}", lot.lot, lot.quantity,
                               expired ? "expired" : "expire", FormatDate(lot.expiry))});
  }
}

void DeadStock(const StockPointFacts& f, const AlertLimits& limits, Alerts& out) {
  Date since = AddMonths(f.as_of, -limits.dead_stock_months);
  if (f.on_hand <= 0 || f.planned_use || (f.last_use && *f.last_use >= since)) return;
  double limit_days = static_cast<double>((f.as_of - since).count());
  double days = f.last_use ? static_cast<double>((f.as_of - *f.last_use).count()) : -1;
  std::string when = f.last_use ? "since " + FormatDate(*f.last_use) : "ever recorded";
  out.push_back({"dead-stock", "warning", "", days, limit_days, f.on_hand,
                 fmt::format("{:g} on hand and no use (sale, issue, transfer, consumption) {}",
                             f.on_hand, when)});
}

void LateOrders(const StockPointFacts& f, Alerts& out) {
  for (const LateLineFacts& line : f.late_lines) {
    if (line.due >= f.as_of || line.outstanding <= 0) continue;
    double late = static_cast<double>((f.as_of - line.due).count());
    out.push_back({"late-order", "warning", line.po_line, late, 0, line.outstanding,
                   fmt::format("purchase order line {} was due on {} ({:g} days ago); {:g} "
                               "units still to receive",
                               line.po_line, FormatDate(line.due), late, line.outstanding)});
  }
}

void Tracking(const StockPointFacts& f, const AlertLimits& limits, Alerts& out) {
  const std::optional<double>& ts = f.plan->tracking_signal;
  if (!ts || std::abs(*ts) <= limits.tracking_limit) return;
  out.push_back({"tracking-signal", "warning", "", *ts, std::copysign(limits.tracking_limit, *ts),
                 f.on_hand,
                 fmt::format("tracking signal {:.2f}: the forecast is {} demand", *ts,
                             *ts > 0 ? "below" : "above")});
}

double SalesValue(const StockPointFacts& f) {
  return f.unit_price > 0 ? f.unit_price : f.unit_cost;
}

double ValueAtRisk(const Alert& a, const StockPointFacts& f) {
  if (a.rule == "projected-stockout") {
    const PlanFacts& p = *f.plan;
    double periods = std::max(p.earliest_receipt - p.first_stockout, 0.0);
    return periods * p.demand_per_period * SalesValue(f);
  }
  if (a.rule == "below-safety-stock") return (a.limit - a.value) * SalesValue(f);
  if (a.rule == "negative-stock") return -a.value * f.unit_cost;
  if (a.rule == "overstock") {
    const PlanFacts& p = *f.plan;
    return std::max(p.position - p.order_up_to, 0.0) * f.unit_cost;
  }
  if (a.rule == "expiring-lot" || a.rule == "dead-stock" || a.rule == "late-order") {
    return a.quantity * f.unit_cost;
  }
  return 0;
}

}  // namespace

std::vector<Alert> EvaluateAlerts(const StockPointFacts& facts, const AlertLimits& limits) {
  Alerts out;
  NegativeStock(facts, out);
  if (facts.plan) {
    ProjectedStockout(facts, out);
    BelowSafetyStock(facts, out);
    ReorderPoint(facts, out);
    Overstock(facts, limits, out);
    Tracking(facts, limits, out);
  }
  ExpiringLots(facts, limits, out);
  DeadStock(facts, limits, out);
  LateOrders(facts, out);
  for (Alert& a : out) a.value_at_risk = ValueAtRisk(a, facts);
  return out;
}

std::optional<double> TrackingSignal(std::span<const double> history, int window, int periods) {
  std::size_t n = history.size();
  std::size_t first = n > static_cast<std::size_t>(periods) ? n - static_cast<std::size_t>(periods)
                                                            : 1;  // period 0 has no forecast
  double sum = 0, absolute = 0;
  int count = 0;
  for (std::size_t t = first; t < n; ++t) {
    std::size_t from =
        t > static_cast<std::size_t>(window) ? t - static_cast<std::size_t>(window) : 0;
    double forecast = 0;
    for (std::size_t i = from; i < t; ++i) forecast += history[i];
    forecast /= static_cast<double>(t - from);
    double error = history[t] - forecast;
    sum += error;
    absolute += std::abs(error);
    ++count;
  }
  if (count < 2 || absolute <= 0) return std::nullopt;
  return sum / (absolute / count);
}

}  // namespace lagom::analysis
