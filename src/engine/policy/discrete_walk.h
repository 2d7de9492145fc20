// DiscreteWalk: the pmf, cdf and first-order loss of a Poisson or negative binomial
// distribution at k = 0, 1, 2, … by recurrence — f(k+1) = f(k)·λ/(k+1) (Poisson) or
// f(k)·(k+r)(1-p)/(k+1) (NB), F(k+1) = F(k) + f(k+1), n(k+1) = n(k) - (1 - F(k)) — with no
// special functions and no allocation. The fast path of discrete service levels for slow
// movers; Usable() says when f(0) is safely representable (else use the closed forms).
#pragma once

#include "engine/policy/distribution.h"

namespace lagom::policy {

class DiscreteWalk {
 public:
  // REQUIRES: d.discrete() && Usable(d).
  explicit DiscreteWalk(const Distribution& d);
  static bool Usable(const Distribution& d);

  long k() const { return k_; }
  double cdf() const { return cdf_; }    // P(X <= k)
  double loss() const { return loss_; }  // E[(X - k)+]
  void Next();
  void AdvanceTo(long k) {
    while (k_ < k) Next();
  }

 private:
  double mean_;
  double r_ = 0.0;  // NB size; 0 for Poisson
  double q_ = 0.0;  // NB 1 - p
  long k_ = 0;
  double pmf_ = 0.0, cdf_ = 0.0, loss_ = 0.0;
};

}  // namespace lagom::policy
