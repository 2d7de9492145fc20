#include "connectors/tryton/tryton_values.h"

#include <fmt/format.h>

#include <cstdio>

namespace lagom::connectors::tryton {

std::string DecimalText(const nlohmann::json& value) {
  if (value.is_object() && value.contains("decimal")) return value["decimal"].get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number()) return QuantityText(value.get<double>());
  return "";
}

std::string QuantityText(double quantity) {
  std::string text = fmt::format("{:.3f}", quantity);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

std::optional<Date> DateOf(const nlohmann::json& value) {
  if (!value.is_object() || !value.contains("year")) return std::nullopt;
  return MakeDate(value["year"].get<int>(), value["month"].get<unsigned>(),
                  value["day"].get<unsigned>());
}

nlohmann::json DateValue(Date date) {
  std::chrono::year_month_day ymd(date);
  return {{"__class__", "date"},
          {"year", static_cast<int>(ymd.year())},
          {"month", static_cast<unsigned>(ymd.month())},
          {"day", static_cast<unsigned>(ymd.day())}};
}

std::string DatetimeText(const nlohmann::json& value) {
  if (!value.is_object() || !value.contains("year")) return "";
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}", value["year"].get<int>(),
                     value["month"].get<int>(), value["day"].get<int>(), value.value("hour", 0),
                     value.value("minute", 0), value.value("second", 0),
                     value.value("microsecond", 0));
}

Result<nlohmann::json> DatetimeValue(const std::string& text) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, micro = 0;
  int fields = std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%6d", &year, &month, &day, &hour,
                           &minute, &second, &micro);
  if (fields < 3 || !std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month),
                                                 std::chrono::day(day))
                         .ok()) {
    return InvalidInput("'" + text + "' is not a date or date and time (YYYY-MM-DD[THH:MM:SS])");
  }
  return nlohmann::json{{"__class__", "datetime"},
                        {"year", year},
                        {"month", month},
                        {"day", day},
                        {"hour", hour},
                        {"minute", minute},
                        {"second", second},
                        {"microsecond", micro}};
}

std::int64_t IdOf(const nlohmann::json& value) {
  return value.is_number() ? value.get<std::int64_t>() : 0;
}

std::string TextOf(const nlohmann::json& value) {
  return value.is_string() ? value.get<std::string>() : "";
}

bool TruthOf(const nlohmann::json& value) {
  if (value.is_boolean()) return value.get<bool>();
  return value.is_number() && value.get<double>() != 0;
}

double DaysOf(const nlohmann::json& value) {
  if (!value.is_object() || !value.contains("seconds")) return 0;
  return value["seconds"].get<double>() / 86400.0;
}

}  // namespace lagom::connectors::tryton
