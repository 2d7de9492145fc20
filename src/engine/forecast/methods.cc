#include "engine/forecast/methods.h"

#include <algorithm>
#include <cmath>

#include "engine/forecast/auto_method.h"
#include "engine/forecast/benchmark_methods.h"
#include "engine/forecast/ets_predict.h"
#include "engine/forecast/ets_select.h"
#include "engine/forecast/intermittent.h"
#include "engine/forecast/theta.h"

namespace lagom::forecast {
namespace {

constexpr std::size_t kModelMinimum = 4;  // ETS and Theta need at least this many points

std::vector<EtsSpec> Family(TrendType trend) {
  return {{ErrorType::kAdditive, trend, SeasonType::kNone, 1},
          {ErrorType::kMultiplicative, trend, SeasonType::kNone, 1}};
}

ModelForecast MeanFallback(std::span<const double> y, const MethodContext& context,
                           const char* method) {
  context.notes.push_back(std::string(method) + " needs more data: historical mean used");
  return Mean(y, 0, context.steps);
}

ModelForecast Run(Method method, std::span<const double> y, const MethodContext& context) {
  const ForecastOptions& o = context.options;
  const int m = o.season_length;
  switch (method) {
    case Method::kNaive:
      return Naive(y, context.steps);
    case Method::kSeasonalNaive:
      return SeasonalNaive(y, m, context.steps);
    case Method::kMean:
      return Mean(y, 0, context.steps);
    case Method::kMovingAverage: {
      const int window = o.moving_average_window > 0 ? o.moving_average_window : std::max(m, 3);
      return Mean(y, window, context.steps);
    }
    case Method::kCroston:
      return Croston(y, o.intermittent_alpha, false, context.steps);
    case Method::kSba:
      return Croston(y, o.intermittent_alpha, true, context.steps);
    case Method::kTsb:
      return Tsb(y, o.intermittent_alpha, o.tsb_probability_alpha, context.steps);
    case Method::kTheta:
      return y.size() < kModelMinimum ? MeanFallback(y, context, "theta")
                                      : ThetaForecast(y, context);
    case Method::kSes:
    case Method::kHolt:
    case Method::kDamped:
    case Method::kEts:
    case Method::kAuto:
      break;
  }
  std::vector<EtsSpec> allowed;
  if (method == Method::kSes) allowed = Family(TrendType::kNone);
  if (method == Method::kHolt) allowed = Family(TrendType::kAdditive);
  if (method == Method::kDamped) allowed = Family(TrendType::kDamped);
  const std::vector<EtsFit> fits =
      y.size() < kModelMinimum
          ? std::vector<EtsFit>{}
          : FitEtsCandidates(y, o.season_length, allowed, EtsFitOptions{}, context.ets);
  const std::optional<EtsFit> best = BestByAicc(fits, [](const EtsSpec&) { return true; });
  return best ? EtsForecast(*best, context) : MeanFallback(y, context, "ETS");
}

}  // namespace

ModelForecast EtsForecast(const EtsFit& fit, const MethodContext& context) {
  EtsPrediction prediction = PredictEts(fit, context.steps);
  ModelForecast out;
  out.model = EtsName(fit.spec);
  out.mean = std::move(prediction.mean);
  out.variance = std::move(prediction.variance);
  out.response = std::move(prediction.response);
  out.sigma = std::sqrt(out.variance.front());
  return out;
}

ModelForecast ThetaForecast(std::span<const double> y, const MethodContext& context) {
  const ThetaFit theta = FitTheta(y, context.options.season_length, context.steps);
  // SES errors: a shock carries on with weight alpha; reseasonalised at the target step.
  ModelForecast out;
  out.model = "Theta";
  out.mean = theta.mean;
  out.response = ErrorResponse(context.steps);
  const double sigma = std::sqrt(theta.sigma2);
  for (int h = 0; h < context.steps; ++h) {
    for (int i = 0; i <= h; ++i) {
      out.response.at(h, i) = sigma * theta.season_factor[h] * (i == h ? 1.0 : theta.alpha);
    }
  }
  out.variance = out.response.StepVariances();
  out.sigma = std::sqrt(out.variance.front());
  return out;
}

ForecastPaths RunMethod(Method method, std::span<const double> y, const MethodContext& context) {
  if (method == Method::kAuto) return AutoForecast(y, context);
  return ToPaths(Run(method, y, context), context.first);
}

}  // namespace lagom::forecast
