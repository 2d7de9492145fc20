// Paging of list endpoints: ?limit=N (1–1000, default 100) &offset=M (≥ 0), answered as
// {"items": [...], "total": T, "limit": N, "offset": M}.
#pragma once

#include <cstdint>

#include "server/http_json.h"

namespace lagom::server {

struct Paging {
  std::int64_t limit = 100;
  std::int64_t offset = 0;
};

Result<Paging> ParsePaging(const httplib::Request& req);
Json PageJson(Json items, std::int64_t total, std::int64_t limit, std::int64_t offset);
// The OpenAPI schema of a page of `item_schema`.
Json PageSchema(const Json& item_schema);

}  // namespace lagom::server
