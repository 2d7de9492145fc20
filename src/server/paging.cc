#include "server/paging.h"

#include "server/query_params.h"

namespace lagom::server {

Result<Paging> ParsePaging(const httplib::Request& req) {
  auto limit = IntParam(req, "limit", 100, 1, 1000);
  if (!limit) return limit.error();
  auto offset = IntParam(req, "offset", 0, 0, std::int64_t{1} << 40);
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
