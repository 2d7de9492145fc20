#include "server/paging.h"

#include <charconv>

namespace lagom::server {

namespace {

Result<std::int64_t> ParseBounded(const httplib::Request& req, const char* name,
                                  std::int64_t fallback, std::int64_t low, std::int64_t high) {
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

}  // namespace

Result<Paging> ParsePaging(const httplib::Request& req) {
  auto limit = ParseBounded(req, "limit", 100, 1, 1000);
  if (!limit) return limit.error();
  auto offset = ParseBounded(req, "offset", 0, 0, std::int64_t{1} << 40);
  if (!offset) return offset.error();
  return Paging{*limit, *offset};
}

Json PageJson(Json items, std::int64_t total, std::int64_t limit, std::int64_t offset) {
  return {{"items", std::move(items)}, {"total", total}, {"limit", limit}, {"offset", offset}};
}

Json PageSchema(const Json& item_schema) {
  return {{"type", "object"},
          {"properties",
           {{"items", {{"type", "array"}, {"items", item_schema}}},
            {"total", {{"type", "integer"}}},
            {"limit", {{"type", "integer"}}},
            {"offset", {{"type", "integer"}}}}}};
}

}  // namespace lagom::server
