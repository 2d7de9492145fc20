// Reorder points that meet a service target for a given distribution of demand over the
// protection interval (Silver, Pyke & Thomas ch. 6; Axsäter ch. 5).
//   Cycle service α: probability of no stock-out in a replenishment cycle; the smallest s
//     with F(s) >= α (s = μ + σΦ⁻¹(α) for normal demand).
//   Fill rate β: share of demand met from stock. With cycle quantity Q (the order quantity,
//     or the mean demand per review), the expected shortage per cycle is
//     ESC(s) = n(s) - n(s + Q) (backorders; the second term removes shortage already counted
//     in the previous cycle) and β(s) = 1 - ESC(s)/Q; the smallest s with β(s) >= β.
// Discrete demand gives integer s (Q is rounded to a whole number >= 1). Pure functions,
// thread-safe; the Distribution forms allocate nothing.
#pragma once

#include <span>

#include "engine/policy/distribution.h"

namespace lagom::policy {

// REQUIRES: 0 < alpha < 1.
double CycleServicePoint(const Distribution& d, double alpha);
// P(D <= s), the cycle service level achieved by reorder point s.
double CycleServiceAt(const Distribution& d, double reorder_point);
// REQUIRES: 0 < beta < 1, quantity > 0.
double FillRatePoint(const Distribution& d, double beta, double quantity);
double FillRateAt(const Distribution& d, double reorder_point, double quantity);

// The same for an explicit pmf over the protection interval (pmf[k] = P(D = k)); O(size).
double CycleServicePoint(std::span<const double> pmf, double alpha);
double CycleServiceAt(std::span<const double> pmf, double reorder_point);
double FillRatePoint(std::span<const double> pmf, double beta, double quantity);
double FillRateAt(std::span<const double> pmf, double reorder_point, double quantity);

}  // namespace lagom::policy
