#include "engine/analysis/simulation.h"

#include <algorithm>
#include <cmath>

#include "engine/analysis/inventory.h"
#include "engine/analysis/lead_time.h"
#include "engine/analysis/review_policy.h"
#include "engine/plan/reorder.h"

namespace lagom::analysis {
namespace {

// What the policy orders at a review with inventory position `position`, in whole units:
// (s, S) and (R, S) through plan::DecideReorder, (s, Q) in multiples of Q.
double OrderQuantity(PolicyKind kind, const ReviewLevels& l, double position) {
  if (kind == PolicyKind::kReorderQuantity) {
    if (position > l.reorder_point || l.order_quantity <= 0) return 0.0;
    return (std::floor((l.reorder_point - position) / l.order_quantity) + 1.0) * l.order_quantity;
  }
  plan::ReorderInput in;
  in.reorder_point = l.reorder_point;
  in.order_up_to = l.order_up_to;
  in.on_hand_milli = std::llround(position * 1000.0);
  return static_cast<double>(plan::DecideReorder(in).rounded.quantity_milli) / 1000.0;
}

// The inventory at the start of the replay (see simulation.h): the orders of the past reviews
// at the first levels that are still in transit, and the rest of S on hand.
Inventory StartingInventory(const ReviewLevels& l, int lead_time, const SimulationOptions& o) {
  const int r = o.review_period, orders = lead_time / r + 1;
  const double per_order = l.demand_mean * r;
  const double pipeline = std::round(orders * per_order);
  Inventory inventory(o.shortage, std::max(0.0, std::ceil(l.order_up_to - 1e-9) - pipeline));
  for (int k = 0; k < orders; ++k) {
    const double part = std::round((k + 1) * per_order) - std::round(k * per_order);
    if (part > 0) inventory.Schedule(part, o.warmup + lead_time - k * r);
  }
  return inventory;
}

class Replay {
 public:
  Replay(const SeriesInput& input, const Configuration& c, const SimulationOptions& o,
         std::vector<PeriodRecord>* trace)
      : in_(input), c_(c), o_(o), trace_(trace), planner_(c, o, input.lead_time) {
    measures_.unit_cost = input.unit_cost;
  }

  Result<SeriesMeasures> Run() {
    const int n = static_cast<int>(in_.demand.size());
    if (n <= o_.warmup) return measures_;
    Result<ReviewLevels> first = planner_.Review(in_.demand.first(o_.warmup), o_.warmup - 1);
    if (!first) return first.error();
    inventory_ = StartingInventory(*first, in_.lead_time, o_);
    for (int t = o_.warmup; t < n; ++t) {
      PeriodRecord record = Period(t);
      const bool review = (t - o_.warmup + 1) % o_.review_period == 0;
      if (review || t == n - 1) EndCycle();
      if (review && t < n - 1) {
        if (Status ordered = Order(t, record); !ordered) return ordered.error();
      }
      if (trace_) trace_->push_back(record);
    }
    return measures_;
  }

 private:
  // Receipts and demand of period t, and what they measure.
  PeriodRecord Period(int t) {
    PeriodRecord r;
    r.period = t;
    r.received = inventory_.Receive(t);
    const double y = in_.demand[static_cast<std::size_t>(t)];
    r.demand = std::isnan(y) ? 0.0 : std::max(y, 0.0);
    const ServeOutcome out = inventory_.Serve(r.demand);
    r.served = out.served;
    r.shortage = out.shortage;
    r.on_hand = inventory_.on_hand();
    r.backorders = inventory_.backorders();
    if (!std::isnan(y)) Measure(r);
    return r;
  }

  void Measure(const PeriodRecord& r) {
    SeriesMeasures& m = measures_;
    ++m.periods;
    m.demand += r.demand;
    m.served += r.served;
    m.on_hand_total += r.on_hand;
    m.holding_cost += o_.costs.holding_rate * in_.unit_cost * r.on_hand;
    m.shortage_cost += o_.costs.shortage_cost * r.shortage;
    cycle_measured_ = true;
    if (r.shortage > 0) {
      ++m.stockout_periods;
      cycle_short_ = true;
    }
  }

  void EndCycle() {
    if (cycle_measured_) {
      ++measures_.cycles;
      if (cycle_short_) ++measures_.stockout_cycles;
    }
    cycle_measured_ = cycle_short_ = false;
  }

  // The review at the end of period t.
  Status Order(int t, PeriodRecord& record) {
    Result<ReviewLevels> levels = planner_.Review(in_.demand.first(t + 1), t);
    if (!levels) return levels.error();
    record.reviewed = true;
    record.reorder_point = levels->reorder_point;
    record.order_up_to = levels->order_up_to;
    const double quantity = OrderQuantity(c_.policy, *levels, inventory_.position());
    if (quantity <= 0) return {};
    record.ordered = quantity;
    record.arrival = t + 1 + DrawLeadTime(in_.lead_time, o_.lead_time_sd, in_.seed, t);
    inventory_.Schedule(quantity, record.arrival);
    ++measures_.orders;
    measures_.ordering_cost += o_.costs.ordering_cost;
    return {};
  }

  const SeriesInput& in_;
  const Configuration& c_;
  const SimulationOptions& o_;
  std::vector<PeriodRecord>* trace_;
  ReviewPlanner planner_;
  Inventory inventory_{ShortageKind::kBackorders, 0.0};
  SeriesMeasures measures_;
  bool cycle_measured_ = false;
  bool cycle_short_ = false;
};

}  // namespace

Result<SeriesMeasures> SimulateSeries(const SeriesInput& input, const Configuration& configuration,
                                      const SimulationOptions& options,
                                      std::vector<PeriodRecord>* trace) {
  if (Status valid = ValidateSimulation(configuration, options); !valid) return valid.error();
  if (input.lead_time < 0) return InvalidInput("lead time must be >= 0 periods");
  if (!(input.unit_cost >= 0) || !std::isfinite(input.unit_cost)) {
    return InvalidInput("unit cost must be >= 0");
  }
  return Replay(input, configuration, options, trace).Run();
}

}  // namespace lagom::analysis
