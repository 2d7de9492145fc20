#include "engine/policy/lot_sizing.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "engine/policy/checks.h"

namespace lagom::policy {
namespace {

Checks CheckLotInputs(const LotCosts& costs, std::span<const double> demand) {
  Checks checks;
  checks.Require(!demand.empty(), "demand must list at least one period")
      .NonNegative(demand, "demand")
      .Require(costs.ordering.size() == demand.size() && costs.holding.size() == demand.size(),
               "ordering and holding costs must list one value per demand period")
      .NonNegative(costs.ordering, "ordering cost")
      .NonNegative(costs.holding, "holding cost");
  return checks;
}

Checks CheckScalarInputs(double fixed_cost, double holding_cost, std::span<const double> demand) {
  Checks checks;
  checks.NonNegative(fixed_cost, "fixed cost")
      .NonNegative(holding_cost, "holding cost")
      .Require(!demand.empty(), "demand must list at least one period")
      .NonNegative(demand, "demand");
  return checks;
}

// Cost of a plan: K_t per positive order plus h_t per unit of end-of-period stock.
double PlanCost(const LotCosts& costs, std::span<const double> demand,
                std::span<const double> orders) {
  double stock = 0.0, cost = 0.0;
  for (std::size_t t = 0; t < demand.size(); ++t) {
    if (orders[t] > 0.0) cost += costs.ordering[t];
    stock += orders[t] - demand[t];
    cost += costs.holding[t] * stock;
  }
  return cost;
}

// A plan that orders in period `start` the demand of periods start..end-1.
void OrderBlock(std::span<const double> demand, std::size_t start, std::size_t end,
                std::vector<double>& orders) {
  orders[start] = std::accumulate(demand.begin() + static_cast<long>(start),
                                  demand.begin() + static_cast<long>(end), 0.0);
}

LotSizingResult Finish(const LotCosts& costs, std::span<const double> demand,
                       std::vector<double> orders, const char* method) {
  LotSizingResult r;
  r.cost = PlanCost(costs, demand, orders);
  r.order_quantities = std::move(orders);
  r.explanation.method = method;
  r.explanation.inputs.Add("fixed_cost", costs.ordering.front());
  r.explanation.inputs.Add("holding_cost", costs.holding.front());
  r.explanation.inputs.Add("periods", static_cast<double>(demand.size()));
  double count = 0;
  for (double q : r.order_quantities) count += q > 0.0 ? 1.0 : 0.0;
  r.explanation.steps.Add("orders", count);
  r.explanation.steps.Add("cost", r.cost);
  return r;
}

// Holding cost of carrying the demand of periods start+1..end-1 from period `start`.
class BlockHolding {
 public:
  BlockHolding(const LotCosts& costs, std::span<const double> demand, std::size_t start)
      : costs_(costs), demand_(demand), start_(start), end_(start + 1) {}
  // Extends the block by one period; returns the block's holding cost.
  double Extend() {
    carry_ += costs_.holding[end_ - 1];  // Σ h_m for m = start..end-1
    holding_ += demand_[end_] * carry_;
    ++end_;
    return holding_;
  }
  std::size_t end() const { return end_; }

