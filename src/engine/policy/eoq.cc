#include "engine/policy/eoq.h"

#include <cmath>

#include "engine/policy/checks.h"

namespace lagom::policy {
namespace {

Checks CheckEoqInputs(double fixed_cost, double holding_cost, double demand_rate) {
  Checks checks;
  checks.NonNegative(fixed_cost, "fixed cost")
      .Positive(holding_cost, "holding cost")
      .NonNegative(demand_rate, "demand rate");
  return checks;
}

// EOQ with holding cost h' = h·factor (factor = 1 - λ/μ for the EPQ).
EoqResult EoqCore(double fixed_cost, double holding_cost, double demand_rate, double factor) {
  EoqResult r;
  const double effective_h = holding_cost * factor;
  r.order_quantity = std::sqrt(2.0 * fixed_cost * demand_rate / effective_h);
  r.cost = std::sqrt(2.0 * fixed_cost * demand_rate * effective_h);
  r.explanation.inputs.Add("fixed_cost", fixed_cost);
  r.explanation.inputs.Add("holding_cost", holding_cost);
  r.explanation.inputs.Add("demand_rate", demand_rate);
  r.explanation.steps.Add("order_quantity", r.order_quantity);
  r.explanation.steps.Add("orders_per_time_unit", demand_rate / r.order_quantity);
  r.explanation.steps.Add("cost", r.cost);
  return r;
}

}  // namespace

Result<EoqResult> Eoq(double fixed_cost, double holding_cost, double demand_rate) {
  Checks checks = CheckEoqInputs(fixed_cost, holding_cost, demand_rate);
  if (!checks.ok()) return checks.error();
  EoqResult r = EoqCore(fixed_cost, holding_cost, demand_rate, 1.0);
  r.explanation.method = "EOQ (Harris 1913): Q* = sqrt(2 K lambda / h), g* = sqrt(2 K lambda h)";
  return r;
}

Result<EoqResult> Epq(double fixed_cost, double holding_cost, double demand_rate,
                      double production_rate) {
  Checks checks = CheckEoqInputs(fixed_cost, holding_cost, demand_rate);
  checks.Positive(production_rate, "production rate")
      .Require(production_rate > demand_rate, "production rate must exceed the demand rate");
  if (!checks.ok()) return checks.error();
  const double factor = 1.0 - demand_rate / production_rate;
  EoqResult r = EoqCore(fixed_cost, holding_cost, demand_rate, factor);
  r.explanation.method =
      "EPQ: Q* = sqrt(2 K lambda / (h (1 - lambda/mu))), g* = sqrt(2 K lambda h (1 - lambda/mu))";
  r.explanation.inputs.Add("production_rate", production_rate);
  r.explanation.steps.Add("one_minus_rho", factor);
  return r;
}

Result<EoqBackorderResult> EoqWithBackorders(double fixed_cost, double holding_cost,
                                             double stockout_cost, double demand_rate) {
  Checks checks = CheckEoqInputs(fixed_cost, holding_cost, demand_rate);
  checks.Positive(stockout_cost, "stockout cost");
  if (!checks.ok()) return checks.error();
  const double h = holding_cost, p = stockout_cost;
  EoqBackorderResult r;
  r.order_quantity = std::sqrt(2.0 * fixed_cost * demand_rate * (h + p) / (h * p));
  r.stockout_fraction = h / (h + p);
  r.cost = std::sqrt(2.0 * fixed_cost * demand_rate * h * p / (h + p));
  Explanation& e = r.explanation;
  e.method = "EOQ with planned backorders: Q* = sqrt(2 K lambda (h+p)/(h p)), x* = h/(h+p)";
  e.inputs.Add("fixed_cost", fixed_cost);
  e.inputs.Add("holding_cost", h);
  e.inputs.Add("stockout_cost", p);
  e.inputs.Add("demand_rate", demand_rate);
  e.steps.Add("order_quantity", r.order_quantity);
  e.steps.Add("stockout_fraction", r.stockout_fraction);
  e.steps.Add("max_backorder", r.stockout_fraction * r.order_quantity);
  e.steps.Add("cost", r.cost);
  return r;
}

}  // namespace lagom::policy
