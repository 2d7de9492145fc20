// Small deterministic numeric solvers shared by the policy models (internal to
// engine/policy). Header-only templates; no allocation.
#pragma once

#include <cmath>

namespace lagom::policy::detail {

// Bisection root of a decreasing function f on [lo, hi] with f(lo) >= 0 >= f(hi).
template <class F>
double DecreasingRoot(F f, double lo, double hi) {
  for (int i = 0; i < 200 && hi - lo > 1e-12 * (1.0 + std::fabs(lo) + std::fabs(hi)); ++i) {
    const double mid = 0.5 * (lo + hi);
    (f(mid) >= 0.0 ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

// Minimum of a convex function on (0, hi] by golden-section search.
template <class F>
double GoldenMinimum(F f, double hi) {
  const double inv_phi = 0.6180339887498949;
  double a = 0.0, b = hi;
  double c = b - inv_phi * (b - a), d = a + inv_phi * (b - a);
  double fc = f(c), fd = f(d);
  for (int i = 0; i < 200 && b - a > 1e-10 * b; ++i) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - inv_phi * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + inv_phi * (b - a);
      fd = f(d);
    }
  }
  return 0.5 * (a + b);
}

}  // namespace lagom::policy::detail
