#include "engine/forecast/ets_recursion.h"

#include <algorithm>
#include <cmath>

namespace lagom::forecast {
namespace {

constexpr double kTiny = 1e-10;  // divisor guard, as in R's etscalc
constexpr double kHuge = 1e10;

// Accumulates sum log|x| cheaply: multiplies into a running product and takes the log only
// when the product leaves a safe range.
class LogSum {
 public:
  void Add(double x) {
    double a = std::fabs(x);
    if (a > 1e-100 && a < 1e100) {
      product_ *= a;
      if (product_ > 1e150 || product_ < 1e-150) Flush();
    } else {
      sum_ += std::log(a);
    }
  }
  double Total() {
    Flush();
    return sum_;
  }

 private:
  void Flush() {
    sum_ += std::log(product_);
    product_ = 1.0;
  }
  double product_ = 1.0;
  double sum_ = 0.0;
};

template <TrendType kTrend, SeasonType kSeason, ErrorType kError>
EtsPass Run(const EtsParams& p, std::span<const double> y, double* x, int m,
            std::span<double> residuals) {
  constexpr bool kHasTrend = kTrend != TrendType::kNone;
  constexpr bool kHasSeason = kSeason != SeasonType::kNone;
  double level = x[0];
  double trend = kHasTrend ? x[1] : 0.0;
  double* season = x + (kHasTrend ? 2 : 1);  // used as a ring; read/write position walks down
  int pos = m - 1;
  EtsPass pass;
  LogSum log_sum;
  const std::size_t n = y.size();
  for (std::size_t t = 0; t < n; ++t) {
    const double damped_trend = kTrend == TrendType::kDamped ? p.phi * trend : trend;
    const double base = kHasTrend ? level + damped_trend : level;
    const double s = kHasSeason ? season[pos] : 0.0;
    double fitted = base;
    if constexpr (kSeason == SeasonType::kAdditive) fitted = base + s;
    if constexpr (kSeason == SeasonType::kMultiplicative) fitted = base * s;
    const double obs = y[t];
    if (std::isnan(obs)) {
      level = base;
      trend = damped_trend;
      if (!residuals.empty()) residuals[t] = obs;
    } else {
      const double e = kError == ErrorType::kAdditive ? obs - fitted : (obs - fitted) / fitted;
      pass.sse += e * e;
      if constexpr (kError == ErrorType::kMultiplicative) log_sum.Add(fitted);
      ++pass.observations;
      if (!residuals.empty()) residuals[t] = e;
      double adjusted = obs;  // the observation with the season taken out
      if constexpr (kSeason == SeasonType::kAdditive) adjusted = obs - s;
      if constexpr (kSeason == SeasonType::kMultiplicative) {
        adjusted = std::fabs(s) < kTiny ? kHuge : obs / s;
      }
      const double correction = adjusted - base;
      level = base + p.alpha * correction;
      if constexpr (kHasTrend) trend = damped_trend + p.beta * correction;
      if constexpr (kSeason == SeasonType::kAdditive) season[pos] = s + p.gamma * (obs - base - s);
      if constexpr (kSeason == SeasonType::kMultiplicative) {
        const double ratio = std::fabs(base) < kTiny ? kHuge : obs / base;
        season[pos] = s + p.gamma * (ratio - s);
      }
    }
    if constexpr (kHasSeason) pos = pos == 0 ? m - 1 : pos - 1;
  }
  x[0] = level;
  if constexpr (kHasTrend) x[1] = trend;
  if constexpr (kHasSeason) {
    // The newest season sits just above pos; rotate it back to the front (s_0).
    std::rotate(season, season + (pos + 1) % m, season + m);
  }
  if constexpr (kError == ErrorType::kMultiplicative) pass.log_abs_fitted = log_sum.Total();
  return pass;
}

template <TrendType kTrend, SeasonType kSeason>
EtsPass RunError(const EtsSpec& spec, const EtsParams& p, std::span<const double> y, double* x,
                 std::span<double> residuals) {
  if (spec.error == ErrorType::kAdditive) {
    return Run<kTrend, kSeason, ErrorType::kAdditive>(p, y, x, spec.period, residuals);
  }
  return Run<kTrend, kSeason, ErrorType::kMultiplicative>(p, y, x, spec.period, residuals);
}

template <TrendType kTrend>
EtsPass RunSeason(const EtsSpec& spec, const EtsParams& p, std::span<const double> y, double* x,
                  std::span<double> residuals) {
  switch (spec.season) {
    case SeasonType::kNone:
      return RunError<kTrend, SeasonType::kNone>(spec, p, y, x, residuals);
    case SeasonType::kAdditive:
      return RunError<kTrend, SeasonType::kAdditive>(spec, p, y, x, residuals);
    case SeasonType::kMultiplicative:
      return RunError<kTrend, SeasonType::kMultiplicative>(spec, p, y, x, residuals);
  }
  return {};
}

}  // namespace

EtsPass RunEts(const EtsSpec& spec, const EtsParams& params, std::span<const double> y,
               std::span<double> state, std::span<double> residuals) {
  switch (spec.trend) {
    case TrendType::kNone:
      return RunSeason<TrendType::kNone>(spec, params, y, state.data(), residuals);
    case TrendType::kAdditive:
      return RunSeason<TrendType::kAdditive>(spec, params, y, state.data(), residuals);
    case TrendType::kDamped:
      return RunSeason<TrendType::kDamped>(spec, params, y, state.data(), residuals);
  }
  return {};
}

double EtsCriterion(const EtsSpec& spec, const EtsPass& pass) {
  double value = pass.observations * std::log(pass.sse);
  if (spec.error == ErrorType::kMultiplicative) value += 2.0 * pass.log_abs_fitted;
  if (std::isnan(value) || value == HUGE_VAL) return HUGE_VAL;
  return std::max(value, -1e10);
}

void EtsForecastMean(const EtsSpec& spec, const EtsParams& params, std::span<const double> state,
                     std::span<double> out) {
  const double level = state[0];
  const double trend = spec.HasTrend() ? state[1] : 0.0;
  const int m = spec.period;
  double trend_sum = 0.0;  // phi + phi^2 + ... + phi^h (h for damped, h otherwise)
  double phi_power = 1.0;
  for (std::size_t h = 0; h < out.size(); ++h) {
    phi_power *= spec.IsDamped() ? params.phi : 1.0;
    trend_sum += phi_power;
    double f = level + (spec.HasTrend() ? trend_sum * trend : 0.0);
    if (spec.HasSeason()) {
      const double s = state[spec.SeasonOffset() + (m - 1 - static_cast<int>(h % m))];
      f = spec.season == SeasonType::kAdditive ? f + s : f * s;
    }
    out[h] = f;
  }
}

}  // namespace lagom::forecast
