#include "engine/forecast/ets_select.h"

#include <algorithm>

namespace lagom::forecast {
namespace {

bool SameModel(const EtsSpec& a, const EtsSpec& b) {
  return a.error == b.error && a.trend == b.trend && a.season == b.season;
}

}  // namespace

std::vector<EtsSpec> EtsCandidates(std::span<const double> y, int m,
                                   std::span<const EtsSpec> allowed) {
  const bool positive = !y.empty() && *std::min_element(y.begin(), y.end()) > 0;
  const bool seasonal = m >= 2 && m <= 24 && y.size() > static_cast<std::size_t>(m);
  std::vector<EtsSpec> out;
  for (ErrorType error : {ErrorType::kAdditive, ErrorType::kMultiplicative}) {
    if (error == ErrorType::kMultiplicative && !positive) continue;
    for (bool has_trend : {false, true}) {
      for (SeasonType season :
           {SeasonType::kNone, SeasonType::kAdditive, SeasonType::kMultiplicative}) {
        if (season != SeasonType::kNone && !seasonal) continue;
        if (season == SeasonType::kMultiplicative && error == ErrorType::kAdditive) continue;
        for (bool damped : {true, false}) {
          if (damped && !has_trend) continue;
          const TrendType trend = !has_trend ? TrendType::kNone
                                  : damped   ? TrendType::kDamped
                                             : TrendType::kAdditive;
          const EtsSpec spec{error, trend, season, season == SeasonType::kNone ? 1 : m};
          if (allowed.empty() || std::any_of(allowed.begin(), allowed.end(),
                                             [&](const auto& a) { return SameModel(a, spec); })) {
            out.push_back(spec);
          }
        }
      }
    }
  }
  return out;
}

std::vector<EtsFit> FitEtsCandidates(std::span<const double> y, int m,
                                     std::span<const EtsSpec> allowed, const EtsFitOptions& options,
                                     EtsWorkspace& ws) {
  std::vector<EtsFit> fits;
  for (const EtsSpec& spec : EtsCandidates(y, m, allowed)) {
    std::optional<EtsFit> fit = FitEts(y, spec, options, ws);
    if (fit) fits.push_back(std::move(*fit));
  }
  return fits;
}

}  // namespace lagom::forecast
