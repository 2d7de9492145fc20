#include "engine/policy/discrete_walk.h"

#include <cmath>

namespace lagom::policy {

bool DiscreteWalk::Usable(const Distribution& d) {
  if (!d.discrete() || !(d.mean > 0.0) || d.mean > 5000.0) return false;
  if (d.kind == DistributionKind::kPoisson) return d.mean < 600.0;
  const NegativeBinomialParams nb = NegativeBinomialOf(d);
  return nb.r * std::log(nb.p) > -600.0;
}

DiscreteWalk::DiscreteWalk(const Distribution& d) : mean_(d.mean) {
  if (d.kind == DistributionKind::kPoisson) {
    pmf_ = std::exp(-d.mean);
  } else {
    const NegativeBinomialParams nb = NegativeBinomialOf(d);
    r_ = nb.r;
    q_ = 1.0 - nb.p;
    pmf_ = std::pow(nb.p, nb.r);
  }
  cdf_ = pmf_;
  loss_ = d.mean;
}

void DiscreteWalk::Next() {
  loss_ -= 1.0 - cdf_;
  const double next = static_cast<double>(k_ + 1);
  pmf_ *= r_ == 0.0 ? mean_ / next : (static_cast<double>(k_) + r_) * q_ / next;
  cdf_ += pmf_;
  if (cdf_ > 1.0) cdf_ = 1.0;
  if (loss_ < 0.0) loss_ = 0.0;
  ++k_;
}

}  // namespace lagom::policy
