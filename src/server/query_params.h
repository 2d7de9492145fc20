// Query parameters of API requests, checked: whole numbers within bounds, dates, and the
// set of names a route accepts. Errors are InvalidInput values naming the parameter.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

#include "core/date.h"
#include "core/result.h"

namespace lagom::server {

// ?name=N with low ≤ N ≤ high; `fallback` when absent.
Result<std::int64_t> IntParam(const httplib::Request& req, const char* name, std::int64_t fallback,
                              std::int64_t low, std::int64_t high);

// ?name=YYYY-MM-DD; nullopt when absent.
Result<std::optional<Date>> DateParam(const httplib::Request& req, const char* name);

// ?name=YYYY-MM-DD, else `fallback`.
Result<Date> DateParamOr(const httplib::Request& req, const char* name, Date fallback);

// A path segment that must be a positive whole number (an id); InvalidInput naming `what`.
Result<std::int64_t> PositiveId(const std::string& text, const char* what);

// An error naming the first parameter that is not in `allowed`.
Status OnlyParams(const httplib::Request& req, std::initializer_list<const char*> allowed);

}  // namespace lagom::server
