#include "app/plan_budgets.h"

#include <fmt/format.h>

#include <vector>

#include "core/money.h"
#include "engine/plan/budget.h"
#include "engine/plan/supplier_order.h"

namespace lagom::app {

namespace {

std::string Amount(std::int64_t raw) {
  return fmt::format("{:.2f}", Money::FromRaw(raw).ToDouble());
}

bool InScope(const store::BudgetRecord& budget, const store::StockPointData& point,
             const store::PlanningData& data) {
  if (budget.scope == "company") return true;
  if (budget.scope == "group") return point.item_group == budget.key;
  return data.suppliers.at(point.supply->supplier_id).code == budget.key;
}

// What a unit sells for (its cost when no price is known), in currency units.
double SalesValue(const store::StockPointData& point) {
  return static_cast<double>(point.price_raw > 0 ? point.price_raw : point.unit_cost_raw) / 10000.0;
}

// How much more a unit of sales protected counts by ABC class (the first letter of a
// two-dimension class): A 3, B 2, C 1; new, dead and unclassified items 1.
double ClassWeight(const std::string& abc_class) {
  if (abc_class.empty()) return 1.0;
  switch (abc_class.front()) {
    case 'A':
      return 3.0;
    case 'B':
      return 2.0;
    default:
      return 1.0;
  }
}

std::string ClassNote(const std::string& abc_class) {
  return abc_class.empty() ? "" : ", class " + abc_class;
}

void Apply(const store::BudgetRecord& budget, const store::PlanningData& data,
           std::span<plan::StockPointPlan> plans, Date as_of) {
  std::vector<std::size_t> members;
  std::vector<plan::BudgetCandidate> candidates;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const store::StockPointData& point = data.stock_points[i];
    plan::StockPointPlan& p = plans[i];
    bool purchase = point.supply && !point.source_location_id && p.error.empty();
    if (!purchase || p.line.quantity_milli <= 0 || p.line.held || !InScope(budget, point, data)) {
      continue;
    }
    std::int64_t value = plan::OrderValueRaw(std::span<const plan::OrderLine>(&p.line, 1));
    members.push_back(i);
    double ordered = static_cast<double>(p.line.quantity_milli) / 1000.0;
    candidates.push_back({value, plan::BudgetPriority(p.expected_short, ordered, SalesValue(point),
                                                      ClassWeight(point.abc_class), value)});
  }
  std::int64_t available = std::max<std::int64_t>(budget.amount_raw - budget.spent_raw, 0);
  std::vector<bool> kept = plan::AllocateBudget(candidates, available);
  std::string name = budget.scope == "company"
                         ? "the company budget"
                         : fmt::format("the {} budget '{}'", budget.scope, budget.key);
  for (std::size_t k = 0; k < members.size(); ++k) {
    if (kept[k]) continue;
    plan::StockPointPlan& p = plans[members[k]];
    p.line.held = true;
    p.state = MoreTelling(p.state, ProposalState::kDeferredBudget);
    p.hold_reason = fmt::format(
        "deferred: {} for {} ({} of {} left after {} already ordered) goes first to "
        "proposals that protect more sales per unit of money (this one: {:.1f} units expected "
        "short, stock-out risk {:.2f}{}, {:.3g} of sales protected per unit spent)",
        name, FormatDate(as_of).substr(0, 7), Amount(available), Amount(budget.amount_raw),
        Amount(budget.spent_raw), p.expected_short, p.stockout_risk,
        ClassNote(data.stock_points[members[k]].abc_class), candidates[k].priority);
  }
}

}  // namespace

void ApplyBudgets(const store::PlanningData& data, std::span<plan::StockPointPlan> plans,
                  Date as_of) {
  for (const char* scope : {"supplier", "group", "company"}) {
    for (const store::BudgetRecord& budget : data.budgets) {
      if (budget.scope == scope) Apply(budget, data, plans, as_of);
    }
  }
}

}  // namespace lagom::app
