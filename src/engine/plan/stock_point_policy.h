// From a stock point's demand and timing to its inventory policy (safety stock, reorder
// point s, order-up-to level S) via engine/policy, with the settings in force:
//   service kind and target   cycle (α), fill-rate (β), days-of-cover, fixed
//   order rule                cover: Q = demand over cover_periods; up-to: (R,S), Q = 0;
//                             eoq: Q = √(2 K D / h); fixed: Q = fixed_quantity
//   distribution              auto (engine/policy's rule) or the one named
// Intermittent and lumpy demand with a fill-rate target and the distribution `auto` is
// Lagom's configuration for slow movers, the one `lagom simulate` measures against the
// textbook (BENCHMARKS "Simulation"): the per-period demand is the empirical distribution of
// the stock point's own non-zero demand sizes (engine/policy/empirical_demand.h) with the
// forecast's mean, and the fill rate is the exact periodic-review one
// (policy::FillRateModel::kPeriodic).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/policy_terms.h"
#include "core/result.h"
#include "engine/plan/plan_parameters.h"
#include "engine/policy/empirical_demand.h"
#include "engine/policy/stock_point.h"

namespace lagom::plan {

// Demand per period and the time it must be covered for, in periods.
struct DemandAndTiming {
  double mean = 0;
  double variance = 0;
  double lead_time = 0;  // until an order placed now arrives
  double lead_time_sd = 0;
  double review = 0;  // until the next chance to order
  // Non-empty: the demand is intermittent or lumpy and this is its history, oldest first.
  std::span<const double> intermittent_history;
};

struct StockPointPolicyResult {
  // The engine's input; its demand_pmf is empty (the pmf used, if any, is `empirical`'s).
  policy::StockPointInput input;
  policy::EmpiricalDemand empirical;
  policy::StockPointPolicy policy;
  std::string order_rule_note;  // e.g. "cover 1 periods", "EOQ (K 25, h 0.0048/period)"
  std::string summary;          // e.g. "fill-rate 0.95, normal"
};

// InvalidInput when the policy engine refuses the settings (e.g. a target out of range).
Result<StockPointPolicyResult> ComputePolicy(const PolicySettings& settings,
                                             std::int64_t unit_cost_raw,
                                             const DemandAndTiming& demand,
                                             const PlanParameters& parameters);

}  // namespace lagom::plan
