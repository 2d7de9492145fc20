#include "engine/policy/periodic.h"

#include <cmath>

#include "engine/policy/checks.h"

namespace lagom::policy {

Result<NewsvendorResult> PeriodicOrderUpTo(double holding_cost, double stockout_cost,
                                           const Distribution& per_period, double review_period,
                                           double lead_time) {
  Checks checks;
  checks.Positive(review_period, "review period").NonNegative(lead_time, "lead time");
  if (!checks.ok()) return checks.error();
  Result<NewsvendorResult> r =
      Newsvendor(holding_cost, stockout_cost, OverPeriods(per_period, review_period + lead_time));
  if (r.ok()) {
    r->explanation.method = "(R,S): S = F^-1(p / (p + h)) over demand in R + L periods";
    r->explanation.inputs.Add("review_period", review_period);
    r->explanation.inputs.Add("lead_time", lead_time);
  }
  return r;
}

Result<SsResult> PeriodicSs(double holding_cost, double stockout_cost, double fixed_cost,
                            const Distribution& per_period, double review_period,
                            double lead_time) {
  Checks checks;
  checks.Positive(review_period, "review period").NonNegative(lead_time, "lead time");
  if (per_period.discrete()) {
    checks.Require(review_period == std::floor(review_period) && lead_time == std::floor(lead_time),
                   "discrete (R,s,S) needs whole periods for the review period and lead time");
  }
  if (!checks.ok()) return checks.error();
  Result<SsResult> r = per_period.discrete()
                           ? SsExact({holding_cost, stockout_cost, fixed_cost,
                                      OverPeriods(per_period, review_period),
                                      OverPeriods(per_period, review_period + lead_time)})
                           : SsPowerApproximation(holding_cost, stockout_cost, fixed_cost,
                                                  per_period.mean * review_period,
                                                  per_period.sd() * std::sqrt(review_period),
                                                  lead_time / review_period);
  if (r.ok()) {
    r->explanation.inputs.Add("review_period", review_period);
    r->explanation.inputs.Add("lead_time", lead_time);
  }
  return r;
}

}  // namespace lagom::policy
