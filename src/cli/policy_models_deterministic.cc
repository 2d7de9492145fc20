// `lagom policy` models with deterministic demand: eoq, eoq-backorders, epq,
// eoq-all-units, eoq-incremental, wagner-whitin, silver-meal, kanban. Costs per unit per time unit
// of the demand rate; `cost` excludes the purchase cost except in the discount models.
#include "cli/policy_models.h"
#include "engine/mrp/kanban.h"
#include "engine/policy/eoq.h"
#include "engine/policy/lot_sizing.h"
#include "engine/policy/quantity_discount.h"

namespace lagom::cli {

namespace {

void AddEoqOptions(CLI::App& m, PolicyArgs& a) {
  AddNumber(m, "fixed-cost", a.fixed_cost, "Cost per order (K)");
  AddNumber(m, "holding-cost", a.holding_cost, "Holding cost per unit per time unit (h)");
  AddNumber(m, "demand-rate", a.demand_rate, "Demand per time unit (lambda)");
}

Result<PolicyOutput> RunEoq(const PolicyArgs& a) {
  auto r = policy::Eoq(*a.fixed_cost, *a.holding_cost, *a.demand_rate);
  if (!r) return r.error();
  return PolicyOutput{{{"order_quantity", r->order_quantity}, {"cost", r->cost}}, r->explanation};
}

void AddBackorderOptions(CLI::App& m, PolicyArgs& a) {
  AddEoqOptions(m, a);
  AddNumber(m, "stockout-cost", a.stockout_cost, "Backorder cost per unit per time unit (p)");
}

Result<PolicyOutput> RunEoqBackorders(const PolicyArgs& a) {
  auto r =
      policy::EoqWithBackorders(*a.fixed_cost, *a.holding_cost, *a.stockout_cost, *a.demand_rate);
  if (!r) return r.error();
  return PolicyOutput{{{"order_quantity", r->order_quantity},
                       {"stockout_fraction", r->stockout_fraction},
                       {"cost", r->cost}},
                      r->explanation};
}

void AddEpqOptions(CLI::App& m, PolicyArgs& a) {
  AddEoqOptions(m, a);
  AddNumber(m, "production-rate", a.production_rate, "Production per time unit (mu > lambda)");
}

Result<PolicyOutput> RunEpq(const PolicyArgs& a) {
  auto r = policy::Epq(*a.fixed_cost, *a.holding_cost, *a.demand_rate, *a.production_rate);
  if (!r) return r.error();
  return PolicyOutput{{{"order_quantity", r->order_quantity}, {"cost", r->cost}}, r->explanation};
}

void AddDiscountOptions(CLI::App& m, PolicyArgs& a) {
  AddNumber(m, "fixed-cost", a.fixed_cost, "Cost per order (K)");
  AddNumber(m, "holding-cost-rate", a.holding_cost_rate,
            "Holding cost per time unit as a fraction of the unit cost (i)");
  AddNumber(m, "demand-rate", a.demand_rate, "Demand per time unit (lambda)");
  AddList(m, "breakpoints", a.breakpoints, "Region starts b0=0,b1,… (comma-separated)");
  AddList(m, "unit-costs", a.unit_costs, "Unit cost per region c0,c1,… (comma-separated)");
}

Result<PolicyOutput> DiscountOutput(Result<policy::DiscountResult> r) {
  if (!r) return r.error();
  return PolicyOutput{
      {{"order_quantity", r->order_quantity}, {"region", r->region}, {"cost", r->cost}},
      r->explanation};
}

Result<PolicyOutput> RunAllUnits(const PolicyArgs& a) {
  return DiscountOutput(policy::EoqAllUnits(*a.fixed_cost, *a.holding_cost_rate, *a.demand_rate,
                                            a.breakpoints, a.unit_costs));
}

Result<PolicyOutput> RunIncremental(const PolicyArgs& a) {
  return DiscountOutput(policy::EoqIncremental(*a.fixed_cost, *a.holding_cost_rate, *a.demand_rate,
                                               a.breakpoints, a.unit_costs));
}

// Dynamic lot sizing: --fixed-cost and --holding-cost take one value for every period or
// one per period (K1,K2,…), as many as --demand lists.
void AddLotSizingOptions(CLI::App& m, PolicyArgs& a) {
  AddList(m, "fixed-cost", a.fixed_costs, "Cost per order K, or K1,K2,… one per period");
  AddList(m, "holding-cost", a.holding_costs,
          "Holding cost per unit per period h, or h1,h2,… one per period");
  AddList(m, "demand", a.demand, "Demand per period d1,d2,… (comma-separated)");
}

// One value stands for every period; otherwise one value per period.
Result<policy::LotCosts> LotCostsOf(const PolicyArgs& a) {
  const std::size_t periods = a.demand.size();
  auto spread = [&](const std::vector<double>& values,
                    const char* name) -> Result<std::vector<double>> {
    if (values.size() == 1) return std::vector<double>(periods, values.front());
    if (values.size() == periods) return values;
    return InvalidInput(std::string("--") + name + " must list one value or one per period (" +
                        std::to_string(periods) + "), not " + std::to_string(values.size()));
  };
  auto ordering = spread(a.fixed_costs, "fixed-cost");
  if (!ordering) return ordering.error();
  auto holding = spread(a.holding_costs, "holding-cost");
  if (!holding) return holding.error();
  return policy::LotCosts{std::move(*ordering), std::move(*holding)};
}

Result<PolicyOutput> LotSizingOutput(Result<policy::LotSizingResult> r) {
  if (!r) return r.error();
  return PolicyOutput{{{"order_quantities", r->order_quantities}, {"cost", r->cost}},
                      r->explanation};
}

Result<PolicyOutput> RunWagnerWhitin(const PolicyArgs& a) {
  auto costs = LotCostsOf(a);
  if (!costs) return costs.error();
  return LotSizingOutput(policy::WagnerWhitin(*costs, a.demand));
}

Result<PolicyOutput> RunSilverMeal(const PolicyArgs& a) {
  auto costs = LotCostsOf(a);
  if (!costs) return costs.error();
  return LotSizingOutput(policy::SilverMeal(*costs, a.demand));
}

void AddKanbanOptions(CLI::App& m, PolicyArgs& a) {
  AddNumber(m, "demand-rate", a.demand_rate, "Demand per day (D)");
  AddNumber(m, "lead-time", a.lead_time, "Replenishment lead time in days (L)");
  AddNumber(m, "safety-factor", a.safety_factor, "Safety factor (alpha)");
  AddNumber(m, "container", a.container, "Units per container (C)");
}

Result<PolicyOutput> RunKanban(const PolicyArgs& a) {
  auto r = mrp::CountKanbanCards(*a.demand_rate, *a.lead_time, *a.safety_factor, *a.container);
  if (!r) return r.error();
  policy::Explanation why{.method = "Kanban cards: N = ceil(D L (1 + alpha) / C), at least 1"};
  why.inputs.Add("demand_rate", r->demand_per_day);
  why.inputs.Add("lead_time", r->lead_time_days);
  why.inputs.Add("safety_factor", r->safety_factor);
  why.inputs.Add("container", r->container);
  why.steps.Add("units_in_loop", r->demand_per_day * r->lead_time_days * (1 + r->safety_factor));
  why.steps.Add("cards", r->cards);
  return PolicyOutput{{{"cards", r->cards}}, why};
}

constexpr PolicyModel kModels[] = {
    {"eoq", "Economic order quantity", AddEoqOptions, RunEoq},
    {"eoq-backorders", "EOQ with planned backorders", AddBackorderOptions, RunEoqBackorders},
    {"epq", "Economic production quantity", AddEpqOptions, RunEpq},
    {"eoq-all-units", "EOQ with all-units quantity discounts", AddDiscountOptions, RunAllUnits},
    {"eoq-incremental", "EOQ with incremental quantity discounts", AddDiscountOptions,
     RunIncremental},
    {"wagner-whitin", "Wagner-Whitin dynamic lot sizing", AddLotSizingOptions, RunWagnerWhitin},
    {"silver-meal", "Silver-Meal lot sizing heuristic", AddLotSizingOptions, RunSilverMeal},
    {"kanban", "Kanban card count", AddKanbanOptions, RunKanban},
};

}  // namespace

std::span<const PolicyModel> DeterministicModels() {
  return kModels;
}

}  // namespace lagom::cli
