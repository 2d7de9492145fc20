#include "engine/policy/distribution.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "engine/policy/normal.h"
#include "engine/policy/special_functions.h"

namespace lagom::policy {
namespace {

bool PointMass(const Distribution& d) {
  return d.mean == 0.0 || (d.kind == DistributionKind::kNormal && d.variance == 0.0);
}

double PointMassCdf(const Distribution& d, double x) {
  return x >= d.mean ? 1.0 : 0.0;
}

double DiscreteCdf(const Distribution& d, double k) {
  if (d.kind == DistributionKind::kPoisson) return RegularizedGammaQ(k + 1.0, d.mean);
  const NegativeBinomialParams nb = NegativeBinomialOf(d);
  return RegularizedBeta(nb.p, nb.r, k + 1.0);
}

double GammaCdf(const Distribution& d, double x) {
  const double scale = d.variance / d.mean;
  return x <= 0.0 ? 0.0 : RegularizedGammaP(d.mean / scale, x / scale);
}

// Steps from a normal-approximation start to the smallest integer k with F(k) >= p.
double DiscreteQuantile(const Distribution& d, double p) {
  double k = std::max(0.0, std::floor(d.mean + d.sd() * InverseNormalCdf(p)));
  while (Cdf(d, k) < p) k += 1.0;
  while (k > 0.0 && Cdf(d, k - 1.0) >= p) k -= 1.0;
  return k;
}

// Newton's method on F(x) = p from the Wilson–Hilferty start, kept inside a bracket.
double GammaQuantile(const Distribution& d, double p) {
  const double shape = d.mean * d.mean / d.variance;
  const double z = InverseNormalCdf(p);
  const double wh = 1.0 - 1.0 / (9.0 * shape) + z / (3.0 * std::sqrt(shape));
  double x = std::max(d.mean * wh * wh * wh, d.mean * 1e-3);
  double lo = 0.0;
  double hi = std::numeric_limits<double>::infinity();
  for (int i = 0; i < 200; ++i) {
    const double f = Cdf(d, x) - p;
    (f < 0.0 ? lo : hi) = x;
    double next = x - f / Pmf(d, x);
    if (!(next > lo && next < hi)) next = std::isinf(hi) ? 2.0 * x + 1.0 : 0.5 * (lo + hi);
    if (std::fabs(next - x) <= 1e-14 * x) return next;
    x = next;
  }
  return x;
}

}  // namespace

const char* DistributionName(DistributionKind kind) {
  switch (kind) {
    case DistributionKind::kNormal:
      return "normal";
    case DistributionKind::kPoisson:
      return "poisson";
    case DistributionKind::kNegativeBinomial:
      return "negative-binomial";
    case DistributionKind::kGamma:
      return "gamma";
  }
  return "unknown";
}

Result<DistributionKind> ParseDistributionKind(std::string_view name) {
  for (auto kind : {DistributionKind::kNormal, DistributionKind::kPoisson,
                    DistributionKind::kNegativeBinomial, DistributionKind::kGamma}) {
    if (name == DistributionName(kind)) return kind;
  }
  return InvalidInput("unknown distribution '" + std::string(name) +
                      "' (expected normal, poisson, negative-binomial or gamma)");
}

double Distribution::sd() const {
  return std::sqrt(kind == DistributionKind::kPoisson ? mean : variance);
}

Result<Distribution> MakeDistribution(DistributionKind kind, double mean, double variance) {
  if (!std::isfinite(mean) || !std::isfinite(variance)) {
    return InvalidInput("mean and variance must be finite numbers");
  }
  if (variance < 0.0) return InvalidInput("variance must be >= 0");
  if (kind != DistributionKind::kNormal && mean < 0.0) {
    return InvalidInput(std::string(DistributionName(kind)) + " mean must be >= 0");
  }
  if (kind == DistributionKind::kPoisson) variance = mean;
  if (kind == DistributionKind::kNegativeBinomial && mean > 0.0 && variance <= mean) {
    return InvalidInput("negative binomial needs variance > mean (use poisson otherwise)");
  }
  if (kind == DistributionKind::kGamma && mean > 0.0 && variance == 0.0) {
    return InvalidInput("gamma needs variance > 0");
  }
  return Distribution{kind, mean, variance};
}

Distribution OverPeriods(const Distribution& per_period, double periods) {
  return {per_period.kind, per_period.mean * periods, per_period.variance * periods};
}

NegativeBinomialParams NegativeBinomialOf(const Distribution& d) {
  return {d.mean * d.mean / (d.variance - d.mean), d.mean / d.variance};
}

double Pmf(const Distribution& d, double k) {
  if (PointMass(d)) return k == d.mean ? 1.0 : 0.0;
  switch (d.kind) {
    case DistributionKind::kNormal:
      return NormalPdf((k - d.mean) / d.sd()) / d.sd();
    case DistributionKind::kPoisson:
      if (k < 0.0) return 0.0;
      return std::exp(k * std::log(d.mean) - d.mean - std::lgamma(k + 1.0));
    case DistributionKind::kNegativeBinomial: {
      if (k < 0.0) return 0.0;
      const NegativeBinomialParams nb = NegativeBinomialOf(d);
      return std::exp(std::lgamma(k + nb.r) - std::lgamma(nb.r) - std::lgamma(k + 1.0) +
                      nb.r * std::log(nb.p) + k * std::log1p(-nb.p));
    }
    case DistributionKind::kGamma: {
      if (k <= 0.0) return 0.0;
      const double scale = d.variance / d.mean;
      const double shape = d.mean / scale;
      return std::exp((shape - 1.0) * std::log(k) - k / scale - std::lgamma(shape) -
                      shape * std::log(scale));
    }
  }
  return 0.0;
}

double Cdf(const Distribution& d, double x) {
  if (PointMass(d)) return PointMassCdf(d, x);
  switch (d.kind) {
    case DistributionKind::kNormal:
      return NormalCdf((x - d.mean) / d.sd());
    case DistributionKind::kGamma:
      return GammaCdf(d, x);
    default:
      return x < 0.0 ? 0.0 : DiscreteCdf(d, std::floor(x));
  }
}

double Quantile(const Distribution& d, double p) {
  if (PointMass(d)) return d.mean;
  switch (d.kind) {
    case DistributionKind::kNormal:
      return d.mean + d.sd() * InverseNormalCdf(p);
    case DistributionKind::kGamma:
      return GammaQuantile(d, p);
    default:
      return DiscreteQuantile(d, p);
  }
}

}  // namespace lagom::policy