 private:
  const LotCosts& costs_;
  std::span<const double> demand_;
  std::size_t start_, end_;
  double carry_ = 0.0, holding_ = 0.0;
};

// The block of an order placed in `start`: periods start..end-1 while C(T) does not rise.
std::size_t SilverMealBlockEnd(const LotCosts& costs, std::span<const double> demand,
                               std::size_t start) {
  BlockHolding block(costs, demand, start);
  double per_period = costs.ordering[start];  // C(1) = K
  while (block.end() < demand.size()) {
    const double periods = static_cast<double>(block.end() - start + 1);
    const double next = (costs.ordering[start] + block.Extend()) / periods;
    if (next > per_period) return block.end() - 1;
    per_period = next;
  }
  return block.end();
}

}  // namespace

LotCosts LotCosts::Constant(double ordering, double holding, std::size_t periods) {
  return {std::vector<double>(periods, ordering), std::vector<double>(periods, holding)};
}

Result<LotSizingResult> LotForLot(double fixed_cost, double holding_cost,
                                  std::span<const double> demand) {
  Checks checks = CheckScalarInputs(fixed_cost, holding_cost, demand);
  if (!checks.ok()) return checks.error();
  std::vector<double> orders(demand.begin(), demand.end());
  return Finish(LotCosts::Constant(fixed_cost, holding_cost, demand.size()), demand,
                std::move(orders), "lot-for-lot: Q_t = d_t");
}

Result<LotSizingResult> PeriodOfCover(double fixed_cost, double holding_cost,
                                      std::span<const double> demand, int periods) {
  Checks checks = CheckScalarInputs(fixed_cost, holding_cost, demand);
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
  LotSizingResult r =
      Finish(LotCosts::Constant(fixed_cost, holding_cost, demand.size()), demand, std::move(orders),
             "period order quantity: cover the next P periods of demand");
  r.explanation.steps.Add("periods_of_cover", periods);
  return r;
}

Result<LotSizingResult> WagnerWhitin(double fixed_cost, double holding_cost,
                                     std::span<const double> demand) {
  Checks checks = CheckScalarInputs(fixed_cost, holding_cost, demand);
  if (!checks.ok()) return checks.error();
  return WagnerWhitin(LotCosts::Constant(fixed_cost, holding_cost, demand.size()), demand);
}

Result<LotSizingResult> WagnerWhitin(const LotCosts& costs, std::span<const double> demand) {
  Checks checks = CheckLotInputs(costs, demand);
  if (!checks.ok()) return checks.error();
  const std::size_t n = demand.size();
  std::vector<double> best(n + 1, 0.0);   // best[t]: cost of periods 0..t-1
  std::vector<std::size_t> start(n + 1);  // the period of the last order in that plan
  for (std::size_t t = 1; t <= n; ++t) {
    best[t] = std::numeric_limits<double>::infinity();
    double holding = 0.0, quantity = 0.0;
    for (std::size_t j = t; j-- > 0;) {        // last order in period j covers j..t-1
      holding += costs.holding[j] * quantity;  // the later periods' demand is held in period j
      quantity += demand[j];
      const double cost = best[j] + (quantity > 0.0 ? costs.ordering[j] : 0.0) + holding;
      if (cost < best[t]) {
        best[t] = cost;
        start[t] = j;
      }
    }
  }
  std::vector<double> orders(n, 0.0);
  for (std::size_t t = n; t > 0; t = start[t]) OrderBlock(demand, start[t], t, orders);
  LotSizingResult r =
      Finish(costs, demand, std::move(orders), "Wagner-Whitin dynamic programme (exact)");
  r.explanation.steps.Add("dp_cost", best[n]);
  return r;
}

Result<LotSizingResult> SilverMeal(double fixed_cost, double holding_cost,
                                   std::span<const double> demand) {
  Checks checks = CheckScalarInputs(fixed_cost, holding_cost, demand);
  if (!checks.ok()) return checks.error();
  return SilverMeal(LotCosts::Constant(fixed_cost, holding_cost, demand.size()), demand);
}

Result<LotSizingResult> SilverMeal(const LotCosts& costs, std::span<const double> demand) {
  Checks checks = CheckLotInputs(costs, demand);
  if (!checks.ok()) return checks.error();
  std::vector<double> orders(demand.size(), 0.0);
  std::size_t t = 0;
  while (t < demand.size()) {
    if (demand[t] == 0.0) {
      ++t;
      continue;
    }
    const std::size_t end = SilverMealBlockEnd(costs, demand, t);
    OrderBlock(demand, t, end, orders);
    t = end;
  }
  return Finish(costs, demand, std::move(orders),
                "Silver-Meal: extend the order while the cost per period falls");
}

}  // namespace lagom::policy
