// ETS model descriptions after Hyndman, Koehler, Ord & Snyder (2008), "Forecasting with
// exponential smoothing: the state space approach": error A/M, trend N/A/Ad, season N/A/M.
//
// State layout (the one R's forecast package uses, so fitted states compare one to one):
//   [level, trend (if any), s_0, s_-1, ..., s_-(m-1)]  where s_0 is the most recent season.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lagom::forecast {

enum class ErrorType : std::uint8_t { kAdditive, kMultiplicative };
enum class TrendType : std::uint8_t { kNone, kAdditive, kDamped };
enum class SeasonType : std::uint8_t { kNone, kAdditive, kMultiplicative };

struct EtsSpec {
  ErrorType error = ErrorType::kAdditive;
  TrendType trend = TrendType::kNone;
  SeasonType season = SeasonType::kNone;
  int period = 1;  // season length m; 1 when season == kNone

  bool HasTrend() const { return trend != TrendType::kNone; }
  bool IsDamped() const { return trend == TrendType::kDamped; }
  bool HasSeason() const { return season != SeasonType::kNone; }
  // Number of state components: level + trend + m seasonal states.
  int StateCount() const { return 1 + (HasTrend() ? 1 : 0) + (HasSeason() ? period : 0); }
  // Index of s_0 in the state vector.
  int SeasonOffset() const { return HasTrend() ? 2 : 1; }
};

// Smoothing parameters. beta is used only with a trend, gamma only with a season,
// phi only when damped (phi == 1 otherwise).
struct EtsParams {
  double alpha = 0.0;
  double beta = 0.0;
  double gamma = 0.0;
  double phi = 1.0;
};

// "ETS(M,Ad,N)" — the notation of R's forecast::ets.
std::string EtsName(const EtsSpec& spec);

// Parses the three-letter code of R ("ANN", "MAM", "AAdN" or "MAdM"). period is taken as given
// and forced to 1 for non-seasonal codes. nullopt when the code is not one of this family.
std::optional<EtsSpec> ParseEtsCode(std::string_view code, int period);

}  // namespace lagom::forecast
