#include "engine/policy/loss.h"

#include <algorithm>
#include <cmath>

#include "engine/policy/normal.h"
#include "engine/policy/special_functions.h"

namespace lagom::policy {
namespace {

// n2 + n̄2 = ½ E[(X - x)(X - x - 1)] for discrete X, and ½ E[(X - x)²] for continuous X.
double DiscreteSecondMomentHalf(double mean, double variance, double x) {
  const double gap = mean - x;
  return 0.5 * (variance + gap * gap - gap);
}

// n̄2(x) = ½ Σ_{k <= x} (x - k)(x + 1 - k) P(X = k), by a recursion over the pmf.
double DiscreteComplementarySecond(const Distribution& d, double x) {
  double sum = 0.0;
  for (double k = 0.0; k < x; k += 1.0) sum += (x - k) * (x + 1.0 - k) * Pmf(d, k);
  return 0.5 * sum;
}

LossValues NormalLoss(const Distribution& d, double x) {
  const double sd = d.sd();
  LossValues v;
  if (sd == 0.0) {
    v.loss = std::max(d.mean - x, 0.0);
    v.second_loss = 0.5 * v.loss * v.loss;
  } else {
    const double z = (x - d.mean) / sd;
    v.loss = sd * StdNormalLoss(z);
    v.second_loss = sd * sd * StdNormalSecondLoss(z);
  }
  v.complementary_loss = x - d.mean + v.loss;
  return v;
}

LossValues GammaLoss(const Distribution& d, double x) {
  LossValues v;
  if (x <= 0.0 || d.mean == 0.0) {  // all the mass lies at or above x, or at 0
    v.loss = std::max(d.mean - x, 0.0);
    v.second_loss = 0.5 * (d.variance + v.loss * v.loss);
    v.complementary_loss = x - d.mean + v.loss;
    return v;
  }
  const double scale = d.variance / d.mean;
  const double k = d.mean / scale;
  const double u = x / scale;
  const double q0 = RegularizedGammaQ(k, u);
  const double q1 = RegularizedGammaQ(k + 1.0, u);
  const double q2 = RegularizedGammaQ(k + 2.0, u);
  v.loss = d.mean * q1 - x * q0;
  v.second_loss = 0.5 * (k * (k + 1.0) * scale * scale * q2 - 2.0 * x * d.mean * q1 + x * x * q0);
  v.complementary_loss = x - d.mean + v.loss;
  return v;
}

// First-order discrete loss from F(x) and f(x): (μ - x)(1 - F) + tail_factor · f.
double DiscreteFirstLoss(const Distribution& d, double x) {
  const double survival = 1.0 - Cdf(d, x);
  const double f = Pmf(d, x);
  if (d.kind == DistributionKind::kPoisson) return (d.mean - x) * survival + d.mean * f;
  const NegativeBinomialParams nb = NegativeBinomialOf(d);
  return (d.mean - x) * survival + (x + nb.r) * (1.0 - nb.p) / nb.p * f;
}

LossValues DiscreteDistributionLoss(const Distribution& d, double x) {
  LossValues v;
  const double total = DiscreteSecondMomentHalf(d.mean, d.variance, x);
  if (x < 0.0 || d.mean == 0.0) {
    v.loss = std::max(d.mean - x, 0.0);
    v.complementary_loss = x - d.mean + v.loss;
    v.second_loss = x < 0.0 ? total : 0.0;
    return v;
  }
  v.loss = DiscreteFirstLoss(d, x);
  v.complementary_loss = x - d.mean + v.loss;
  v.second_loss = total - DiscreteComplementarySecond(d, x);
  return v;
}

}  // namespace

LossValues Loss(const Distribution& d, double x) {
  switch (d.kind) {
    case DistributionKind::kNormal:
      return NormalLoss(d, x);
    case DistributionKind::kGamma:
      return GammaLoss(d, x);
    default:
      return DiscreteDistributionLoss(d, x);
  }
}

double ExpectedShortage(const Distribution& d, double x) {
  if (d.kind == DistributionKind::kNormal) {
    const double sd = d.sd();
    return sd == 0.0 ? std::max(d.mean - x, 0.0) : sd * StdNormalLoss((x - d.mean) / sd);
  }
  if (x < 0.0 || d.mean == 0.0) return std::max(d.mean - x, 0.0);
  if (d.kind == DistributionKind::kGamma) return GammaLoss(d, x).loss;
  return DiscreteFirstLoss(d, x);
}

LossValues DiscreteLoss(std::span<const double> pmf, long x) {
  LossValues v;
  for (std::size_t k = 0; k < pmf.size(); ++k) {
    const double gap = static_cast<double>(static_cast<long>(k) - x);
    if (gap > 0) {
      v.loss += gap * pmf[k];
      v.second_loss += 0.5 * gap * (gap - 1.0) * pmf[k];
    } else {
      v.complementary_loss -= gap * pmf[k];
    }
  }
  return v;
}

}  // namespace lagom::policy
