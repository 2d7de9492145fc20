#include "engine/forecast/auto_method.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "engine/forecast/benchmark_methods.h"
#include "engine/forecast/ets_select.h"
#include "engine/forecast/intermittent.h"

namespace lagom::forecast {
namespace {

// ETS models averaged with Akaike weights exp(-(AICc - best)/2) (Kolassa 2011, "Combining
// exponential smoothing forecasts using Akaike weights", IJF 27), over the fits `keep`
// accepts; models under a thousandth of the largest weight are left out. Named "wETS(...)"
// after the model of largest weight. nullopt when `keep` accepts none.
template <class Keep>
std::optional<ForecastPaths> AkaikeWeighted(const std::vector<EtsFit>& fits, Keep keep, bool floor,
                                            const MethodContext& context) {
  const std::optional<EtsFit> best = BestByAicc(fits, keep);
  if (!best) return std::nullopt;
  std::vector<ForecastPaths> members;
  std::vector<double> weights;
  for (const EtsFit& fit : fits) {
    const double w = std::exp(-0.5 * (fit.aicc - best->aicc));
    if (!keep(fit.spec) || !(w >= 1e-3)) continue;
    members.push_back(ToPaths(EtsForecast(fit, context), context.first));
    if (floor) FloorAtZero(members.back());
    weights.push_back(w);
  }
  if (members.empty()) {  // a non-finite AICc (too few points for the model) weighs nothing
    members.push_back(ToPaths(EtsForecast(*best, context), context.first));
    if (floor) FloorAtZero(members.back());
    weights.push_back(1.0);
  }
  return Combine(members, weights, "w" + EtsName(best->spec));
}

}  // namespace

ForecastPaths AutoForecast(std::span<const double> y, const MethodContext& context) {
  const DemandProfile profile = ClassifyDemand(y);
  if (profile.pattern == DemandPattern::kIntermittent || profile.pattern == DemandPattern::kLumpy) {
    const ForecastOptions& o = context.options;
    return ToPaths(Tsb(y, o.intermittent_alpha, o.tsb_probability_alpha, context.steps),
                   context.first);
  }
  if (y.size() < 4) {
    context.notes.push_back("auto needs more data: historical mean used");
    return ToPaths(Mean(y, 0, context.steps), context.first);
  }
  const std::vector<EtsFit> fits =
      FitEtsCandidates(y, context.options.season_length, {}, EtsFitOptions{}, context.ets);
  const bool floor = *std::min_element(y.begin(), y.end()) >= 0;
  const auto any = [](const EtsSpec&) { return true; };
  const auto damped = [](const EtsSpec& spec) { return spec.IsDamped(); };
  std::vector<ForecastPaths> parts;
  if (auto all = AkaikeWeighted(fits, any, floor, context)) parts.push_back(std::move(*all));
  if (auto some = AkaikeWeighted(fits, damped, floor, context)) parts.push_back(std::move(*some));
  parts.push_back(ToPaths(ThetaForecast(y, context), context.first));
  if (floor) FloorAtZero(parts.back());
  if (parts.size() == 1) return parts.front();
  std::string model = "Combination(";
  for (const ForecastPaths& part : parts) model += (model.size() > 12 ? "," : "") + part.model;
  const std::vector<double> equal(parts.size(), 1.0);
  return Combine(parts, equal, model + ")");
}

}  // namespace lagom::forecast
