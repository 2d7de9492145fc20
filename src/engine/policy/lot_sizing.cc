#include "engine/policy/lot_sizing.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "engine/policy/checks.h"

namespace lagom::policy {
namespace {

Checks CheckLotInputs(double fixed_cost, double holding_cost, std::span<const double> demand) {
  Checks checks;
  checks.NonNegative(fixed_cost, "fixed cost")
      .NonNegative(holding_cost, "holding cost")
      .Require(!demand.empty(), "demand must list at least one period")
      .NonNegative(demand, "demand");
  return checks;
}

// Cost of a plan: K per positive order plus h per unit of end-of-period stock.
double PlanCost(double fixed_cost, double holding_cost, std::span<const double> demand,
                std::span<const double> orders) {
  double stock = 0.0, cost = 0.0;
  for (std::size_t t = 0; t < demand.size(); ++t) {
    if (orders[t] > 0.0) cost += fixed_cost;
    stock += orders[t] - demand[t];
    cost += holding_cost * stock;
  }
  return cost;
}

// A plan that orders in period `start` the demand of periods start..end-1.
void OrderBlock(std::span<const double> demand, std::size_t start, std::size_t end,
                std::vector<double>& orders) {
  orders[start] = std::accumulate(demand.begin() + static_cast<long>(start),
                                  demand.begin() + static_cast<long>(end), 0.0);
}

LotSizingResult Finish(double fixed_cost, double holding_cost, std::span<const double> demand,
                       std::vector<double> orders, const char* method) {
  LotSizingResult r;
  r.cost = PlanCost(fixed_cost, holding_cost, demand, orders);
  r.order_quantities = std::move(orders);
  r.explanation.method = method;
  r.explanation.inputs.Add("fixed_cost", fixed_cost);
  r.explanation.inputs.Add("holding_cost", holding_cost);
  r.explanation.inputs.Add("periods", static_cast<double>(demand.size()));
  double count = 0;
  for (double q : r.order_quantities) count += q > 0.0 ? 1.0 : 0.0;
  r.explanation.steps.Add("orders", count);
  r.explanation.steps.Add("cost", r.cost);
  return r;
}

}  // namespace

Result<LotSizingResult> LotForLot(double fixed_cost, double holding_cost,
                                  std::span<const double> demand) {
  Checks checks = CheckLotInputs(fixed_cost, holding_cost, demand);
  if (!checks.ok()) return checks.error();
  std::vector<double> orders(demand.begin(), demand.end());
  return Finish(fixed_cost, holding_cost, demand, std::move(orders), "lot-for-lot: Q_t = d_t");
}

Result<LotSizingResult> PeriodOfCover(double fixed_cost, double holding_cost,
                                      std::span<const double> demand, int periods) {
  Checks checks = CheckLotInputs(fixed_cost, holding_cost, demand);
  checks.Require(periods >= 0, "periods of cover must be >= 0");
  if (!checks.ok()) return checks.error();
  if (periods == 0) {
    const double mean =
        std::accumulate(demand.begin(), demand.end(), 0.0) / static_cast<double>(demand.size());
    const double cover = mean * holding_cost > 0.0
                             ? std::round(std::sqrt(2.0 * fixed_cost / (holding_cost * mean)))
                             : 1.0;
    periods = static_cast<int>(std::max(1.0, std::min(cover, 1e6)));
  }
  std::vector<double> orders(demand.size(), 0.0);
  std::size_t t = 0;
  while (t < demand.size()) {
    if (demand[t] == 0.0) {
      ++t;
      continue;
    }
    const std::size_t end = std::min(demand.size(), t + static_cast<std::size_t>(periods));
    OrderBlock(demand, t, end, orders);
    t = end;
  }
  LotSizingResult r = Finish(fixed_cost, holding_cost, demand, std::move(orders),
                             "period order quantity: cover the next P periods of demand");
  r.explanation.steps.Add("periods_of_cover", periods);
  return r;
}

Result<LotSizingResult> WagnerWhitin(double fixed_cost, double holding_cost,
                                     std::span<const double> demand) {
  Checks checks = CheckLotInputs(fixed_cost, holding_cost, demand);
  if (!checks.ok()) return checks.error();
  const std::size_t n = demand.size();
  std::vector<double> best(n + 1, 0.0);   // best[t]: cost of periods 0..t-1
  std::vector<std::size_t> start(n + 1);  // the period of the last order in that plan
  for (std::size_t t = 1; t <= n; ++t) {
    best[t] = std::numeric_limits<double>::infinity();
    double holding = 0.0, quantity = 0.0;
    for (std::size_t j = t; j-- > 0;) {    // last order in period j covers j..t-1
      holding += holding_cost * quantity;  // the later periods' demand is held one more period
      quantity += demand[j];
      const double cost = best[j] + (quantity > 0.0 ? fixed_cost : 0.0) + holding;
      if (cost < best[t]) {
        best[t] = cost;
        start[t] = j;
      }
    }
  }
  std::vector<double> orders(n, 0.0);
  for (std::size_t t = n; t > 0; t = start[t]) OrderBlock(demand, start[t], t, orders);
  LotSizingResult r = Finish(fixed_cost, holding_cost, demand, std::move(orders),
                             "Wagner-Whitin dynamic programme (exact)");
  r.explanation.steps.Add("dp_cost", best[n]);
  return r;
}

}  // namespace lagom::policy
