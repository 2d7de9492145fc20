#include "engine/forecast/ets_search.h"

#include <algorithm>
#include <cmath>

#include "engine/forecast/ets_layout.h"
#include "engine/forecast/ets_recursion.h"

namespace lagom::forecast {
namespace {

// Cholesky solve of the p x p system a x = b in place (b becomes x); false if not positive.
bool CholeskySolve(std::vector<double>& a, std::vector<double>& b, int p) {
  for (int j = 0; j < p; ++j) {
    double d = a[j * p + j];
    for (int k = 0; k < j; ++k) d -= a[j * p + k] * a[j * p + k];
    if (!(d > 0)) return false;
    d = std::sqrt(d);
    a[j * p + j] = d;
    for (int i = j + 1; i < p; ++i) {
      double s = a[i * p + j];
      for (int k = 0; k < j; ++k) s -= a[i * p + k] * a[j * p + k];
      a[i * p + j] = s / d;
    }
  }
  for (int i = 0; i < p; ++i) {
    double s = b[i];
    for (int k = 0; k < i; ++k) s -= a[i * p + k] * b[k];
    b[i] = s / a[i * p + i];
  }
  for (int i = p - 1; i >= 0; --i) {
    double s = b[i];
    for (int k = i + 1; k < p; ++k) s -= a[k * p + i] * b[k];
    b[i] = s / a[i * p + i];
  }
  return true;
}

}  // namespace

double EtsSearch::Criterion(const EtsSpec& spec, std::span<const double> y,
                            std::span<const double> par) {
  const EtsParams p = Unpack(spec, par);
  state_.resize(spec.StateCount());
  if (!IsAdmissible(spec, p) || !CompleteState(spec, par, state_)) return HUGE_VAL;
  return EtsCriterion(spec, RunEts(spec, p, y, state_));
}

// Damped Gauss–Newton step on the coordinates not held at a bound; result in step_ (full size).
bool EtsSearch::SolveStep(const EtsSpec& spec, const EtsBounds& bounds, std::span<const double> par,
                          double lambda) {
  const int p = static_cast<int>(par.size());
  const int smoothing = SmoothingCount(spec);
  free_.clear();
  for (int i = 0; i < p; ++i) {
    if (i < smoothing) {
      double lower, upper;
      SmoothingBox(spec, bounds, par, i, lower, upper);
      const double g = lin_.gradient[i];
      if ((par[i] <= lower && g > 0) || (par[i] >= upper && g < 0)) continue;
    }
    free_.push_back(i);
  }
  const int f = static_cast<int>(free_.size());
  double max_diagonal = 0.0;
  for (int i : free_) max_diagonal = std::max(max_diagonal, lin_.hessian[i * p + i]);
  matrix_.assign(static_cast<std::size_t>(f) * f, 0.0);
  step_.assign(p, 0.0);
  std::vector<double>& rhs = rhs_;
  rhs.assign(f, 0.0);
  for (int a = 0; a < f; ++a) {
    for (int b = 0; b < f; ++b) matrix_[a * f + b] = lin_.hessian[free_[a] * p + free_[b]];
    matrix_[a * f + a] += lambda * matrix_[a * f + a] + 1e-12 * max_diagonal + 1e-300;
    rhs[a] = -lin_.gradient[free_[a]];
  }
  if (!CholeskySolve(matrix_, rhs, f)) return false;
  for (int a = 0; a < f; ++a) step_[free_[a]] = rhs[a];
  return true;
}

double EtsSearch::Minimize(const EtsSpec& spec, const EtsBounds& bounds, std::span<const double> y,
                           std::span<double> par, const EtsSearchOptions& options) {
  ProjectSmoothing(spec, bounds, par);
  double value = Criterion(spec, y, par);
  if (!std::isfinite(value)) return value;
  gradient_.Linearize(spec, par, y, lin_);
  if (!std::isfinite(lin_.sum_squares)) return value;
  double lambda = 1e-3;
  std::vector<double>& trial = trial_;
  trial.resize(par.size());
  for (int iteration = 0; iteration < options.max_iterations; ++iteration) {
    if (!SolveStep(spec, bounds, par, lambda)) {
      lambda *= 10;
      if (lambda > 1e10) break;
      continue;
    }
    for (std::size_t i = 0; i < par.size(); ++i) trial[i] = par[i] + step_[i];
    ProjectSmoothing(spec, bounds, trial);
    const double candidate = Criterion(spec, y, trial);
    if (!(candidate < value)) {
      lambda *= 10;
      if (lambda > 1e10) break;
      continue;
    }
    const double gain = value - candidate;
    std::copy(trial.begin(), trial.end(), par.begin());
    value = candidate;
    lambda = std::max(lambda * 0.3, 1e-12);
    if (gain < options.tolerance) break;
    gradient_.Linearize(spec, par, y, lin_);
    if (!std::isfinite(lin_.sum_squares)) break;
  }
  return value;
}

}  // namespace lagom::forecast
