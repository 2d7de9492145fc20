#include "app/mrp_proposals.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>

#include "app/plan_adapter.h"
#include "core/money.h"
#include "core/proposal_state.h"

namespace lagom::app {

namespace {

std::int64_t Milli(double units) {
  return static_cast<std::int64_t>(std::llround(units * 1000.0));
}

const char* KindOf(mrp::Replenishment r) {
  switch (r) {
    case mrp::Replenishment::kMake:
      return "production";
    case mrp::Replenishment::kTransfer:
      return "transfer";
    case mrp::Replenishment::kBuy:
      break;
  }
  return "purchase";
}

std::string LotText(const mrp::Node& node, const mrp::LotNote& note) {
  std::string text = fmt::format("{} {:g}", mrp::LotRuleName(node.lot.rule), note.lot);
  if (note.covers > 1) text += fmt::format(" (covers {} periods)", note.covers);
  std::vector<std::string> rounding;
  if (node.lot.minimum > 0) rounding.push_back(fmt::format("MOQ {:g}", node.lot.minimum));
  if (node.lot.multiple > 0 && node.lot.multiple != 1) {
    rounding.push_back(fmt::format("multiple {:g}", node.lot.multiple));
  }
  if (!rounding.empty()) text += " (" + fmt::format("{}", fmt::join(rounding, ", ")) + ")";
  return text;
}

store::ProposalRecord ProposalOf(const MrpRun& run, const mrp::PlannedOrder& order) {
  const MrpModel& m = run.model;
  const mrp::Node& node = m.network.nodes[order.node];
  const MrpNodeInfo& info = m.info[order.node];
  const store::MrpItemRow& item = m.catalogue.items[info.item];
  store::ProposalRecord p;
  p.kind = KindOf(node.replenishment);
  p.item_id = item.id;
  p.location_id = m.catalogue.locations[info.location].id;
  p.item_code = node.item;
  p.location_code = node.location;
  p.unit_price_raw = item.unit_cost_raw;
  if (node.replenishment == mrp::Replenishment::kBuy && info.supply) {
    BuyUnder(*info.supply, p);
    p.unit_price_raw = info.supply->unit_price_raw;
  }
  if (node.replenishment == mrp::Replenishment::kTransfer) {
    const mrp::Node& source = m.network.nodes[node.source];
    p.source_location_id = m.catalogue.locations[m.info[node.source].location].id;
    p.source_location_code = source.location;
  }
  if (order.past_due) p.state = ProposalStateName(ProposalState::kExpedite);
  p.quantity_milli = Milli(order.quantity);
  p.order_value_raw =
      Extend(Money::FromRaw(p.unit_price_raw), Quantity::FromRaw(p.quantity_milli)).raw();
  p.order_date = order.start;
  p.due_date = order.due;
  p.forecast_model = info.forecast_model;
  p.forecast_per_period = info.forecast_mean;
  p.forecast_sd = info.forecast_sigma;
  // Calendar days from start to due: working days of production lead time count as they fall.
  p.lead_time_periods =
      static_cast<double>((order.due - order.start).count()) / DaysPerPeriod(m.options.period);
  p.safety_stock = node.safety_stock;
  p.on_hand_milli = Milli(node.on_hand);
  p.reserved_milli = Milli(node.allocated);
  double on_order = 0;
  for (const mrp::Receipt& r : node.receipts) on_order += r.quantity;
  for (const mrp::FirmOrder& f : node.firm) on_order += f.quantity;
  p.on_order_milli = Milli(on_order);
  p.projected_milli = Milli(order.note.available);
  p.raw_need = order.note.net;
  p.policy = "MRP " + std::string(mrp::LotRuleName(node.lot.rule));
  p.reason = PlannedOrderReason(run, order);
  return p;
}

bool Proposed(const mrp::Node& node) {
  return !node.phantom && node.lot.rule != mrp::LotRule::kKanban;
}

store::ExceptionRecord Exception(const MrpRun& run, int n, std::string kind, std::string severity,
                                 std::string message) {
  const MrpModel& m = run.model;
  return {m.catalogue.items[m.info[n].item].id,
          m.catalogue.locations[m.info[n].location].id,
          m.network.nodes[n].item,
          m.network.nodes[n].location,
          std::move(kind),
          std::move(severity),
          std::move(message)};
}

void AddOverloads(const MrpRun& run, std::vector<store::ExceptionRecord>& out) {
  for (const mrp::WeekLoad& week : run.capacity) {
    if (!week.overloaded() || week.orders.empty()) continue;
    std::string orders;
    for (std::size_t i = 0; i < week.orders.size() && i < 5; ++i) {
      orders += (i ? "; " : "") + LoadingOrderText(run, run.loading[week.orders[i]]);
    }
    if (week.orders.size() > 5) orders += fmt::format("; and {} more", week.orders.size() - 5);
    const LoadingOrder& first = run.loading[week.orders.front()];
    out.push_back(Exception(
        run, first.node, "overload", "warning",
        fmt::format("work centre {} in the week of {}: load {:.1f} h against capacity {:.1f} h "
                    "({:.0f} %), from {}",
                    run.model.work_centres[week.work_centre].code, FormatDate(week.week), week.load,
                    week.capacity, week.capacity > 0 ? 100 * week.load / week.capacity : 0.0,
                    orders)));
  }
}

}  // namespace

std::string PlannedOrderReason(const MrpRun& run, const mrp::PlannedOrder& order) {
  const MrpModel& m = run.model;
  const mrp::Node& node = m.network.nodes[order.node];
  const mrp::Record& r = run.plan.records[order.node];
  const int t = order.period;
  const double before = t == 0 ? node.on_hand - node.allocated : r.projected[t - 1];
  std::string text = fmt::format(
      "MRP period of {}: gross {:g}, projected on hand {:g}, scheduled {:g}, safety stock {:g} → "
      "net {:g}; {} → {:g}",
      FormatDate(run.plan.buckets.start(t)), r.gross[t], before, r.scheduled[t], node.safety_stock,
      order.note.net, LotText(node, order.note), order.quantity);
  if (node.yield < 1) {
    text += fmt::format(" (start {:g} at {:g} % yield)", order.release_quantity, node.yield * 100);
  }
  const bool working = node.replenishment == mrp::Replenishment::kMake;
  text += fmt::format("; due {} − lead time {:g} {}days = start {}", FormatDate(order.due),
                      node.lead_time_days, working ? "working " : "", FormatDate(order.start));
  if (order.past_due) text += " (past due: expedite)";
  return text;
}

std::vector<store::ProposalRecord> MrpProposals(const MrpRun& run) {
  std::vector<store::ProposalRecord> out;
  for (const mrp::PlannedOrder& order : run.plan.orders) {
    if (Proposed(run.model.network.nodes[order.node])) out.push_back(ProposalOf(run, order));
  }
  return out;
}

std::vector<store::ExceptionRecord> MrpExceptions(const MrpRun& run) {
  std::vector<store::ExceptionRecord> out;
  for (const mrp::Exception& e : run.plan.exceptions) {
    const bool past = e.kind == mrp::ExceptionKind::kPastDue;
    out.push_back(Exception(run, e.node, past ? "past-due" : "planning-fence",
                            past ? "critical" : "warning", e.message));
  }
  for (std::size_t n = 0; n < run.model.network.nodes.size(); ++n) {
    const mrp::Node& node = run.model.network.nodes[n];
    if (node.replenishment != mrp::Replenishment::kBuy || run.model.info[n].supply) continue;
    auto [first, last] = run.plan.node_orders[n];
    if (first == last) continue;
    out.push_back(Exception(run, static_cast<int>(n), "no-supplier", "warning",
                            "bought, but no supply terms: lead time taken as 0, and its "
                            "purchase proposals cannot be approved"));
  }
  AddOverloads(run, out);
  return out;
}

std::vector<store::ForecastRecord> MrpForecasts(const MrpRun& run) {
  std::vector<store::ForecastRecord> out;
  const MrpModel& m = run.model;
  for (std::size_t n = 0; n < m.network.nodes.size(); ++n) {
    const MrpNodeInfo& info = m.info[n];
    if (info.forecast_model.empty()) continue;
    out.push_back({m.catalogue.items[info.item].id, m.catalogue.locations[info.location].id,
                   info.forecast_model, info.forecast_mean, info.forecast_sigma});
  }
  return out;
}

std::vector<std::pair<std::int64_t, std::int64_t>> MrpPlannedUse(const MrpRun& run) {
  std::vector<std::pair<std::int64_t, std::int64_t>> keys;
  const MrpModel& m = run.model;
  for (std::size_t n = 0; n < m.network.nodes.size(); ++n) {
    const auto& gross = run.plan.records[n].gross;
    if (std::none_of(gross.begin(), gross.end(), [](double g) { return g > 0; })) continue;
    keys.emplace_back(m.catalogue.items[m.info[n].item].id,
                      m.catalogue.locations[m.info[n].location].id);
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::vector<std::int64_t> MrpItemIds(const MrpRun& run) {
  std::vector<std::int64_t> ids;
  for (const store::MrpItemRow& item : run.model.catalogue.items) ids.push_back(item.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace lagom::app
