#include "engine/policy/periodic_fill_rate.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "engine/policy/discrete_walk.h"
#include "engine/policy/loss.h"

namespace lagom::policy {
namespace {

// n(y) = E[(X - y)+] for y = 0, 1, 2, … in turn: by walking a distribution's pmf (closed forms
// where the walk cannot start) or an explicit pmf. 0 once the mass above y is negligible
// (below 1e-15, or 60 standard deviations above the mean for the closed forms), where the
// recurrences leave only rounding noise.
class LossCursor {
 public:
  explicit LossCursor(const Distribution& d)
      : d_(d), last_(static_cast<long>(d.mean + 60.0 * d.sd()) + 64) {
    if (DiscreteWalk::Usable(d)) walk_.emplace(d);
  }
  explicit LossCursor(std::span<const double> pmf) : pmf_(pmf) {
    for (std::size_t k = 0; k < pmf.size(); ++k) loss_ += static_cast<double>(k) * pmf[k];
  }

  double Next() {
    const long y = y_++;
    if (walk_) {
      const double n = walk_->cdf() >= 1.0 - 1e-15 && y > 0 ? 0.0 : walk_->loss();
      walk_->Next();
      return n;
    }
    if (pmf_.empty()) return y > last_ ? 0.0 : ExpectedShortage(d_, static_cast<double>(y));
    const double n = cdf_ >= 1.0 - 1e-15 ? 0.0 : std::max(loss_, 0.0);
    cdf_ += static_cast<std::size_t>(y) < pmf_.size() ? pmf_[static_cast<std::size_t>(y)] : 1.0;
    loss_ -= 1.0 - std::min(cdf_, 1.0);
    return n;
  }

 private:
  Distribution d_;
  long last_ = 0;
  std::optional<DiscreteWalk> walk_;
  std::span<const double> pmf_;
  long y_ = 0;
  double loss_ = 0.0, cdf_ = 0.0;
};

// Shortage per review at whole levels, g(y) = n_{L+R}(y) - n_L(y), computed as far as asked:
// the whole review demand below 0, nothing once n_{L+R} has vanished.
class DiscreteShortage {
 public:
  DiscreteShortage(LossCursor lead_review, LossCursor lead, double review_mean)
      : lead_review_(std::move(lead_review)), lead_(std::move(lead)), review_mean_(review_mean) {}

  double At(long y) {
    if (y < 0) return review_mean_;
    while (!vanished_ && static_cast<long>(g_.size()) <= y) {
      const double n = lead_review_.Next();
      g_.push_back(std::max(n - lead_.Next(), 0.0));
      vanished_ = n <= 0.0;
    }
    return y < static_cast<long>(g_.size()) ? g_[static_cast<std::size_t>(y)] : 0.0;
  }
  // Mean of g over the levels s+1 .. s+q.
  double Window(long s, long q) {
    double sum = 0.0;
    for (long y = s + 1; y <= s + q; ++y) sum += At(y);
    return sum / static_cast<double>(q);
  }

 private:
  LossCursor lead_review_, lead_;
  double review_mean_;
  std::vector<double> g_;
  bool vanished_ = false;
};

// (R, S) is a window of one level below S.
long WholeQuantity(double quantity) {
  return quantity > 0.0 ? std::max(1L, std::lround(quantity)) : 1L;
}

double DiscreteRate(DiscreteShortage g, double review_mean, double level, double quantity) {
  const long s = static_cast<long>(std::floor(level)) - (quantity > 0.0 ? 0 : 1);
  return 1.0 - g.Window(s, WholeQuantity(quantity)) / review_mean;
}

// Slides the window up from below zero to the smallest level meeting beta (g decreases).
double DiscretePoint(DiscreteShortage g, double review_mean, double beta, double quantity) {
  const long q = WholeQuantity(quantity);
  const double allowed = (1.0 - beta) * review_mean;
  long s = -q;
  double window = g.Window(s, q);
  while (window > allowed) {
    window += (g.At(s + q + 1) - g.At(s + 1)) / static_cast<double>(q);
    ++s;
  }
  return static_cast<double>(quantity > 0.0 ? s : s + 1);
}

// Continuous kinds: the mean shortage over levels uniform on (s, s + q], or at s when q = 0.
double ContinuousShortage(const PeriodicDemand& d, double s, double q) {
  if (q <= 0.0) return ExpectedShortage(d.lead_review, s) - ExpectedShortage(d.lead, s);
  auto second = [](const Distribution& x, double level) { return Loss(x, level).second_loss; };
  return (second(d.lead_review, s) - second(d.lead_review, s + q) - second(d.lead, s) +
          second(d.lead, s + q)) /
         q;
}

double ContinuousPoint(const PeriodicDemand& d, double beta, double q) {
  const double allowed = (1.0 - beta) * d.review_mean, spread = d.lead_review.sd() + 1.0;
  double lo = -q - spread, hi = d.lead_review.mean + 10.0 * spread + q;
  while (ContinuousShortage(d, hi, q) > allowed) hi += 10.0 * spread + q;
  for (int i = 0; i < 200 && hi - lo > 1e-10 * (1.0 + std::fabs(hi)); ++i) {
    const double mid = 0.5 * (lo + hi);
    (ContinuousShortage(d, mid, q) > allowed ? lo : hi) = mid;
  }
  return hi;
}

DiscreteShortage ShortageOf(const PeriodicDemand& d) {
  return {LossCursor(d.lead_review), LossCursor(d.lead), d.review_mean};
}

}  // namespace

double PeriodicFillRateAt(const PeriodicDemand& d, double level, double quantity) {
  if (d.review_mean <= 0.0) return 1.0;
  if (!d.lead_review.discrete()) {
    return 1.0 - ContinuousShortage(d, level, quantity) / d.review_mean;
  }
  return DiscreteRate(ShortageOf(d), d.review_mean, level, quantity);
}

double PeriodicFillRatePoint(const PeriodicDemand& d, double beta, double quantity) {
  if (d.review_mean <= 0.0) return d.lead_review.mean - (1.0 - beta) * quantity;
  if (!d.lead_review.discrete()) return ContinuousPoint(d, beta, quantity);
  return DiscretePoint(ShortageOf(d), d.review_mean, beta, quantity);
}

double PeriodicFillRateAt(std::span<const double> lead_review, std::span<const double> lead,
                          double review_mean, double level, double quantity) {
  if (review_mean <= 0.0) return 1.0;
  DiscreteShortage g(LossCursor(lead_review), LossCursor(lead), review_mean);
  return DiscreteRate(std::move(g), review_mean, level, quantity);
}

double PeriodicFillRatePoint(std::span<const double> lead_review, std::span<const double> lead,
                             double review_mean, double beta, double quantity) {
  if (review_mean <= 0.0) return -(1.0 - beta) * quantity;
  DiscreteShortage g(LossCursor(lead_review), LossCursor(lead), review_mean);
  return DiscretePoint(std::move(g), review_mean, beta, quantity);
}

}  // namespace lagom::policy
