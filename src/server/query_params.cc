#include "server/query_params.h"

#include <charconv>
#include <chrono>
#include <string>

namespace lagom::server {

Result<std::int64_t> IntParam(const httplib::Request& req, const char* name, std::int64_t fallback,
                              std::int64_t low, std::int64_t high) {
  if (!req.has_param(name)) return fallback;
  std::string text = req.get_param_value(name);
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < low || value > high) {
    return InvalidInput(std::string(name) + ": '" + text + "' is not a whole number from " +
                        std::to_string(low) + " to " + std::to_string(high));
  }
  return value;
}

Result<std::optional<Date>> DateParam(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return std::optional<Date>();
  auto date = ParseDate(req.get_param_value(name));
  if (!date) return InvalidInput(std::string(name) + ": " + date.error().message);
  return std::optional<Date>(*date);
}

Result<Date> DateParamOr(const httplib::Request& req, const char* name, Date fallback) {
  auto date = DateParam(req, name);
  if (!date) return date.error();
  return date->value_or(fallback);
}

Result<std::int64_t> PositiveId(const std::string& text, const char* what) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) {
    return InvalidInput(std::string(what) + " '" + text + "' is not a positive whole number");
  }
  return id;
}

Status OnlyParams(const httplib::Request& req, std::initializer_list<const char*> allowed) {
  for (const auto& [name, value] : req.params) {
    bool known = false;
    for (const char* a : allowed) known = known || name == a;
    if (!known) return InvalidInput("'" + name + "' is not a query parameter of this route");
  }
  return {};
}

}  // namespace lagom::server
