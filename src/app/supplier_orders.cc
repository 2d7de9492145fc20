#include "app/supplier_orders.h"

#include <fmt/format.h>
#include <tbb/parallel_for.h>

#include <map>
#include <vector>

#include "core/money.h"
#include "engine/plan/container.h"
#include "engine/plan/container_milp.h"
#include "engine/plan/supplier_order.h"

namespace lagom::app {

namespace {

std::string Amount(std::int64_t raw) {
  return fmt::format("{:.2f}", Money::FromRaw(raw).ToDouble());
}
std::string Units(std::int64_t milli) {
  return Quantity::FromRaw(milli).ToString();
}

// One supplier's order: the plans it covers and their lines, worked on together.
struct SupplierOrder {
  const store::SupplierOrderRules* rules = nullptr;
  std::vector<plan::StockPointPlan*> plans;
  std::vector<plan::OrderLine> lines;

  // Notes, on each line brought forward since `before`, why, and marks it `state`.
  void NoteAdded(const std::vector<plan::OrderLine>& before, const std::string& why,
                 ProposalState state = ProposalState::kBroughtForward) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::int64_t added = lines[i].quantity_milli - before[i].quantity_milli;
      if (added <= 0) continue;
      plans[i]->state = MoreTelling(plans[i]->state, state);
      std::string& notes = plans[i]->adjustments;
      notes += (notes.empty() ? "" : "; ") + fmt::format("+{} {}", Units(added), why);
    }
  }
};

void ApplyMinimum(SupplierOrder& order) {
  const store::SupplierOrderRules& r = *order.rules;
  if (r.min_order_value_raw <= 0) return;
  auto before = order.lines;
  auto policy =
      r.below_minimum == "hold" ? plan::BelowMinimum::kHold : plan::BelowMinimum::kSurpass;
  plan::MinimumOrderOutcome out =
      plan::ApplyMinimumOrderValue(order.lines, r.min_order_value_raw, policy);
  if (out.surpassed) {
    order.NoteAdded(before, fmt::format("brought forward to reach {}'s minimum order value {} "
                                        "(order {} → {})",
                                        r.code, Amount(r.min_order_value_raw),
                                        Amount(out.value_before_raw), Amount(out.value_after_raw)));
  }
  if (!out.held) return;
  for (std::size_t i = 0; i < order.lines.size(); ++i) {
    if (!order.lines[i].held) continue;
    order.plans[i]->state = MoreTelling(order.plans[i]->state, ProposalState::kHeldBelowMinimum);
    order.plans[i]->hold_reason = fmt::format(
        "held: the order to {} totals {}, below its minimum order value {}{}", r.code,
        Amount(out.value_before_raw), Amount(r.min_order_value_raw),
        policy == plan::BelowMinimum::kHold ? "" : " (too little can be brought forward)");
  }
}

void ApplyFreeFreight(SupplierOrder& order, const plan::PlanParameters& settings) {
  const store::SupplierOrderRules& r = *order.rules;
  auto before = order.lines;
  plan::FreeFreightOutcome out =
      plan::ApplyFreeFreight(order.lines, r.free_freight_raw, settings.free_freight_top_up);
  if (out.topped_up) {
    order.NoteAdded(before, fmt::format("brought forward to reach free freight {} (order {} → {})",
                                        Amount(r.free_freight_raw), Amount(out.value_before_raw),
                                        Amount(out.value_after_raw)));
  }
}

// Fills with the optimal MILP when asked (falling back to the greedy fill if it fails).
plan::ContainerFill Fill(SupplierOrder& order, const plan::ContainerSpec& spec) {
  if (order.rules->container_fill == "optimal") {
    int containers = plan::ContainersNeeded(plan::LoadOf(order.lines), spec);
    auto optimum = plan::SolveOptimalFill(order.lines, spec, containers);
    if (optimum) {
      plan::ContainerFill fill{containers,
                               plan::FillRatio(plan::LoadOf(order.lines), spec, containers), 0, 0};
      for (std::size_t i = 0; i < order.lines.size(); ++i) {
        order.lines[i].quantity_milli += optimum->packs_added[i] * order.lines[i].pack_milli;
        order.lines[i].brought_forward_milli += optimum->packs_added[i] * order.lines[i].pack_milli;
        fill.packs_added += optimum->packs_added[i];
      }
      fill.fill_after = plan::FillRatio(plan::LoadOf(order.lines), spec, containers);
      return fill;
    }
  }
  return plan::FillContainers(order.lines, spec);
}

