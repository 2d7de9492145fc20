// The fill rate of periodic review with backorders, exact for a known demand distribution
// (Johnson, Lee, Davis & Hall 1995, "Expressions for item fill rates in periodic inventory
// systems", Naval Research Logistics 42; the uniform inventory position of (R, s, nQ) from
// Hadley & Whitin 1963): every R periods the
// inventory position is raised to a level y and an order placed then arrives L periods later.
// The demand of the R periods that follow the order's arrival and finds no stock is
//   ESC(y) = E[(D_{L+R} - y)+] - E[(D_L - y)+]
// (backorders at the end of the cycle minus those at its start). In steady state y = S for
// (R, S); for (R, s, nQ) y is uniform on (s, s + Q] (whole units s+1..s+Q for discrete
// demand), and the mean over y is the second-order loss difference
//   [n2_{L+R}(s) - n2_{L+R}(s+Q) - n2_L(s) + n2_L(s+Q)] / Q.
// Fill rate = 1 - ESC / E[D_R]. Unlike the continuous-review rule ESC = n(s) - n(s+Q) with Q
// the mean demand per review (service.h), this holds for lumpy demand and for a mean demand
// per review far below one unit, where that rule overstates the fill rate. For (R, s, S) it is
// the (R, s, nQ) figure with Q = S - s: a lower bound, as raising to S leaves more stock.
// Pure functions; thread-safe.
#pragma once

#include <span>

#include "engine/policy/distribution.h"

namespace lagom::policy {

// Demand over the lead time plus one review period, over the lead time alone, and the mean
// demand of one review period. The two distributions are of the same kind (or D_L a point
// mass at 0 when L = 0).
struct PeriodicDemand {
  Distribution lead_review;
  Distribution lead;
  double review_mean = 0.0;
};

// quantity Q > 0: (R, s, nQ) with s = level; Q = 0: (R, S) with S = level. Discrete kinds
// count whole units (level floored, Q rounded to at least one). 1 when review_mean is 0.
double PeriodicFillRateAt(const PeriodicDemand& d, double level, double quantity);
// The smallest level (s, or S when quantity is 0) whose fill rate is at least beta.
// REQUIRES: 0 < beta < 1.
double PeriodicFillRatePoint(const PeriodicDemand& d, double beta, double quantity);

// The same for explicit pmfs (pmf[k] = P(D = k)) of D_{L+R} and D_L.
double PeriodicFillRateAt(std::span<const double> lead_review, std::span<const double> lead,
                          double review_mean, double level, double quantity);
double PeriodicFillRatePoint(std::span<const double> lead_review, std::span<const double> lead,
                             double review_mean, double beta, double quantity);

}  // namespace lagom::policy
