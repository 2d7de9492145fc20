// Dynamic lot sizing over a finite horizon of periods with known demand d_1..d_T
// (Snyder & Shen §3.6): lot-for-lot (JIT), period of cover (POQ) and the exact
// Wagner–Whitin dynamic programme. Costs: K per order placed, h per unit held at the end of
// a period; no backorders, zero initial stock, zero lead time (offset the result by the lead
// time to get release dates). Pure functions; they allocate the result vector.
#pragma once

#include <span>
#include <vector>

#include "core/result.h"
#include "engine/policy/explanation.h"

namespace lagom::policy {

struct LotSizingResult {
  std::vector<double> order_quantities;  // one per period; 0 = no order
  double cost = 0.0;                     // K · orders + h · Σ end-of-period stock
  Explanation explanation;
};

// Orders each period's demand in that period (no order when demand is 0).
Result<LotSizingResult> LotForLot(double fixed_cost, double holding_cost,
                                  std::span<const double> demand);

// Orders, whenever stock runs out, the demand of the next `periods` periods (>= 1). With
// periods = 0 the cover is the EOQ expressed in periods: max(1, round(sqrt(2K/(h d̄)))).
Result<LotSizingResult> PeriodOfCover(double fixed_cost, double holding_cost,
                                      std::span<const double> demand, int periods);

// Minimum-cost plan (Wagner & Whitin 1958), O(T²): F(t) = min_j F(j-1) + K·[d_j..d_t > 0]
// + h Σ_{k=j..t} (k - j) d_k.
Result<LotSizingResult> WagnerWhitin(double fixed_cost, double holding_cost,
                                     std::span<const double> demand);

}  // namespace lagom::policy
