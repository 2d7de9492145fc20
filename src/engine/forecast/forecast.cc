#include "engine/forecast/forecast.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/names.h"
#include "engine/forecast/methods.h"
#include "engine/forecast/normal_quantile.h"
#include "engine/forecast/series_prep.h"

namespace lagom::forecast {
namespace {

constexpr Named<Method> kMethods[] = {
    {Method::kAuto, "auto"},   {Method::kNaive, "naive"},      {Method::kSeasonalNaive, "snaive"},
    {Method::kMean, "mean"},   {Method::kMovingAverage, "ma"}, {Method::kSes, "ses"},
    {Method::kHolt, "holt"},   {Method::kDamped, "damped"},    {Method::kEts, "ets"},
    {Method::kTheta, "theta"}, {Method::kCroston, "croston"},  {Method::kSba, "sba"},
    {Method::kTsb, "tsb"},
};

// A finite, non-negative variance (a variance past the double range is the largest double).
double Tame(double v) {
  if (std::isnan(v) || v < 0) return 0.0;
  return std::min(v, std::numeric_limits<double>::max());
}

}  // namespace

// Assembles a Forecast in the units of the history.
class ForecastBuilder {
 public:
  static Forecast Build(const ForecastPaths& paths, const PreparedSeries& series,
                        const ForecastOptions& options, DemandProfile profile) {
    Forecast f;
    const double s = series.scale;
    f.horizon_ = static_cast<std::size_t>(options.horizon);
    f.model_ = paths.model;
    f.sigma_ = std::isfinite(paths.sigma * s) ? paths.sigma * s : 0.0;
    f.profile_ = profile;
    f.notes_ = series.notes;
    f.floor_at_zero_ = options.non_negative && !series.has_negative;
    for (double v : paths.mean) {
      const double x = std::isfinite(v * s) ? v * s : 0.0;
      f.mean_.push_back(f.floor_at_zero_ ? std::max(x, 0.0) : x);
    }
    for (double v : paths.variance) f.variance_.push_back(Tame(v * s * s));
    for (double v : paths.sums) f.sums_.push_back(Tame(v * s * s));
    return f;
  }

  // Zero forecast and spread, for histories with nothing to fit.
  static Forecast Flat(double level, double sd, const PreparedSeries& series,
                       const ForecastOptions& options, int steps, const char* model,
                       DemandProfile profile = {}) {
    ForecastPaths paths;
    paths.model = model;
    paths.sigma = sd;
    paths.mean.assign(steps, level);
    paths.variance.assign(steps, sd * sd);
    for (int k = 0; k <= steps; ++k) paths.sums.push_back(k * sd * sd);
    return Build(paths, series, options, profile);
  }
};

std::optional<Method> ParseMethod(std::string_view name) {
  return ValueNamed<Method>(kMethods, name);
}

std::string_view MethodName(Method method) {
  return NameOf<Method>(kMethods, method);
}

std::vector<std::string> MethodNames() {
  std::vector<std::string> names;
  for (const Named<Method>& m : kMethods) names.emplace_back(m.name);
  return names;
}

Status ValidateOptions(const ForecastOptions& o) {
  if (o.horizon < 1 || o.horizon > kMaxSteps) {
    return InvalidInput("horizon must be 1.." + std::to_string(kMaxSteps));
  }
  if (o.season_length < 1 || o.season_length > 366) {
    return InvalidInput("season length must be 1..366");
  }
  if (!(o.sum_periods >= 0) || o.sum_periods > kMaxSteps) {
    return InvalidInput("sum periods must be 0.." + std::to_string(kMaxSteps));
  }
  if (o.moving_average_window < 0) return InvalidInput("moving-average window must be >= 0");
  for (double alpha : {o.intermittent_alpha, o.tsb_probability_alpha}) {
    if (!(alpha > 0 && alpha <= 1)) return InvalidInput("smoothing parameters must be in (0, 1]");
  }
  return {};
}

double Forecast::StepVariance(int step) const {
  return variance_[step - 1];
}

Interval Forecast::PredictionInterval(int step, double level) const {
  const double z = NormalQuantile(0.5 + level / 2.0);
  const double mean = mean_[step - 1], half = z * std::sqrt(variance_[step - 1]);
  Interval interval{mean - half, mean + half};
  if (floor_at_zero_) interval.lower = std::max(interval.lower, 0.0);
  return interval;
}

double Forecast::CumulativeMean(double periods) const {
  double sum = 0.0;
  const std::size_t whole = static_cast<std::size_t>(periods);
  for (std::size_t h = 0; h < whole; ++h) sum += mean_[std::min(h, mean_.size() - 1)];
  return sum + (periods - static_cast<double>(whole)) * mean_[std::min(whole, mean_.size() - 1)];
}

double Forecast::CumulativeVariance(double periods) const {
  const std::size_t last = sums_.size() - 1;
  if (periods >= static_cast<double>(last)) {
    const double increment = last > 0 ? sums_[last] - sums_[last - 1] : 0.0;
    return sums_[last] + (periods - static_cast<double>(last)) * increment;
  }
  const std::size_t whole = static_cast<std::size_t>(periods);
  const double part = periods - static_cast<double>(whole);
  return sums_[whole] + part * (sums_[whole + 1] - sums_[whole]);
}

Result<Forecast> Fit(std::span<const double> history, const ForecastOptions& options) {
  if (Status valid = ValidateOptions(options); !valid) return valid.error();
  if (options.from_first_demand) {
    const auto first = std::find_if(history.begin(), history.end(), [](double v) { return v > 0; });
    if (first != history.end()) history = history.subspan(first - history.begin());
  }
  PreparedSeries series = Prepare(history, kMaxSteps);
  const int wanted = std::max(options.horizon, static_cast<int>(std::ceil(options.sum_periods)));
  const int steps = series.trailing_missing + wanted;
  if (series.values.empty()) {
    return ForecastBuilder::Flat(0.0, 0.0, series, options, wanted, "None");
  }
  const DemandProfile profile = ClassifyDemand(series.values);
  if (series.values.size() < 2) {
    const double level = series.values.front();
    series.notes.push_back("one observation: spread sqrt(|value|) per period");
    const double sd = std::sqrt(std::fabs(level * series.scale)) / series.scale;
    return ForecastBuilder::Flat(level, sd, series, options, wanted, "Mean", profile);
  }
  if (series.constant) {
    return ForecastBuilder::Flat(series.values.front(), 0.0, series, options, wanted, "Constant",
                                 profile);
  }
  EtsWorkspace workspace;
  const MethodContext context{options, series.trailing_missing, steps, series.notes, workspace};
  const ForecastPaths paths = RunMethod(options.method, series.values, context);
  return ForecastBuilder::Build(paths, series, options, profile);
}

}  // namespace lagom::forecast
