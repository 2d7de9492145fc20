#include "engine/forecast/intermittent.h"

#include <cmath>
#include <string>
#include <vector>

namespace lagom::forecast {
namespace {

constexpr double kAdiCut = 1.32;
constexpr double kCv2Cut = 0.49;

// Flat forecast with independent errors of total one-step variance mse, a share
// alpha/(2-alpha) of which is a level error shared by every step.
ModelForecast Flat(std::string model, double level, double mse, double alpha, int steps) {
  ModelForecast out;
  out.model = std::move(model);
  out.mean.assign(steps, level);
  const double shared = alpha / (2.0 - alpha);
  const double shock = std::sqrt(mse / (1.0 + shared));
  out.response = ErrorResponse(steps);
  for (int h = 0; h < steps; ++h) out.response.at(h, h) = shock;
  out.response.level_variance = shared * shock * shock;
  out.variance = out.response.StepVariances();
  out.sigma = std::sqrt(mse);
  return out;
}

std::string Named(const char* method, double alpha) {
  std::string text = std::to_string(alpha);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return std::string(method) + "(" + text + ")";
}

}  // namespace

DemandProfile ClassifyDemand(std::span<const double> y) {
  DemandProfile p;
  double sum = 0.0, squares = 0.0;
  for (double v : y) {
    if (v <= 0) continue;
    ++p.nonzero;
    sum += v;
    squares += v * v;
  }
  p.adi = p.nonzero > 0 ? static_cast<double>(y.size()) / p.nonzero : HUGE_VAL;
  if (p.nonzero >= 2) {
    const double mean = sum / p.nonzero;
    const double variance = (squares - p.nonzero * mean * mean) / (p.nonzero - 1);
    p.cv2 = std::fmax(variance, 0.0) / (mean * mean);
  }
  const bool frequent = p.adi < kAdiCut, steady = p.cv2 < kCv2Cut;
  p.pattern = frequent ? (steady ? DemandPattern::kSmooth : DemandPattern::kErratic)
                       : (steady ? DemandPattern::kIntermittent : DemandPattern::kLumpy);
  return p;
}

std::string_view DemandPatternName(DemandPattern pattern) {
  switch (pattern) {
    case DemandPattern::kSmooth:
      return "smooth";
    case DemandPattern::kErratic:
      return "erratic";
    case DemandPattern::kIntermittent:
      return "intermittent";
    case DemandPattern::kLumpy:
      return "lumpy";
  }
  return "?";
}

ModelForecast Croston(std::span<const double> y, double alpha, bool sba, int steps) {
  const double factor = sba ? 1.0 - alpha / 2.0 : 1.0;
  double size = 0.0, interval = 0.0, forecast = 0.0, squares = 0.0;
  int since = 0, demands = 0, fitted = 0;
  for (double v : y) {
    ++since;
    if (demands > 0) {  // one-step error of the forecast made before this period
      squares += (v - forecast) * (v - forecast);
      ++fitted;
    }
    if (v <= 0) continue;
    if (demands == 0) {
      size = v;
      interval = since;
    } else {
      size += alpha * (v - size);
      interval += alpha * (since - interval);
    }
    ++demands;
    since = 0;
    forecast = factor * size / interval;
  }
  double mse = fitted > 0 ? squares / fitted : 0.0;
  if (fitted == 0) {
    for (double v : y) mse += v * v / static_cast<double>(y.size());
  }
  return Flat(Named(sba ? "SBA" : "Croston", alpha), forecast, mse, alpha, steps);
}

ModelForecast Tsb(std::span<const double> y, double alpha_z, double alpha_p, int steps) {
  const DemandProfile profile = ClassifyDemand(y);
  double probability = y.empty() ? 0.0 : profile.nonzero / static_cast<double>(y.size());
  double size = 0.0;
  for (double v : y) size += v > 0 ? v / profile.nonzero : 0.0;
  double squares = 0.0;
  for (double v : y) {
    const double forecast = probability * size;
    squares += (v - forecast) * (v - forecast);
    if (v > 0) {
      probability += alpha_p * (1.0 - probability);
      size += alpha_z * (v - size);
    } else {
      probability -= alpha_p * probability;
    }
  }
  const double mse = y.empty() ? 0.0 : squares / static_cast<double>(y.size());
  return Flat(Named("TSB", alpha_z), probability * size, mse, alpha_p, steps);
}

}  // namespace lagom::forecast
