// The inventory policy of one stock point (item @ location) for the planning run: from the
// demand forecast and its uncertainty, the lead time and the review period to a safety stock,
// a reorder point and an order-up-to level that meet a service target — with the numbers
// that explain them.
//
// Units: quantities in the item's base unit; time in planning periods (days, weeks …, the
// same period for demand, lead time and review period).
//
// Policy shapes:
//   review_period = 0          continuous review (s, Q): reorder point s protects the lead
//                              time; order-up-to level S = s + Q (min/max: min = s, max = S).
//   review_period > 0, Q > 0   periodic (R, s, Q): s protects R + L; S = s + Q.
//   review_period > 0, Q = 0   periodic (R, S): S protects R + L; reorder point reported = S.
// Protection interval T = L + R; safety stock = (s or S) - mean demand over T.
//
// Thread-safety: pure function, re-entrant; the closed-form distributions allocate nothing
// (the explicit-pmf path allocates its convolution). Deterministic.
#pragma once

#include <optional>
#include <span>

#include "core/policy_terms.h"
#include "core/result.h"
#include "engine/policy/distribution.h"
#include "engine/policy/explanation.h"

namespace lagom::policy {

// The service kinds and their names are core vocabulary (core/policy_terms.h).
using ServiceKind = lagom::ServiceKind;

// How a fill-rate target is met under periodic review (review_period > 0):
//   kCycleQuantity  the continuous-review rule of service.h, ESC = n(s) - n(s + Q) over
//                   D_{L+R} with Q the order quantity or the mean demand per review;
//   kPeriodic       exact for periodic review with backorders (periodic_fill_rate.h): right for
//                   lumpy demand and for less than a unit of demand per review, where the
//                   cycle-quantity rule overstates the fill rate.
// Continuous review (review_period = 0) always uses the cycle-quantity rule.
enum class FillRateModel { kCycleQuantity, kPeriodic };

struct ServiceTarget {
  ServiceKind kind = ServiceKind::kCycleService;
  double value = 0.95;
};

struct StockPointInput {
  double demand_mean = 0.0;      // per period (forecast), >= 0
  double demand_variance = 0.0;  // per period: demand-history variance or forecast MSE
  // Optional per-period demand pmf (pmf[k] = P(D = k)); when given it replaces the moments
  // and the distribution choice (mean/variance are then derived from it).
  std::span<const double> demand_pmf{};
  double lead_time_mean = 0.0;       // periods, >= 0
  double lead_time_sd = 0.0;         // periods, >= 0
  double review_period = 0.0;        // periods, >= 0; 0 = continuous review
  double order_quantity = 0.0;       // units, >= 0; 0 = mean demand per review (or per period)
  double sd_horizon_exponent = 0.5;  // c in σ_T = T^c σ (0.5 independent; up to 1)
  ServiceTarget target;
  std::optional<DistributionKind> distribution;  // empty = ChooseDistribution's rule
  bool allow_negative_safety_stock = false;      // else s is raised to the mean over T
  FillRateModel fill_rate_model = FillRateModel::kCycleQuantity;
};

struct StockPointPolicy {
  double safety_stock = 0.0;
  double reorder_point = 0.0;      // s (integer for discrete demand)
  double order_up_to_level = 0.0;  // S
  double achieved_cycle_service = 0.0;
  double achieved_fill_rate = 0.0;
  double achieved_service = 0.0;  // the one the target names (fill rate for cover/fixed)
  DistributionKind distribution = DistributionKind::kNormal;  // unused for an explicit pmf
  bool from_pmf = false;
  Explanation explanation;  // inputs, protection mean/sd, z, expected shortage per cycle …
};

// REQUIRES (else InvalidInput): finite non-negative inputs; α, β strictly inside (0, 1);
// a non-empty, non-negative pmf summing to ~1 when given.
Result<StockPointPolicy> ComputeStockPointPolicy(const StockPointInput& input);

}  // namespace lagom::policy
