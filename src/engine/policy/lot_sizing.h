// Dynamic lot sizing over a finite horizon of periods with known demand d_1..d_T
// (Snyder & Shen §3.6; Silver, Pyke & Thomas §6): lot-for-lot (JIT), period of cover (POQ),
// the exact Wagner–Whitin dynamic programme and the Silver–Meal heuristic. Costs: K_t per
// order placed in period t, h_t per unit held at the end of period t (the scalar forms use one
// K and one h for every period); no backorders, zero initial stock, zero lead time (offset the
// result by the lead time to get release dates). Pure functions; they allocate the result.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "core/result.h"
#include "engine/policy/explanation.h"

namespace lagom::policy {

struct LotSizingResult {
  std::vector<double> order_quantities;  // one per period; 0 = no order
  double cost = 0.0;                     // Σ K_t over orders + Σ h_t · end-of-period stock
  Explanation explanation;
};

// Costs that may change from period to period (a setup cost that rises in a busy season, a
// holding cost that follows the cost of capital). REQUIRES for the functions below: as many
// entries as demand periods, each finite and >= 0 (checked: InvalidInput otherwise).
struct LotCosts {
  std::vector<double> ordering;  // K_t, currency per order placed in period t
  std::vector<double> holding;   // h_t, currency per unit held at the end of period t
  static LotCosts Constant(double ordering, double holding, std::size_t periods);
};

// Orders each period's demand in that period (no order when demand is 0).
Result<LotSizingResult> LotForLot(double fixed_cost, double holding_cost,
                                  std::span<const double> demand);

// Orders, whenever stock runs out, the demand of the next `periods` periods (>= 1). With
// periods = 0 the cover is the EOQ expressed in periods: max(1, round(sqrt(2K/(h d̄)))).
Result<LotSizingResult> PeriodOfCover(double fixed_cost, double holding_cost,
                                      std::span<const double> demand, int periods);

// Minimum-cost plan (Wagner & Whitin 1958), O(T²): F(t) = min_j F(j-1) + K_j·[d_j..d_t > 0]
// + Σ_{k=j..t} d_k Σ_{m=j..k-1} h_m.
Result<LotSizingResult> WagnerWhitin(double fixed_cost, double holding_cost,
                                     std::span<const double> demand);
Result<LotSizingResult> WagnerWhitin(const LotCosts& costs, std::span<const double> demand);

// Silver & Meal (1973): an order placed in the first period with demand covers the next T
// periods while the cost per period C(T) = (K_i + Σ_{k=i+1..i+T-1} d_k Σ_{m=i..k-1} h_m) / T
// does not rise; the next order starts where it would. A heuristic: O(T²) at worst.
Result<LotSizingResult> SilverMeal(double fixed_cost, double holding_cost,
                                   std::span<const double> demand);
Result<LotSizingResult> SilverMeal(const LotCosts& costs, std::span<const double> demand);

}  // namespace lagom::policy
