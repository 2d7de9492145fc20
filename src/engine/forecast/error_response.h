// How forecast errors over future steps depend on the random shocks of those steps, used for the
// variance of one step and of sums of several steps (lead time plus review period).
//
//   e_h = sum_{i <= h} r(h, i) * eps_i + u,   h, i = 0 .. steps-1 (step h is h+1 periods ahead)
//
// with eps_i independent, unit variance, and u a shared offset of variance level_variance (the
// estimation error of a level, common to every step). Models with a fixed impulse response
// (ETS classes 1 and 2, Theta, random walks) give r(h, i) = psi_(h-i) * scale_i; others fill r
// from a linearisation along the forecast path. Errors of different steps are correlated
// through the shared shocks, which is what makes the variance of a sum more than the sum of
// variances. Not thread-safe to mutate; const use is thread-safe.
#pragma once

#include <span>
#include <vector>

namespace lagom::forecast {

class ErrorResponse {
 public:
  // REQUIRES: steps >= 1.
  explicit ErrorResponse(int steps);

  // r(h, i) = psi[h - i] * scale[i] for i <= h. REQUIRES: psi.size(), scale.size() >= steps.
  static ErrorResponse FromImpulse(int steps, std::span<const double> psi,
                                   std::span<const double> scale);

  int steps() const { return steps_; }
  // REQUIRES: 0 <= i <= h < steps.
  double& at(int h, int i) { return r_[static_cast<std::size_t>(h) * steps_ + i]; }
  double at(int h, int i) const { return r_[static_cast<std::size_t>(h) * steps_ + i]; }

  double level_variance = 0.0;

  // Var(e_h) for h = 0 .. steps-1.
  std::vector<double> StepVariances() const;
  // V[k] = Var(e_first + ... + e_(first+k-1)) for k = 0 .. steps-first (V[0] = 0).
  // REQUIRES: 0 <= first <= steps.
  std::vector<double> SumVariances(int first) const;

 private:
  int steps_;
  std::vector<double> r_;  // row-major steps x steps, lower triangle used
};

}  // namespace lagom::forecast
