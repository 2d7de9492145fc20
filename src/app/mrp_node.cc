#include "app/mrp_node.h"

#include <algorithm>
#include <cmath>

#include "engine/mrp/demand.h"

namespace lagom::app {

namespace {

double Units(std::int64_t milli) {
  return static_cast<double>(milli) / 1000.0;
}

double Currency(std::int64_t raw) {
  return static_cast<double>(raw) / 10000.0;
}

// Per period of the run: the forecast of the stock point's demand history (step 1 is the
// period containing the as-of date). None without a positive period in the history.
Result<std::vector<double>> Forecast(const store::MrpStockPoint& point, const NodeContext& c,
                                     MrpNodeInfo& info) {
  const int periods = c.buckets.size();
  if (std::none_of(point.history.begin(), point.history.end(), [](double d) { return d > 0; })) {
    return std::vector<double>(static_cast<std::size_t>(periods), 0.0);
  }
  forecast::ForecastOptions options = c.settings.forecast;
  options.horizon = std::clamp(periods, 1, forecast::kMaxSteps);
  auto fitted = forecast::Fit(point.history, options);
  if (!fitted) return fitted.error();
  info.forecast_model = fitted->Model();
  info.forecast_sigma = fitted->Sigma();
  std::vector<double> mean(fitted->Mean().begin(), fitted->Mean().end());
  for (double& m : mean) m = std::max(m, 0.0);
  mean.resize(static_cast<std::size_t>(periods), mean.empty() ? 0.0 : mean.back());
  info.forecast_mean = mean.empty() ? 0 : mean.front();
  return mean;
}

// MPS lines when there are any; else customer orders plus what they leave of the forecast,
// and open transfers out.
Status AddDemand(const store::MrpStockPoint& point, const NodeContext& c, mrp::Node& node,
                 MrpNodeInfo& info) {
  using mrp::DemandKind;
  for (const auto& t : point.outbound) {
    node.demand.push_back({t.date, Units(t.quantity_milli), DemandKind::kTransferOrder, t.ref});
  }
  if (!point.mps.empty()) {
    for (const auto& m : point.mps) {
      node.demand.push_back({m.date, Units(m.quantity_milli), DemandKind::kMps, m.ref});
    }
    return {};
  }
  auto forecast = Forecast(point, c, info);
  if (!forecast) return forecast.error();
  std::vector<double> orders(forecast->size(), 0.0);
  for (const auto& o : point.sales_orders) {
    node.demand.push_back({o.date, Units(o.quantity_milli), DemandKind::kSalesOrder, o.ref});
    const int period = c.buckets.PeriodOf(o.date);
    if (period < c.buckets.size()) orders[period] += Units(o.quantity_milli);
  }
  int fence = 0;
  const Date fence_date = c.buckets.as_of() + std::chrono::days{c.settings.demand_time_fence_days};
  while (fence < c.buckets.size() && c.buckets.start(fence) < fence_date) ++fence;
  std::vector<double> left = mrp::UnconsumedForecast(*forecast, orders, fence);
  for (int t = 0; t < c.buckets.size(); ++t) {
    if (left[t] <= 0) continue;
    node.demand.push_back({c.buckets.due(t), left[t], DemandKind::kForecast,
                           "forecast " + FormatDate(c.buckets.start(t))});
  }
  return {};
}

// Safety stock from the stock point's policies row: fixed (units) or days-of-cover (periods
// of its forecast); none for the statistical kinds (MRP protects dependent demand by plan).
double SafetyStock(const store::MrpStockPoint& point, const MrpNodeInfo& info) {
  if (point.service_kind == "fixed") return std::max(point.service_target, 0.0);
  if (point.service_kind == "days-of-cover") {
    return std::max(point.service_target, 0.0) * info.forecast_mean;
  }
  return 0;
}

Status SetLot(const store::MrpItemRow& item, const store::MrpStockPoint& point,
              const NodeContext& c, mrp::Node& node) {
  auto rule = mrp::ParseLotRule(item.lot_sizing);
  if (!rule) return InvalidInput("item " + item.code + ": unknown lot sizing " + item.lot_sizing);
  const MrpSettings& s = c.settings;
  node.lot.rule = *rule;
  node.lot.size = item.lot_size;
  node.lot.ordering_cost = s.ordering_cost;
  // The holding rate is per year; a period holds its share of it.
  node.lot.holding_cost =
      Currency(item.unit_cost_raw) * s.holding_rate * DaysPerPeriod(s.period) / 365.2425;
  if (node.replenishment == mrp::Replenishment::kBuy && point.supply) {
    node.lot.minimum = Units(point.supply->min_order_milli);
    node.lot.multiple = Units(point.supply->order_multiple_milli);
  }
  return {};
}

}  // namespace

Status FillNode(const store::MrpStockPoint& point, const NodeContext& c, mrp::Node& node,
                MrpNodeInfo& info) {
  const store::MrpItemRow& item = c.catalogue.items[info.item];
  const store::MrpLocationRow& location = c.catalogue.locations[info.location];
  info.supply = point.supply;
  node.phantom = item.phantom;
  node.on_hand = Units(point.on_hand_milli);
  node.allocated = Units(point.reserved_milli);
  node.yield = item.yield_pct / 100.0;
  node.planning_time_fence_days = item.planning_time_fence_days;
  switch (node.replenishment) {
    case mrp::Replenishment::kMake:
      node.lead_time_days = item.production_lead_time_days;
      break;
    case mrp::Replenishment::kBuy:
      node.lead_time_days = point.supply ? point.supply->lead_time_days : 0;
      break;
    case mrp::Replenishment::kTransfer:
      node.lead_time_days = location.transfer_lead_time_days;
      break;
  }
  for (const auto& r : point.receipts)
    node.receipts.push_back({r.date, Units(r.quantity_milli), r.ref});
  for (const auto& p : point.production) {
    const double open = Units(std::max<std::int64_t>(p.quantity_milli - p.completed_milli, 0));
    if (node.replenishment == mrp::Replenishment::kMake) {
      node.firm.push_back({p.start, p.due, open, p.number});
      info.production_ids.push_back(p.id);
    } else {
      node.receipts.push_back({p.due, open, p.number});
    }
  }
  if (Status lot = SetLot(item, point, c, node); !lot) return lot;
  if (Status demand = AddDemand(point, c, node, info); !demand) return demand;
  node.safety_stock = node.phantom ? 0 : SafetyStock(point, info);
  return {};
}

}  // namespace lagom::app
