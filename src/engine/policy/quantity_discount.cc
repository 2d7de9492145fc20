#include "engine/policy/quantity_discount.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/policy/checks.h"

namespace lagom::policy {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

Checks CheckDiscountInputs(double fixed_cost, double rate, double demand_rate,
                           std::span<const double> breakpoints,
                           std::span<const double> unit_costs) {
  Checks checks;
  checks.Positive(fixed_cost, "fixed cost")
      .Positive(rate, "holding cost rate")
      .Positive(demand_rate, "demand rate")
      .Require(!breakpoints.empty() && breakpoints.size() == unit_costs.size(),
               "breakpoints and unit costs must be non-empty lists of the same length")
      .Require(breakpoints.empty() || breakpoints[0] == 0.0, "the first breakpoint must be 0");
  for (std::size_t j = 0; checks.ok() && j < unit_costs.size(); ++j) {
    checks.Positive(unit_costs[j], "unit cost");
    if (j == 0) continue;
    checks.Require(breakpoints[j] > breakpoints[j - 1], "breakpoints must increase")
        .Require(unit_costs[j] < unit_costs[j - 1], "unit costs must decrease");
  }
  return checks;
}

double RegionEnd(std::span<const double> breakpoints, std::size_t j) {
  return j + 1 < breakpoints.size() ? breakpoints[j + 1] : kInf;
}

void Describe(DiscountResult& r, const char* method, double fixed_cost, double rate,
              double demand_rate) {
  r.explanation.method = method;
  r.explanation.inputs.Add("fixed_cost", fixed_cost);
  r.explanation.inputs.Add("holding_cost_rate", rate);
  r.explanation.inputs.Add("demand_rate", demand_rate);
  r.explanation.steps.Add("order_quantity", r.order_quantity);
  r.explanation.steps.Add("region", r.region);
  r.explanation.steps.Add("cost", r.cost);
}

}  // namespace

Result<DiscountResult> EoqAllUnits(double fixed_cost, double holding_cost_rate, double demand_rate,
                                   std::span<const double> breakpoints,
                                   std::span<const double> unit_costs) {
  Checks checks =
      CheckDiscountInputs(fixed_cost, holding_cost_rate, demand_rate, breakpoints, unit_costs);
  if (!checks.ok()) return checks.error();
  DiscountResult best;
  best.cost = kInf;
  for (std::size_t j = 0; j < unit_costs.size(); ++j) {
    const double c = unit_costs[j];
    double q = std::sqrt(2.0 * fixed_cost * demand_rate / (holding_cost_rate * c));
    if (q >= RegionEnd(breakpoints, j)) continue;
    q = std::max(q, breakpoints[j]);
    if (q <= 0.0) continue;
    const double g = c * demand_rate + fixed_cost * demand_rate / q + holding_cost_rate * c * q / 2;
    if (g < best.cost) best = {q, static_cast<int>(j), g, {}};
  }
  Describe(best, "EOQ with all-units discounts: best of clamped per-region EOQs", fixed_cost,
           holding_cost_rate, demand_rate);
  return best;
}

Result<DiscountResult> EoqIncremental(double fixed_cost, double holding_cost_rate,
                                      double demand_rate, std::span<const double> breakpoints,
                                      std::span<const double> unit_costs) {
  Checks checks =
      CheckDiscountInputs(fixed_cost, holding_cost_rate, demand_rate, breakpoints, unit_costs);
  if (!checks.ok()) return checks.error();
  DiscountResult best;
  best.cost = kInf;
  double cost_of_breakpoint = 0.0;  // ā_j: purchase cost of b_j units
  for (std::size_t j = 0; j < unit_costs.size(); ++j) {
    if (j > 0) cost_of_breakpoint += unit_costs[j - 1] * (breakpoints[j] - breakpoints[j - 1]);
    const double c = unit_costs[j];
    const double f = cost_of_breakpoint - c * breakpoints[j];
    const double q = std::sqrt(2.0 * (fixed_cost + f) * demand_rate / (holding_cost_rate * c));
    if (q < breakpoints[j] || q >= RegionEnd(breakpoints, j) || q <= 0.0) continue;
    const double g = c * demand_rate + (fixed_cost + f) * demand_rate / q +
                     holding_cost_rate * (c * q + f) / 2.0;
    if (g < best.cost) best = {q, static_cast<int>(j), g, {}};
  }
  if (std::isinf(best.cost)) return Error{ErrorCode::kInternal, "no feasible price region"};
  Describe(best, "EOQ with incremental discounts: best feasible per-region optimum", fixed_cost,
           holding_cost_rate, demand_rate);
  return best;
}

}  // namespace lagom::policy
