#include "engine/policy/service.h"

#include <algorithm>
#include <cmath>

#include "engine/policy/discrete_walk.h"
#include "engine/policy/loss.h"
#include "engine/policy/normal.h"

namespace lagom::policy {
namespace {

// The safety factor k with G(k) - G(k + q) = t for the standard normal loss G, q > 0,
// 0 < t < q: safeguarded Newton inside a bracket [lo, hi] with f(lo) > 0 >= f(hi).
double NormalFillRateFactor(double q, double t) {
  auto f = [&](double k) { return StdNormalLoss(k) - StdNormalLoss(k + q) - t; };
  double hi = InverseStdNormalLoss(t);  // f(hi) = -G(hi + q) <= 0
  if (f(hi) > -1e-15 * t) return hi;
  double lo = hi - 1.0;
  while (f(lo) <= 0.0) lo = hi - 2.0 * (hi - lo);
  double k = hi;
  for (int i = 0; i < 100 && hi - lo > 1e-13 * (1.0 + std::fabs(k)); ++i) {
    const double value = f(k);
    (value > 0.0 ? lo : hi) = k;
    const double slope = NormalSurvival(k + q) - NormalSurvival(k);
    double next = k - value / slope;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    k = next;
  }
  return k;
}

double ShortagePerCycle(const Distribution& d, double s, double q) {
  return ExpectedShortage(d, s) - ExpectedShortage(d, s + q);
}

// Bisection on s for continuous non-normal demand (gamma): ESC(s) = t, ESC decreasing.
double ContinuousFillRatePoint(const Distribution& d, double q, double t) {
  double lo = -q, hi = d.mean + 10.0 * d.sd() + q;
  while (ShortagePerCycle(d, hi, q) > t) hi += 10.0 * d.sd() + q;
  for (int i = 0; i < 200 && hi - lo > 1e-12 * (1.0 + std::fabs(hi)); ++i) {
    const double mid = 0.5 * (lo + hi);
    (ShortagePerCycle(d, mid, q) > t ? lo : hi) = mid;
  }
  return hi;
}

// Steps an integer start to the smallest s with fill_rate(s) >= beta (fill_rate increasing).
template <class F>
double StepToSmallest(F fill_rate, double start, double beta, double floor) {
  double s = std::max(start, floor);
  while (fill_rate(s) < beta) s += 1.0;
  while (s > floor && fill_rate(s - 1.0) >= beta) s -= 1.0;
  return s;
}

// A bound on walks: far beyond any service point (rounding can stall a walk's tail).
long WalkLimit(const Distribution& d) {
  return static_cast<long>(d.mean + 40.0 * d.sd()) + 64;
}

// Whether the recurrence walk applies up to `k` (else the closed forms are cheaper).
bool Walkable(const Distribution& d, double k) {
  return DiscreteWalk::Usable(d) && k <= static_cast<double>(WalkLimit(d));
}

// Walks s = 0, 1, … with a second walk at s + q until ESC(s) <= (1 - β)q. Returns -1 when
// s = 0 already meets β (the answer is then below 0) or the walk hits its limit.
double WalkFillRatePoint(const Distribution& d, double beta, long q) {
  DiscreteWalk low(d), high(d);
  high.AdvanceTo(q);
  const double target = (1.0 - beta) * static_cast<double>(q);
  if (low.loss() - high.loss() <= target) return -1.0;
  const long limit = WalkLimit(d);
  while (low.loss() - high.loss() > target) {
    if (low.k() > limit) return -1.0;
    low.Next();
    high.Next();
  }
  return static_cast<double>(low.k());
}

}  // namespace

double CycleServicePoint(const Distribution& d, double alpha) {
  if (!DiscreteWalk::Usable(d)) return Quantile(d, alpha);
  DiscreteWalk walk(d);
  const long limit = WalkLimit(d);
  while (walk.cdf() < alpha) {
    if (walk.k() > limit) return Quantile(d, alpha);
    walk.Next();
  }
  return static_cast<double>(walk.k());
}

double CycleServiceAt(const Distribution& d, double s) {
  if (!Walkable(d, s) || s < 0.0) return Cdf(d, s);
  DiscreteWalk walk(d);
  walk.AdvanceTo(static_cast<long>(std::floor(s)));
  return walk.cdf();
}

double FillRateAt(const Distribution& d, double s, double quantity) {
  if (!d.discrete()) return 1.0 - ShortagePerCycle(d, s, quantity) / quantity;
  s = std::floor(s);
  quantity = std::max(1.0, std::round(quantity));
  if (!Walkable(d, s + quantity) || s < 0.0) {
    return 1.0 - ShortagePerCycle(d, s, quantity) / quantity;
  }
  DiscreteWalk low(d), high(d);
  low.AdvanceTo(static_cast<long>(s));
  high.AdvanceTo(static_cast<long>(s + quantity));
  return 1.0 - (low.loss() - high.loss()) / quantity;
}

double FillRatePoint(const Distribution& d, double beta, double quantity) {
  const double sd = d.sd();
  if (sd == 0.0 || d.mean == 0.0) return d.mean - (1.0 - beta) * quantity;
  if (d.kind == DistributionKind::kGamma) {
    return ContinuousFillRatePoint(d, quantity, (1.0 - beta) * quantity);
  }
  const double q = d.discrete() ? std::max(1.0, std::round(quantity)) : quantity;
  if (Walkable(d, q)) {
    const double walked = WalkFillRatePoint(d, beta, static_cast<long>(q));
    if (walked >= 0.0) return walked;
  }
  const double k = NormalFillRateFactor(q / sd, (1.0 - beta) * q / sd);
  if (!d.discrete()) return d.mean + k * sd;
  auto rate = [&](double s) { return FillRateAt(d, s, q); };
  return StepToSmallest(rate, std::round(d.mean + k * sd), beta, -q);
}

double CycleServiceAt(std::span<const double> pmf, double s) {
  double cdf = 0.0;
  for (std::size_t k = 0; k < pmf.size() && static_cast<double>(k) <= s; ++k) cdf += pmf[k];
  return cdf;
}

double CycleServicePoint(std::span<const double> pmf, double alpha) {
  double cdf = 0.0;
  for (std::size_t k = 0; k < pmf.size(); ++k) {
    cdf += pmf[k];
    if (cdf >= alpha - 1e-12) return static_cast<double>(k);
  }
  return static_cast<double>(pmf.size()) - 1.0;
}

double FillRateAt(std::span<const double> pmf, double s, double quantity) {
  const long x = static_cast<long>(std::floor(s));
  const long q = static_cast<long>(std::max(1.0, std::round(quantity)));
  const double shortage = DiscreteLoss(pmf, x).loss - DiscreteLoss(pmf, x + q).loss;
  return 1.0 - shortage / static_cast<double>(q);
}

double FillRatePoint(std::span<const double> pmf, double beta, double quantity) {
  const double q = std::max(1.0, std::round(quantity));
  auto rate = [&](double s) { return FillRateAt(pmf, s, q); };
  return StepToSmallest(rate, CycleServicePoint(pmf, beta), beta, -q);
}

}  // namespace lagom::policy