// The fill reaches the capacity of N containers in total, but whole packs may not split into
// N. Gives back brought-forward packs, the most covered line first, as many as the overflow
// beyond N containers holds, until the split fits (a few rounds at most).
void TrimToContainers(SupplierOrder& order, const plan::ContainerSpec& spec, int containers) {
  for (int round = 0; round < 10; ++round) {
    auto split = plan::SplitIntoContainers(order.lines, spec);
    if (static_cast<int>(split.size()) <= containers) return;
    double overflow = 0;
    for (std::size_t c = static_cast<std::size_t>(containers); c < split.size(); ++c) {
      for (const auto& part : split[c]) {
        overflow +=
            static_cast<double>(part.quantity_milli) / 1000.0 * order.lines[part.line].volume_m3;
      }
    }
    while (overflow > 0) {
      plan::OrderLine* giver = nullptr;
      for (auto& line : order.lines) {
        if (line.brought_forward_milli >= line.pack_milli &&
            (!giver || plan::CoverDays(line) > plan::CoverDays(*giver))) {
          giver = &line;
        }
      }
      if (!giver) return;
      giver->quantity_milli -= giver->pack_milli;
      giver->brought_forward_milli -= giver->pack_milli;
      overflow -=
          static_cast<double>(giver->pack_milli) / 1000.0 * std::max(giver->volume_m3, 1e-9);
    }
  }
}

void LabelContainers(SupplierOrder& order, const plan::ContainerSpec& spec) {
  auto containers = plan::SplitIntoContainers(order.lines, spec);
  std::vector<std::pair<int, int>> span(order.lines.size(), {0, 0});
  for (std::size_t c = 0; c < containers.size(); ++c) {
    for (const auto& part : containers[c]) {
      auto& [first, last] = span[part.line];
      if (first == 0) first = static_cast<int>(c) + 1;
      last = static_cast<int>(c) + 1;
    }
  }
  for (std::size_t i = 0; i < order.lines.size(); ++i) {
    auto [first, last] = span[i];
    if (first == 0) continue;
    order.plans[i]->container =
        (first == last ? std::to_string(first) : fmt::format("{}-{}", first, last)) + "/" +
        std::to_string(containers.size());
  }
}

void ApplyContainers(SupplierOrder& order) {
  const store::SupplierOrderRules& r = *order.rules;
  plan::ContainerSpec spec{r.container_volume_m3, r.container_weight_kg, r.container_pallets};
  if (spec.volume_m3 <= 0 && spec.weight_kg <= 0 && spec.pallets <= 0) return;
  if (r.container_fill != "none") {
    auto before = order.lines;
    plan::ContainerFill fill = Fill(order, spec);
    TrimToContainers(order, spec, fill.containers);
    fill.fill_after = plan::FillRatio(plan::LoadOf(order.lines), spec, fill.containers);
    if (fill.packs_added > 0) {
      order.NoteAdded(before,
                      fmt::format("brought forward to fill {} container(s) ({:.0f}% → "
                                  "{:.0f}%, {} fill)",
                                  fill.containers, 100 * fill.fill_before, 100 * fill.fill_after,
                                  r.container_fill),
                      ProposalState::kContainerFill);
    }
  }
  LabelContainers(order, spec);
}

void Process(SupplierOrder& order, const plan::PlanParameters& settings) {
  bool ordering = false;
  for (const auto& line : order.lines) ordering = ordering || line.quantity_milli > 0;
  if (!ordering) return;  // nothing needs ordering: nothing is brought forward either
  ApplyMinimum(order);
  if (plan::OrderValueRaw(order.lines) > 0) {
    ApplyFreeFreight(order, settings);
    ApplyContainers(order);
  }
  for (std::size_t i = 0; i < order.lines.size(); ++i) order.plans[i]->line = order.lines[i];
}

}  // namespace

void ApplySupplierOrderRules(const store::PlanningData& data,
                             const plan::PlanParameters& parameters,
                             std::span<plan::StockPointPlan> plans) {
  std::map<std::int64_t, SupplierOrder> orders;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const store::StockPointData& point = data.stock_points[i];
    if (!plans[i].error.empty() || !point.supply || point.source_location_id) continue;
    auto rules = data.suppliers.find(point.supply->supplier_id);
    if (rules == data.suppliers.end()) continue;
    SupplierOrder& order = orders[point.supply->supplier_id];
    order.rules = &rules->second;
    order.plans.push_back(&plans[i]);
    order.lines.push_back(plans[i].line);
  }
  std::vector<SupplierOrder*> work;
  for (auto& [id, order] : orders) work.push_back(&order);
  tbb::parallel_for(std::size_t{0}, work.size(),
                    [&](std::size_t i) { Process(*work[i], parameters); });
}

}  // namespace lagom::app
