#include "engine/forecast/auto_method.h"

#include <algorithm>
#include <vector>

#include "engine/forecast/benchmark_methods.h"
#include "engine/forecast/ets_select.h"
#include "engine/forecast/intermittent.h"

namespace lagom::forecast {
namespace {

ForecastPaths Intermittent(std::span<const double> y, const DemandProfile& profile,
                           const MethodContext& context) {
  const ForecastOptions& o = context.options;
  if (profile.pattern == DemandPattern::kIntermittent || profile.pattern == DemandPattern::kLumpy) {
    return ToPaths(Tsb(y, o.intermittent_alpha, o.tsb_probability_alpha, context.steps),
                   context.first);
  }
  return ToPaths(Croston(y, o.intermittent_alpha, true, context.steps), context.first);
}

}  // namespace

ForecastPaths AutoForecast(std::span<const double> y, const MethodContext& context) {
  const DemandProfile profile = ClassifyDemand(y);
  const bool has_zero = std::any_of(y.begin(), y.end(), [](double v) { return v <= 0; });
  if (has_zero) return Intermittent(y, profile, context);
  if (y.size() < 4) {
    context.notes.push_back("auto needs more data: historical mean used");
    return ToPaths(Mean(y, 0, context.steps), context.first);
  }
  const std::vector<EtsFit> fits =
      FitEtsCandidates(y, context.options.season_length, {}, EtsFitOptions{}, context.ets);
  std::vector<ForecastPaths> parts;
  const auto any = [](const EtsSpec&) { return true; };
  const auto damped = [](const EtsSpec& spec) { return spec.IsDamped(); };
  if (auto best = BestByAicc(fits, any))
    parts.push_back(ToPaths(EtsForecast(*best, context), context.first));
  if (auto best = BestByAicc(fits, damped)) {
    parts.push_back(ToPaths(EtsForecast(*best, context), context.first));
  }
  parts.push_back(ToPaths(ThetaForecast(y, context), context.first));
  return parts.size() == 1 ? parts.front() : Combine(parts);
}

}  // namespace lagom::forecast
