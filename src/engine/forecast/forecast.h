// The forecasting engine's entry point, for the planning run and `lagom forecast`.
//
//   Result<Forecast> Fit(std::span<const double> history, const ForecastOptions& options);
//
// history: demand per period, oldest first, in any unit (NaN = missing). The result holds point
// forecasts for steps 1..horizon after the last period, the model used, and the spread of the
// forecast errors: per step (prediction intervals) and of the sum over any number of periods
// (safety stock over lead time plus review period).
//
// Pure and deterministic: no I/O, clocks, threads or global state. Fit is re-entrant and
// thread-safe; a Forecast is immutable and safe to share. Parallelise in the caller.
//
// Data never makes Fit fail; it falls back and says so in Forecast::Notes():
//   - empty history: zero forecast and zero spread;
//   - missing values (NaN, +-inf): leading ones dropped, inner ones interpolated linearly,
//     trailing ones forecast (step 1 is still the first period after the history); more than
//     kMaxSteps trailing ones count as kMaxSteps;
//   - constant history (all zeros included): that constant, zero spread;
//   - fewer than 2 points: spread sqrt(|mean|) per period (Poisson); fewer than 4 points:
//     the mean for methods that need more (ETS, Theta, auto);
//   - negative values (returns) rule out multiplicative models; Croston-type methods count them
//     as zero demand;
//   - huge values: the engine works on the series divided by its largest magnitude.
// Only options out of range are an InvalidInput error.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "engine/forecast/intermittent.h"

namespace lagom::forecast {

enum class Method {
  kAuto,           // see auto_method.h: ETS/Theta/damped combination, or SBA/TSB if intermittent
  kNaive,          // last value
  kSeasonalNaive,  // value one season back
  kMean,           // historical mean
  kMovingAverage,  // mean of the last moving_average_window periods
  kSes,            // ETS(A,N,N) / ETS(M,N,N) by AICc
  kHolt,           // ETS(A,A,N) / ETS(M,A,N)
  kDamped,         // ETS(A,Ad,N) / ETS(M,Ad,N)
  kEts,            // automatic ETS, as R's forecast::ets
  kTheta,          // R's forecast::thetaf
  kCroston,
  kSba,
  kTsb,
};

// CLI names: auto naive snaive mean ma ses holt damped ets theta croston sba tsb.
std::optional<Method> ParseMethod(std::string_view name);
std::string_view MethodName(Method method);
// Every CLI name, in the order above.
std::vector<std::string> MethodNames();

// Longest horizon, sum and trailing gap: the error structure takes memory quadratic in the
// steps (32 MB at 2 x kMaxSteps).
inline constexpr int kMaxSteps = 1000;

struct ForecastOptions {
  int horizon = 12;       // steps of point forecasts, 1..kMaxSteps
  int season_length = 1;  // m: 12 monthly, 4 quarterly, 52 weekly; 1 = none; 1..366
  Method method = Method::kAuto;
  double sum_periods = 0.0;            // longest sum CumulativeVariance is asked for; 0..kMaxSteps
  int moving_average_window = 0;       // kMovingAverage; 0 = season_length (at least 3)
  double intermittent_alpha = 0.1;     // Croston/SBA smoothing, TSB size smoothing; (0, 1]
  double tsb_probability_alpha = 0.1;  // TSB demand-probability smoothing; (0, 1]
  bool non_negative = true;            // with no negative history, floor forecasts and bounds at 0
  // Fit only the history from the first positive value on: the periods before an item's first
  // demand are taken as before its introduction, not as evidence of no demand (a new item is
  // then forecast from its own demand, not diluted by the zeros before it). A history without
  // a positive value is used whole.
  bool from_first_demand = false;
};

// Checks the ranges above.
Status ValidateOptions(const ForecastOptions& options);

struct Interval {
  double lower = 0.0;
  double upper = 0.0;
};

class Forecast {
 public:
  // Point forecasts for steps 1..horizon.
  std::span<const double> Mean() const { return {mean_.data(), horizon_}; }
  // Model used, e.g. "ETS(M,Ad,M)", "Theta", "TSB(0.1)" or, from auto,
  // "Combination(wETS(M,A,N),wETS(M,Ad,N),Theta)" (see auto_method.h).
  const std::string& Model() const { return model_; }
  // One-step forecast error standard deviation, in units of the data.
  double Sigma() const { return sigma_; }
  const DemandProfile& Profile() const { return profile_; }
  // Fallbacks applied to the data (see the top of this header); empty when none.
  const std::vector<std::string>& Notes() const { return notes_; }

  // Variance of the error of step `step` (1-based). REQUIRES: 1 <= step <= horizon.
  double StepVariance(int step) const;
  // Normal prediction interval of step `step` for coverage `level` in (0, 1).
  Interval PredictionInterval(int step, double level) const;

  // Sum of the point forecasts over the next `periods` periods (fractional: the last period
  // counts in part). Beyond the computed steps the last step's forecast repeats.
  double CumulativeMean(double periods) const;
  // Variance of the sum of demand over the next `periods` periods, interpolated linearly
  // between whole periods; beyond max(horizon, sum_periods) extrapolated with the last
  // increment. REQUIRES: periods >= 0.
  double CumulativeVariance(double periods) const;

 private:
  friend class ForecastBuilder;
  std::size_t horizon_ = 0;
  std::vector<double> mean_;      // steps 1..K (K >= horizon)
  std::vector<double> variance_;  // per step
  std::vector<double> sums_;      // sums_[k] = variance of the sum of steps 1..k, k = 0..K
  std::string model_;
  double sigma_ = 0.0;
  DemandProfile profile_;
  std::vector<std::string> notes_;
  bool floor_at_zero_ = false;
};

// Fits the method of `options` to `history` and forecasts. InvalidInput only for options out of
// range (see ValidateOptions).
Result<Forecast> Fit(std::span<const double> history, const ForecastOptions& options);

}  // namespace lagom::forecast
