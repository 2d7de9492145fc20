#include "app/mrp_views.h"

#include <fmt/format.h>

#include <functional>
#include <numeric>

#include "app/mrp_proposals.h"
#include "engine/mrp/kanban.h"

namespace lagom::app {

namespace {

const char* ReplenishmentName(mrp::Replenishment r) {
  switch (r) {
    case mrp::Replenishment::kMake:
      return "make";
    case mrp::Replenishment::kTransfer:
      return "transfer";
    case mrp::Replenishment::kBuy:
      break;
  }
  return "buy";
}

std::string OrderKind(const mrp::Node& node) {
  if (node.phantom) return "phantom";
  if (node.lot.rule == mrp::LotRule::kKanban) return "kanban";
  switch (node.replenishment) {
    case mrp::Replenishment::kMake:
      return "production";
    case mrp::Replenishment::kTransfer:
      return "transfer";
    case mrp::Replenishment::kBuy:
      break;
  }
  return "purchase";
}

std::vector<int> NodesOf(const MrpRun& run, const std::string& item, const std::string& location) {
  std::vector<int> nodes;
  for (std::size_t n = 0; n < run.model.network.nodes.size(); ++n) {
    const mrp::Node& node = run.model.network.nodes[n];
    if (node.item == item && (location.empty() || node.location == location)) {
      nodes.push_back(static_cast<int>(n));
    }
  }
  return nodes;
}

Error NotPlanned(const std::string& item, const std::string& location) {
  return NotFound("MRP does not plan item '" + item + "'" +
                  (location.empty() ? "" : " at '" + location + "'") +
                  " (an item is planned by MRP when it is made or in a bill of material)");
}

// Kanban: D = mean gross requirement per day over the horizon, L = the lead time in days.
void AddKanban(const MrpRun& run, int n, MrpRecordView& view) {
  const mrp::Node& node = run.model.network.nodes[n];
  if (node.lot.rule != mrp::LotRule::kKanban) return;
  const mrp::Record& r = run.plan.records[n];
  const double days = static_cast<double>(r.gross.size()) * DaysPerPeriod(run.model.options.period);
  const double per_day = std::accumulate(r.gross.begin(), r.gross.end(), 0.0) / days;
  const double alpha = run.model.settings.kanban_safety_factor;
  auto cards = mrp::CountKanbanCards(per_day, node.lead_time_days, alpha, node.lot.size);
  if (!cards) {
    view.kanban_formula = cards.error().message + " (set the item's lot_size to the container)";
    return;
  }
  view.kanban_cards = cards->cards;
  view.kanban_formula =
      fmt::format("N = ⌈D·L·(1+α)/C⌉ = ⌈{:.3g} × {:g} × {:g} / {:g}⌉ = {}", per_day,
                  node.lead_time_days, 1 + alpha, node.lot.size, cards->cards);
}

MrpRecordView RecordOf(const MrpRun& run, int n) {
  const mrp::Node& node = run.model.network.nodes[n];
  const mrp::Record& r = run.plan.records[n];
  MrpRecordView v;
  v.item = node.item;
  v.location = node.location;
  v.replenishment = ReplenishmentName(node.replenishment);
  if (node.source >= 0) v.source = run.model.network.nodes[node.source].location;
  v.low_level_code = run.plan.level[n];
  v.lead_time_days = node.lead_time_days;
  v.working_days = node.replenishment == mrp::Replenishment::kMake;
  v.lot_sizing = mrp::LotRuleName(node.lot.rule);
  v.lot_size = node.lot.size;
  v.on_hand = node.on_hand;
  v.allocated = node.allocated;
  v.safety_stock = node.safety_stock;
  for (std::size_t t = 0; t < r.gross.size(); ++t) {
    v.periods.push_back({run.plan.buckets.start(static_cast<int>(t)), r.gross[t], r.scheduled[t],
                         r.projected[t], r.net[t], r.receipts[t], r.releases[t]});
  }
  for (auto o = run.plan.node_orders[n].first; o < run.plan.node_orders[n].second; ++o) {
    const mrp::PlannedOrder& order = run.plan.orders[o];
    v.orders.push_back({OrderKind(node), order.quantity, order.release_quantity, order.start,
                        order.due, order.past_due, PlannedOrderReason(run, order)});
  }
  AddKanban(run, n, v);
  return v;
}

}  // namespace

Result<std::vector<MrpRecordView>> MrpRecords(const MrpRun& run, const std::string& item,
                                              const std::string& location) {
  std::vector<MrpRecordView> views;
  for (int n : NodesOf(run, item, location)) views.push_back(RecordOf(run, n));
  if (views.empty()) return NotPlanned(item, location);
  return views;
}

std::vector<CapacityRow> MrpCapacity(const MrpRun& run) {
  std::vector<CapacityRow> rows;
  for (const mrp::WeekLoad& w : run.capacity) {
    CapacityRow row{run.model.work_centres[w.work_centre].code, w.week, w.capacity, w.load,
                    w.overloaded()};
    for (int order : w.orders) row.orders.push_back(LoadingOrderText(run, run.loading[order]));
    rows.push_back(std::move(row));
  }
  return rows;
}

Result<std::vector<BomTreeRow>> MrpBomTree(const MrpRun& run, const std::string& item,
                                           const std::string& location) {
  auto nodes = NodesOf(run, item, location);
  if (nodes.size() != 1) return NotPlanned(item, location);
  const mrp::Network& net = run.model.network;
  std::vector<BomTreeRow> rows;
  // Depth first; a depth bound guards against a cycle the engine would have refused anyway.
  std::function<void(int, int, double)> visit = [&](int n, int depth, double per) {
    const mrp::Node& node = net.nodes[n];
    const mrp::Record& r = run.plan.records[n];
    auto [first, last] = run.plan.node_orders[n];
    rows.push_back({depth, node.item, node.location, ReplenishmentName(node.replenishment), per,
                    run.plan.level[n], node.on_hand,
                    std::accumulate(r.receipts.begin(), r.receipts.end(), 0.0),
                    static_cast<int>(last - first)});
    if (depth > 64 || rows.size() > 5000) return;
    if (node.replenishment == mrp::Replenishment::kTransfer)
      return visit(node.source, depth + 1, per);
    for (const mrp::BomLine& line : net.lines) {
      if (line.parent == n)
        visit(line.component, depth + 1, per * line.PerParentUnit() / node.yield);
    }
  };
  visit(nodes.front(), 0, 1.0);
  return rows;
}

}  // namespace lagom::app
