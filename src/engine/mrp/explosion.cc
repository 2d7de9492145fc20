#include "engine/mrp/explosion.h"

#include <fmt/format.h>

#include <cmath>

#include "engine/mrp/low_level_code.h"
#include "engine/mrp/validate.h"

namespace lagom::mrp {

namespace {

using Grid = std::vector<std::vector<double>>;  // per node, per period

// BOM lines by parent (compressed rows).
struct LinesByParent {
  std::vector<std::size_t> offsets;
  std::vector<const BomLine*> lines;
  std::span<const BomLine* const> Of(int parent) const {
    return {lines.data() + offsets[parent], offsets[parent + 1] - offsets[parent]};
  }
};

LinesByParent IndexLines(const Network& network) {
  LinesByParent index;
  index.offsets.assign(network.nodes.size() + 1, 0);
  for (const BomLine& line : network.lines) ++index.offsets[line.parent + 1];
  for (std::size_t n = 0; n < network.nodes.size(); ++n) index.offsets[n + 1] += index.offsets[n];
  index.lines.resize(network.lines.size());
  std::vector<std::size_t> next(index.offsets.begin(), index.offsets.end() - 1);
  for (const BomLine& line : network.lines) index.lines[next[line.parent]++] = &line;
  return index;
}

std::vector<int> Sequence(const std::vector<int>& level) {
  int deepest = 0;
  for (int code : level) deepest = std::max(deepest, code);
  std::vector<std::vector<int>> by_level(static_cast<std::size_t>(deepest) + 1);
  for (std::size_t n = 0; n < level.size(); ++n) by_level[level[n]].push_back(static_cast<int>(n));
  std::vector<int> sequence;
  sequence.reserve(level.size());
  for (const auto& nodes : by_level) sequence.insert(sequence.end(), nodes.begin(), nodes.end());
  return sequence;
}

class Exploder {
 public:
  Exploder(const Network& network, const Options& options, Plan& plan)
      : network_(network),
        options_(options),
        plan_(plan),
        lines_(IndexLines(network)),
        gross_(network.nodes.size(), std::vector<double>(plan.buckets.size(), 0.0)) {}

  void AddIndependentAndFirm() {
    for (std::size_t n = 0; n < network_.nodes.size(); ++n) {
      const Node& node = network_.nodes[n];
      for (const Demand& d : node.demand) Add(static_cast<int>(n), d.date, d.quantity);
      for (const FirmOrder& f : node.firm) {
        ExplodeRelease(static_cast<int>(n), f.start, f.quantity / node.yield);
      }
    }
  }

  void PlanNode(int n) {
    const Node& node = network_.nodes[n];
    const int periods = plan_.buckets.size();
    std::vector<double> scheduled(static_cast<std::size_t>(periods), 0.0);
    for (const Receipt& r : node.receipts) AddTo(scheduled, r.due, r.quantity);
    for (const FirmOrder& f : node.firm) AddTo(scheduled, f.due, f.quantity);
    NettingInput in{gross_[n],         scheduled,         node.on_hand - node.allocated,
                    node.safety_stock, FencePeriod(node), node.lot};
    if (node.phantom) in.safety_stock = 0, in.fence = 0, in.lot = LotSizing{};
    Netted netted = Net(in);
    std::vector<double>().swap(gross_[n]);  // netted: its requirements live in the record now
    plan_.records[n] = std::move(netted.record);
    const std::size_t first = plan_.orders.size();
    for (const LotNote& note : netted.notes) AddOrder(n, note);
    plan_.node_orders[n] = {first, plan_.orders.size()};
    ReportFence(n, in.fence);
  }

 private:
  void AddTo(std::vector<double>& row, Date date, double quantity) {
    const int period = plan_.buckets.PeriodOf(date);
    if (period < plan_.buckets.size()) row[period] += quantity;
  }
  void Add(int n, Date date, double quantity) { AddTo(gross_[n], date, quantity); }

  // The components' (or the source's) requirements of `quantity` started on `start`.
  void ExplodeRelease(int n, Date start, double quantity) {
    const Node& node = network_.nodes[n];
    if (node.replenishment == Replenishment::kTransfer) return Add(node.source, start, quantity);
    if (node.replenishment != Replenishment::kMake) return;
    // Every line falls in the period the order starts in: found once, not once per line.
    const int period = plan_.buckets.PeriodOf(start);
    if (period >= plan_.buckets.size()) return;
    for (const BomLine* line : lines_.Of(n)) {
      if (line->ValidOn(start)) gross_[line->component][period] += quantity * line->PerParentUnit();
    }
  }

