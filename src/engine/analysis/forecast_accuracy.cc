#include "engine/analysis/forecast_accuracy.h"

#include <cmath>

namespace lagom::analysis {

void AccuracyTally::Add(const ForecastOutcome& o) {
  double error = o.actual - o.forecast;
  ++count_;
  absolute_ += std::abs(error);
  error_ += error;
  forecast_ += o.forecast;
  actual_ += o.actual;
  value_error_ += std::abs(error) * o.unit_value;
  value_actual_ += o.actual * o.unit_value;
  if (o.scale > 0) {
    ++scaled_count_;
    scaled_ += std::abs(error) / o.scale;
  }
}

AccuracyMeasures AccuracyTally::Measures() const {
  AccuracyMeasures m;
  m.count = count_;
  if (count_ == 0) return m;
  m.mae = absolute_ / count_;
  if (scaled_count_ > 0) m.mase = scaled_ / scaled_count_;
  if (actual_ != 0) m.bias = forecast_ / actual_;
  if (absolute_ > 0) m.tracking_signal = error_ / m.mae;
  if (value_actual_ > 0) m.wmape = value_error_ / value_actual_;
  return m;
}

double NaiveScale(std::span<const double> series) {
  if (series.size() < 2) return 0;
  double sum = 0;
  for (std::size_t t = 1; t < series.size(); ++t) sum += std::abs(series[t] - series[t - 1]);
  return sum / static_cast<double>(series.size() - 1);
}

}  // namespace lagom::analysis
