// Forecast accuracy: forecasts of past periods set against what was then sold, summed into
// the measures a planner compares methods, planners and lags by. Pure; a tally is a value
// (not shared between threads while adding).
//
//   error e = actual − forecast (as Brown's tracking signal in alert_rules.h)
//   MAE   = Σ|e| / n
//   MASE  = Σ(|e| / scale) / n over the forecasts whose stock point has a scale > 0, where the
//           scale is the stock point's in-sample one-period naive MAE (NaiveScale)
//   bias  = Σ forecast / Σ actual (1: unbiased; below 1 the forecast runs short)
//   tracking signal = Σe / MAE, in [−n, n]
//   wMAPE = Σ(|e| · value) / Σ(actual · value), value = the item's unit value
#pragma once

#include <optional>
#include <span>

namespace lagom::analysis {

// One forecast of one period of one stock point, and the actual demand of that period.
struct ForecastOutcome {
  double forecast = 0, actual = 0;
  double scale = 0;       // NaiveScale of the stock point's demand; 0: no MASE term
  double unit_value = 0;  // weight of wMAPE (unit cost); ≥ 0
};

struct AccuracyMeasures {
  int count = 0;  // forecasts measured
  double mae = 0;
  std::optional<double> mase;             // none without a scaled forecast
  std::optional<double> bias;             // none when nothing was sold
  std::optional<double> tracking_signal;  // none when every error is zero
  std::optional<double> wmape;            // none when Σ actual · value is 0
};

class AccuracyTally {
 public:
  void Add(const ForecastOutcome& outcome);
  AccuracyMeasures Measures() const;

 private:
  int count_ = 0, scaled_count_ = 0;
  double absolute_ = 0, error_ = 0, scaled_ = 0;
  double forecast_ = 0, actual_ = 0;
  double value_error_ = 0, value_actual_ = 0;
};

// Mean |y_t − y_{t−1}| of a demand series (oldest first); 0 with fewer than two values.
double NaiveScale(std::span<const double> series);

}  // namespace lagom::analysis