  int FencePeriod(const Node& node) const {
    if (node.planning_time_fence_days <= 0) return 0;
    const Date fence = options_.as_of + std::chrono::days{node.planning_time_fence_days};
    int period = 0;
    while (period < plan_.buckets.size() && plan_.buckets.due(period) < fence) ++period;
    return period;
  }

  void AddOrder(int n, const LotNote& note) {
    const Node& node = network_.nodes[n];
    PlannedOrder order;
    order.node = n;
    order.period = note.period;
    order.due = plan_.buckets.due(note.period);
    order.start = StartOf(node, order.due, options_.calendar);
    order.release_period = plan_.buckets.PeriodOf(order.start);
    order.quantity = plan_.records[n].receipts[note.period];
    order.release_quantity = order.quantity / node.yield;
    order.past_due = order.start < options_.as_of;
    order.note = note;
    plan_.records[n].releases[order.release_period] += order.release_quantity;
    ExplodeRelease(n, order.start, order.release_quantity);
    if (order.past_due && !node.phantom) ReportPastDue(order);
    plan_.orders.push_back(order);
  }

  void ReportPastDue(const PlannedOrder& order) {
    const Node& node = network_.nodes[order.node];
    plan_.exceptions.push_back(
        {order.node, ExceptionKind::kPastDue, order.due, order.quantity,
         fmt::format("the planned order of {:g} due {} should have started on {} (lead time "
                     "{:g} days): expedite it or move the requirement",
                     order.quantity, FormatDate(order.due), FormatDate(order.start),
                     node.lead_time_days)});
  }

  void ReportFence(int n, int fence) {
    const Record& r = plan_.records[n];
    double shortage = 0;
    for (int t = 0; t < fence; ++t) shortage = std::max(shortage, r.net[t]);
    if (shortage <= 0) return;
    const Node& node = network_.nodes[n];
    const Date at = fence < plan_.buckets.size() ? plan_.buckets.due(fence) : Date{};
    plan_.exceptions.push_back(
        {n, ExceptionKind::kPlanningFence, at, shortage,
         fmt::format("{:g} needed inside the planning time fence ({} days) cannot be planned "
                     "there; the first planned order at the fence covers it: expedite open "
                     "orders or firm an order",
                     shortage, node.planning_time_fence_days)});
  }

  const Network& network_;
  const Options& options_;
  Plan& plan_;
  LinesByParent lines_;
  Grid gross_;
};

}  // namespace

Date StartOf(const Node& node, Date due, const WorkCalendar& calendar) {
  if (node.phantom) return due;
  const int days = static_cast<int>(std::ceil(node.lead_time_days - 1e-9));
  if (node.replenishment == Replenishment::kMake) return calendar.SubtractWorkingDays(due, days);
  return due - std::chrono::days{days};
}

Result<Plan> Explode(const Network& network, const Options& options) {
  if (Status valid = Validate(network, options); !valid) return valid.error();
  Levels levels = LowLevelCodes(static_cast<int>(network.nodes.size()), NetworkEdges(network));
  if (!levels.cycle.empty()) {
    return Error{ErrorCode::kConstraintViolated,
                 "the bills of material form a cycle: " + CycleText(network, levels.cycle)};
  }
  Plan plan{Buckets(options.as_of, options.period, options.horizon_periods)};
  plan.level = std::move(levels.code);
  plan.sequence = Sequence(plan.level);
  plan.records.resize(network.nodes.size());
  plan.node_orders.resize(network.nodes.size());
  // At most one planned order per node and period: reserving that bound (address space, not
  // memory, until written) saves copying millions of orders as the vector grows.
  plan.orders.reserve(network.nodes.size() * static_cast<std::size_t>(plan.buckets.size()));
  Exploder exploder(network, options, plan);
  exploder.AddIndependentAndFirm();
  for (int n : plan.sequence) exploder.PlanNode(n);
  return plan;
}

}  // namespace lagom::mrp
