// First-order information for fitting an ETS model: one pass of the recursion that carries the
// derivatives of every state with respect to every parameter (smoothing parameters and free
// initial states) and returns the criterion written as a sum of squares S, its gradient J'r
// and the Gauss–Newton matrix J'J.
//
// Additive errors: r_t = y_t - mu_t. Multiplicative errors: r_t = G (y_t - mu_t) / mu_t with
// G the geometric mean of |mu_t|, so that n log S equals R's criterion
// n log(sum e_t^2) + 2 sum log|mu_t| exactly.
// Not thread-safe: one instance per thread; reuses its buffers.
#pragma once

#include <span>
#include <vector>

#include "engine/forecast/ets_spec.h"

namespace lagom::forecast {

struct EtsLinearization {
  double sum_squares = 0.0;      // S; +inf when the pass is not defined
  std::vector<double> gradient;  // J'r, size P
  std::vector<double> hessian;   // J'J, P x P row-major
};

class EtsGradient {
 public:
  // par: [alpha, beta?, gamma?, phi?, level, trend?, s_0 .. s_-(m-2)] (ets_init.h layout).
  // REQUIRES: no NaN in y; y non-empty.
  void Linearize(const EtsSpec& spec, std::span<const double> par, std::span<const double> y,
                 EtsLinearization& out);

 private:
  template <TrendType kTrend, SeasonType kSeason, ErrorType kError>
  void Pass(const EtsSpec& spec, std::span<const double> par, std::span<const double> y,
            EtsLinearization& out);

  std::vector<double> rows_;  // d state / d par, one row of P per state component
  std::vector<double> seasons_, dq_, dmu_, a_sum_, ca_sum_;
};

}  // namespace lagom::forecast
