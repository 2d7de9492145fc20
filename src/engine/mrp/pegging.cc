#include "engine/mrp/pegging.h"

#include <algorithm>

namespace lagom::mrp {

namespace {

// Within a period: stock first, then open, firm and planned orders.
int SupplyRank(PegKind kind) {
  switch (kind) {
    case PegKind::kOnHand:
      return 0;
    case PegKind::kScheduled:
      return 1;
    case PegKind::kFirm:
      return 2;
    default:
      return 3;
  }
}

bool Same(const PegElement& a, const PegElement& b) {
  return a.kind == b.kind && a.node == b.node && a.index == b.index;
}

void Match(NodePegging& p) {
  std::stable_sort(p.supplies.begin(), p.supplies.end(), [](const auto& a, const auto& b) {
    return a.period != b.period ? a.period < b.period : SupplyRank(a.kind) < SupplyRank(b.kind);
  });
  std::stable_sort(p.needs.begin(), p.needs.end(),
                   [](const auto& a, const auto& b) { return a.period < b.period; });
  std::size_t s = 0, n = 0;
  double supply_left = p.supplies.empty() ? 0 : p.supplies[0].quantity;
  double need_left = p.needs.empty() ? 0 : p.needs[0].quantity;
  while (s < p.supplies.size() && n < p.needs.size()) {
    const double quantity = std::min(supply_left, need_left);
    if (quantity > 1e-9) p.pegs.push_back({s, n, quantity});
    supply_left -= quantity;
    need_left -= quantity;
    if (supply_left <= 1e-9 && ++s < p.supplies.size()) supply_left = p.supplies[s].quantity;
    if (need_left <= 1e-9 && ++n < p.needs.size()) need_left = p.needs[n].quantity;
  }
}

}  // namespace

Pegging::Pegging(const Network& network, const Plan& plan)
    : network_(network),
      plan_(plan),
      lines_by_component_(network.nodes.size()),
      lines_by_parent_(network.nodes.size()),
      transfer_children_(network.nodes.size()),
      memo_(network.nodes.size()) {
  for (std::size_t i = 0; i < network.lines.size(); ++i) {
    lines_by_component_[network.lines[i].component].push_back(i);
    lines_by_parent_[network.lines[i].parent].push_back(i);
  }
  for (std::size_t n = 0; n < network.nodes.size(); ++n) {
    const Node& node = network.nodes[n];
    if (node.replenishment == Replenishment::kTransfer && node.source >= 0) {
      transfer_children_[node.source].push_back(static_cast<int>(n));
    }
  }
}

const NodePegging& Pegging::Of(int node) {
  if (!memo_[node]) memo_[node] = Build(node);
  return *memo_[node];
}

PegElement Pegging::PlannedElement(std::size_t order) const {
  const PlannedOrder& o = plan_.orders[order];
  return {PegKind::kPlanned, o.node, static_cast<int>(order), o.period, o.quantity};
}

NodePegging Pegging::Build(int n) const {
  const Node& node = network_.nodes[n];
  const Buckets& buckets = plan_.buckets;
  NodePegging p;
  if (node.on_hand - node.allocated > 0) {
    p.supplies.push_back({PegKind::kOnHand, n, -1, -1, node.on_hand - node.allocated});
  }
  auto add = [&](std::vector<PegElement>& to, PegKind kind, int at, int index, Date date,
                 double quantity) {
    const int period = buckets.PeriodOf(date);
    if (period < buckets.size() && quantity > 0) to.push_back({kind, at, index, period, quantity});
  };
  for (std::size_t i = 0; i < node.receipts.size(); ++i) {
    add(p.supplies, PegKind::kScheduled, n, static_cast<int>(i), node.receipts[i].due,
        node.receipts[i].quantity);
  }
  for (std::size_t i = 0; i < node.firm.size(); ++i) {
    add(p.supplies, PegKind::kFirm, n, static_cast<int>(i), node.firm[i].due,
        node.firm[i].quantity);
  }
  for (auto o = plan_.node_orders[n].first; o < plan_.node_orders[n].second; ++o) {
    p.supplies.push_back(PlannedElement(o));
  }
  for (std::size_t i = 0; i < node.demand.size(); ++i) {
    add(p.needs, PegKind::kDemand, n, static_cast<int>(i), node.demand[i].date,
        node.demand[i].quantity);
  }
  for (std::size_t li : lines_by_component_[n]) {
    const BomLine& line = network_.lines[li];
    const Node& parent = network_.nodes[line.parent];
    for (auto o = plan_.node_orders[line.parent].first; o < plan_.node_orders[line.parent].second;
         ++o) {
      const PlannedOrder& order = plan_.orders[o];
      if (!line.ValidOn(order.start)) continue;
      add(p.needs, PegKind::kPlanned, line.parent, static_cast<int>(o), order.start,
          order.release_quantity * line.PerParentUnit());
    }
    for (std::size_t f = 0; f < parent.firm.size(); ++f) {
      if (!line.ValidOn(parent.firm[f].start)) continue;
      add(p.needs, PegKind::kFirm, line.parent, static_cast<int>(f), parent.firm[f].start,
          parent.firm[f].quantity / parent.yield * line.PerParentUnit());
    }
  }
  for (int child : transfer_children_[n]) {
    for (auto o = plan_.node_orders[child].first; o < plan_.node_orders[child].second; ++o) {
      const PlannedOrder& order = plan_.orders[o];
      add(p.needs, PegKind::kPlanned, child, static_cast<int>(o), order.start,
          order.release_quantity);
    }
  }
  Match(p);
  return p;
}

PegElement Pegging::FirmElement(int node, int firm) const {
  const FirmOrder& f = network_.nodes[node].firm[firm];
  return {PegKind::kFirm, node, firm, plan_.buckets.PeriodOf(f.due), f.quantity};
}

std::vector<TraceStep> Pegging::WhatFor(PegElement supply, std::size_t max_steps) {
  truncated_ = false;
  std::vector<TraceStep> out{{0, supply}};
  Up(supply, 1.0, 0, out, max_steps);
  return out;
}

std::vector<TraceStep> Pegging::WhatFrom(PegElement order, std::size_t max_steps) {
  truncated_ = false;
  std::vector<TraceStep> out{{0, order}};
  Down(order, 1.0, 0, out, max_steps);
  return out;
}

// The needs `supply` (at supply.node) meets, each turned into the parent order's share.
void Pegging::Up(PegElement supply, double scale, int depth, std::vector<TraceStep>& out,
                 std::size_t max_steps) {
  const NodePegging& p = Of(supply.node);
  for (const Peg& peg : p.pegs) {
    if (!Same(p.supplies[peg.supply], supply)) continue;
    if (out.size() >= max_steps) return void(truncated_ = true);
    const PegElement& need = p.needs[peg.need];
    const double quantity = peg.quantity * scale;
    if (need.kind == PegKind::kDemand) {
      out.push_back({depth + 1, {need.kind, need.node, need.index, need.period, quantity}});
      continue;
    }
    // The parent order's share: the part of its requirement this supply meets.
    const double share = quantity / need.quantity;
    PegElement parent = need.kind == PegKind::kPlanned
                            ? PlannedElement(static_cast<std::size_t>(need.index))
                            : PegElement{PegKind::kFirm, need.node, need.index, need.period,
                                         network_.nodes[need.node].firm[need.index].quantity};
    const double whole = parent.quantity;
    parent.quantity = whole * share;
    out.push_back({depth + 1, parent});
    Up({parent.kind, parent.node, parent.index, parent.period, whole}, share, depth + 1, out,
       max_steps);
  }
}

// The supplies that meet the requirements `order` (at order.node) creates, and theirs.
void Pegging::Down(PegElement order, double scale, int depth, std::vector<TraceStep>& out,
                   std::size_t max_steps) {
  const Node& node = network_.nodes[order.node];
  std::vector<int> below;
  if (node.replenishment == Replenishment::kTransfer) below.push_back(node.source);
  for (std::size_t li : lines_by_parent_[order.node]) below.push_back(network_.lines[li].component);
  for (int component : below) {
    const NodePegging& p = Of(component);
    for (const Peg& peg : p.pegs) {
      const PegElement& need = p.needs[peg.need];
      if (need.kind != order.kind || need.node != order.node || need.index != order.index) {
        continue;
      }
      if (out.size() >= max_steps) return void(truncated_ = true);
      PegElement supply = p.supplies[peg.supply];
      const double whole = supply.quantity;
      supply.quantity = peg.quantity * scale;
      out.push_back({depth + 1, supply});
      if (supply.kind == PegKind::kPlanned || supply.kind == PegKind::kFirm) {
        PegElement full = supply;
        full.quantity = whole;
        Down(full, supply.quantity / whole, depth + 1, out, max_steps);
      }
    }
  }
}

}  // namespace lagom::mrp
