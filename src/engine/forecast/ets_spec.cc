#include "engine/forecast/ets_spec.h"

namespace lagom::forecast {
namespace {

const char* TrendCode(TrendType trend) {
  switch (trend) {
    case TrendType::kNone:
      return "N";
    case TrendType::kAdditive:
      return "A";
    case TrendType::kDamped:
      return "Ad";
  }
  return "?";
}

const char* SeasonCode(SeasonType season) {
  switch (season) {
    case SeasonType::kNone:
      return "N";
    case SeasonType::kAdditive:
      return "A";
    case SeasonType::kMultiplicative:
      return "M";
  }
  return "?";
}

}  // namespace

std::string EtsName(const EtsSpec& spec) {
  std::string name = "ETS(";
  name += spec.error == ErrorType::kAdditive ? "A" : "M";
  name += ",";
  name += TrendCode(spec.trend);
  name += ",";
  name += SeasonCode(spec.season);
  name += ")";
  return name;
}

std::optional<EtsSpec> ParseEtsCode(std::string_view code, int period) {
  EtsSpec spec;
  if (code.size() < 3 || code.size() > 4) return std::nullopt;
  if (code[0] != 'A' && code[0] != 'M') return std::nullopt;
  spec.error = code[0] == 'A' ? ErrorType::kAdditive : ErrorType::kMultiplicative;
  std::string_view trend = code.substr(1, code.size() - 2);
  if (trend == "N") {
    spec.trend = TrendType::kNone;
  } else if (trend == "A") {
    spec.trend = TrendType::kAdditive;
  } else if (trend == "Ad") {
    spec.trend = TrendType::kDamped;
  } else {
    return std::nullopt;
  }
  switch (code.back()) {
    case 'N':
      spec.season = SeasonType::kNone;
      break;
    case 'A':
      spec.season = SeasonType::kAdditive;
      break;
    case 'M':
      spec.season = SeasonType::kMultiplicative;
      break;
    default:
      return std::nullopt;
  }
  spec.period = spec.HasSeason() ? period : 1;
  return spec;
}

}  // namespace lagom::forecast
