#include "engine/forecast/ets_gradient.h"

#include <algorithm>
#include <cmath>

namespace lagom::forecast {
namespace {

constexpr double kTiny = 1e-10;

// Fills the upper triangle from the lower one.
void Symmetrize(std::vector<double>& h, int p) {
  for (int i = 0; i < p; ++i) {
    for (int j = 0; j < i; ++j) h[j * p + i] = h[i * p + j];
  }
}

}  // namespace

template <TrendType kTrend, SeasonType kSeason, ErrorType kError>
void EtsGradient::Pass(const EtsSpec& spec, std::span<const double> par, std::span<const double> y,
                       EtsLinearization& out) {
  constexpr bool kHasTrend = kTrend != TrendType::kNone;
  constexpr bool kDamped = kTrend == TrendType::kDamped;
  constexpr bool kHasSeason = kSeason != SeasonType::kNone;
  constexpr bool kMultSeason = kSeason == SeasonType::kMultiplicative;
  constexpr bool kMultError = kError == ErrorType::kMultiplicative;
  const int m = spec.period;
  const int p = static_cast<int>(par.size());
  int next = 0;
  const int ia = next++;
  const int ib = kHasTrend ? next++ : -1;
  const int ig = kHasSeason ? next++ : -1;
  const int iphi = kDamped ? next++ : -1;
  const int il = next;                      // index of the initial level in par
  const int is = il + (kHasTrend ? 2 : 1);  // index of s_0
  const double alpha = par[ia], beta = kHasTrend ? par[ib] : 0.0;
  const double gamma = kHasSeason ? par[ig] : 0.0, phi = kDamped ? par[iphi] : 1.0;

  const int states = 1 + (kHasTrend ? 1 : 0) + (kHasSeason ? m : 0);
  rows_.assign(static_cast<std::size_t>(states) * p, 0.0);
  double* row_l = rows_.data();
  double* row_b = rows_.data() + p;  // meaningful only with a trend
  double* row_season = rows_.data() + (kHasTrend ? 2 : 1) * p;
  row_l[il] = 1.0;
  if constexpr (kHasTrend) row_b[il + 1] = 1.0;
  double level = par[il], trend = kHasTrend ? par[il + 1] : 0.0;
  if constexpr (kHasSeason) {
    seasons_.assign(m, 0.0);
    double sum = 0.0;
    for (int i = 0; i < m - 1; ++i) {
      seasons_[i] = par[is + i];
      sum += seasons_[i];
      row_season[i * p + is + i] = 1.0;
      row_season[(m - 1) * p + is + i] = -1.0;
    }
    seasons_[m - 1] = (kMultSeason ? m : 0.0) - sum;
  }
  dq_.assign(p, 0.0);
  dmu_.assign(p, 0.0);
  a_sum_.assign(p, 0.0);
  ca_sum_.assign(p, 0.0);
  out.gradient.assign(p, 0.0);
  out.hessian.assign(static_cast<std::size_t>(p) * p, 0.0);
  double* g = out.gradient.data();
  double* h = out.hessian.data();
  double sum_squares = 0.0, log_sum = 0.0;
  int pos = m - 1;
  for (const double obs : y) {
    double* rs = kHasSeason ? row_season + pos * p : nullptr;
    const double s = kHasSeason ? seasons_[pos] : 0.0;
    const double q = level + phi * trend;
    if (kMultSeason && (std::fabs(s) < kTiny || std::fabs(q) < kTiny)) {
      out.sum_squares = HUGE_VAL;
      return;
    }
    for (int j = 0; j < p; ++j) dq_[j] = kHasTrend ? row_l[j] + phi * row_b[j] : row_l[j];
    if constexpr (kDamped) dq_[iphi] += trend;
    double mu = q;
    if constexpr (kSeason == SeasonType::kAdditive) mu = q + s;
    if constexpr (kMultSeason) mu = q * s;
    for (int j = 0; j < p; ++j) {
      if constexpr (kMultSeason) {
        dmu_[j] = s * dq_[j] + q * rs[j];
      } else if constexpr (kHasSeason) {
        dmu_[j] = dq_[j] + rs[j];
      } else {
        dmu_[j] = dq_[j];
      }
    }
    if constexpr (kMultError) {
      if (std::fabs(mu) < kTiny) {
        out.sum_squares = HUGE_VAL;
        return;
      }
      const double eps = (obs - mu) / mu, c = obs / (mu * mu);
      sum_squares += eps * eps;
      log_sum += std::log(std::fabs(mu));
      for (int i = 0; i < p; ++i) {
        a_sum_[i] += dmu_[i] / mu;
        ca_sum_[i] += c * eps * dmu_[i];
        const double ci = c * c * dmu_[i];
        for (int j = 0; j <= i; ++j) h[i * p + j] += ci * dmu_[j];
      }
    } else {
      const double e = obs - mu;
      sum_squares += e * e;
      for (int i = 0; i < p; ++i) {
        g[i] -= dmu_[i] * e;
        for (int j = 0; j <= i; ++j) h[i * p + j] += dmu_[i] * dmu_[j];
      }
    }
    double adjusted = obs, ratio = 0.0;  // observation without season; y over base for seasons
    if constexpr (kSeason == SeasonType::kAdditive) adjusted = obs - s, ratio = obs - q;
    if constexpr (kMultSeason) adjusted = obs / s, ratio = obs / q;
    const double correction = adjusted - q;
    for (int j = 0; j < p; ++j) {
      double d_adjusted = 0.0;
      if constexpr (kSeason == SeasonType::kAdditive) d_adjusted = -rs[j];
      if constexpr (kMultSeason) d_adjusted = -(obs / (s * s)) * rs[j];
      const double dq = dq_[j];
      row_l[j] = dq + alpha * (d_adjusted - dq);
      if constexpr (kHasTrend) row_b[j] = phi * row_b[j] + beta * (d_adjusted - dq);
      if constexpr (kSeason == SeasonType::kAdditive) rs[j] += gamma * (-dq - rs[j]);
      if constexpr (kMultSeason) rs[j] += gamma * (-(obs / (q * q)) * dq - rs[j]);
    }
    row_l[ia] += correction;
    if constexpr (kHasTrend) row_b[ib] += correction;
    if constexpr (kDamped) row_b[iphi] += trend;
    if constexpr (kHasSeason) rs[ig] += ratio - s;
    level = q + alpha * correction;
    if constexpr (kHasTrend) trend = phi * trend + beta * correction;
    if constexpr (kHasSeason) {
      seasons_[pos] = s + gamma * (ratio - s);
      pos = pos == 0 ? m - 1 : pos - 1;
    }
  }
  if constexpr (kMultError) {
    // r_t = G eps_t: J_t = G (eps_t v - c_t a_t), v = mean of a_t / mu_t.
    const double n = static_cast<double>(y.size());
    const double g2 = std::exp(2.0 * log_sum / n);
    for (double& v : a_sum_) v /= n;
    for (int i = 0; i < p; ++i) {
      g[i] = g2 * (sum_squares * a_sum_[i] - ca_sum_[i]);
      for (int j = 0; j <= i; ++j) {
        h[i * p + j] = g2 * (h[i * p + j] - ca_sum_[i] * a_sum_[j] - a_sum_[i] * ca_sum_[j] +
                             sum_squares * a_sum_[i] * a_sum_[j]);
      }
    }
    sum_squares *= g2;
  }
  Symmetrize(out.hessian, p);
  out.sum_squares = std::isfinite(sum_squares) ? sum_squares : HUGE_VAL;
}

void EtsGradient::Linearize(const EtsSpec& spec, std::span<const double> par,
                            std::span<const double> y, EtsLinearization& out) {
  const bool mult_error = spec.error == ErrorType::kMultiplicative;
  auto by_error = [&]<TrendType kT, SeasonType kS>() {
    if (mult_error) {
      Pass<kT, kS, ErrorType::kMultiplicative>(spec, par, y, out);
    } else {
      Pass<kT, kS, ErrorType::kAdditive>(spec, par, y, out);
    }
  };
  auto by_season = [&]<TrendType kT>() {
    switch (spec.season) {
      case SeasonType::kNone:
        by_error.template operator()<kT, SeasonType::kNone>();
        break;
      case SeasonType::kAdditive:
        by_error.template operator()<kT, SeasonType::kAdditive>();
        break;
      case SeasonType::kMultiplicative:
        by_error.template operator()<kT, SeasonType::kMultiplicative>();
        break;
    }
  };
  switch (spec.trend) {
    case TrendType::kNone:
      by_season.template operator()<TrendType::kNone>();
      break;
    case TrendType::kAdditive:
      by_season.template operator()<TrendType::kAdditive>();
      break;
    case TrendType::kDamped:
      by_season.template operator()<TrendType::kDamped>();
      break;
  }
}

}  // namespace lagom::forecast
