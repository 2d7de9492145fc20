#include "engine/policy/protection.h"

#include <algorithm>
#include <cmath>

#include "engine/policy/normal.h"

namespace lagom::policy {
namespace {

// P(interval = n periods) for n = first .. first + weights.size() - 1.
struct IntervalWeights {
  long first = 0;
  std::vector<double> weights;
};

IntervalWeights WeightsOf(double periods, double sd) {
  IntervalWeights w;
  if (sd == 0.0) {
    const double whole = std::floor(periods), fraction = periods - whole;
    w.first = static_cast<long>(whole);
    w.weights = {1.0 - fraction, fraction};
    return w;
  }
  w.first = static_cast<long>(std::max(0.0, std::floor(periods - 6.0 * sd)));
  const long last = static_cast<long>(std::ceil(periods + 6.0 * sd));
  double total = 0.0;
  for (long n = w.first; n <= last; ++n) {
    const double lo = n == 0 ? -INFINITY : (static_cast<double>(n) - 0.5 - periods) / sd;
    const double hi = (static_cast<double>(n) + 0.5 - periods) / sd;
    w.weights.push_back(NormalCdf(hi) - NormalCdf(lo));
    total += w.weights.back();
  }
  for (double& weight : w.weights) weight /= total;
  return w;
}

std::vector<double> Convolve(const std::vector<double>& a, std::span<const double> b) {
  std::vector<double> out(a.size() + b.size() - 1, 0.0);
  for (std::size_t j = 0; j < b.size(); ++j) {
    if (b[j] == 0.0) continue;  // empirical pmfs are sparse: most sizes never occurred
    for (std::size_t i = 0; i < a.size(); ++i) out[i + j] += a[i] * b[j];
  }
  double tail = 0.0;  // drop a negligible upper tail to bound the growth
  while (out.size() > 1 && tail + out.back() < 1e-15) {
    tail += out.back();
    out.pop_back();
  }
  return out;
}

void AddScaled(std::vector<double>& into, const std::vector<double>& pmf, double weight) {
  if (into.size() < pmf.size()) into.resize(pmf.size(), 0.0);
  for (std::size_t k = 0; k < pmf.size(); ++k) into[k] += weight * pmf[k];
}

}  // namespace

ProtectionDemand DemandOverProtection(double demand_mean, double demand_variance,
                                      double lead_time_mean, double lead_time_sd,
                                      double review_period, double sd_horizon_exponent) {
  ProtectionDemand p;
  p.periods = lead_time_mean + review_period;
  p.mean = demand_mean * p.periods;
  p.variance = std::pow(p.periods, 2.0 * sd_horizon_exponent) * demand_variance +
               demand_mean * demand_mean * lead_time_sd * lead_time_sd;
  return p;
}

DistributionKind ChooseDistribution(double mean, double variance) {
  if (mean >= 10.0 && std::sqrt(variance) <= 0.5 * mean) return DistributionKind::kNormal;
  if (mean <= 0.0 || variance <= 1.1 * mean) return DistributionKind::kPoisson;
  return DistributionKind::kNegativeBinomial;
}

double SigmaFromMad(double mean_absolute_deviation) {
  return 1.2533141373155003 * mean_absolute_deviation;
}

std::vector<double> ProtectionPmf(std::span<const double> period_pmf, double lead_time_mean,
                                  double lead_time_sd, double review_period) {
  const IntervalWeights w = WeightsOf(lead_time_mean + review_period, lead_time_sd);
  std::vector<double> power = {1.0}, result;
  const long end = w.first + static_cast<long>(w.weights.size());
  for (long n = 0; n < end; ++n) {
    if (n >= w.first) AddScaled(result, power, w.weights[static_cast<std::size_t>(n - w.first)]);
    if (n + 1 < end) power = Convolve(power, period_pmf);
  }
  return result;
}

std::vector<double> AddPeriods(std::span<const double> pmf, std::span<const double> period_pmf,
                               int periods) {
  std::vector<double> out(pmf.begin(), pmf.end());
  for (int n = 0; n < periods; ++n) out = Convolve(out, period_pmf);
  return out;
}

}  // namespace lagom::policy
