// JSON in and out of HTTP handlers: bodies, errors as RFC 9457 application/problem+json,
// and the mapping from Lagom error codes to HTTP status codes.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"

namespace lagom::server {

using Json = nlohmann::ordered_json;

void SendJson(httplib::Response& res, const Json& body, int status = 200);

// A problem document: {"type", "title", "status", "detail", "errors": [...]}.
// `errors` lists {"field", "position", "reason"} objects where the problem is in a field.
void SendProblem(httplib::Response& res, int status, const std::string& detail,
                 Json errors = Json::array());

// 400 invalid input, 404 not found, 409 conflict, 422 constraint violated, 500 otherwise.
int HttpStatusFor(ErrorCode code);
void SendError(httplib::Response& res, const Error& error);

// Exact stored values as JSON numbers: Money raw (1/10000 units), Quantity raw (milli-units).
double MoneyNumber(std::int64_t raw);
double QuantityNumber(std::int64_t milli);
inline Json Number(Money money) {
  return MoneyNumber(money.raw());
}
inline Json Number(Quantity quantity) {
  return QuantityNumber(quantity.raw());
}

// The request body as JSON. Errors (400): not JSON content, malformed JSON (with the byte
// offset), or nesting deeper than 32 levels.
Result<Json> ParseBody(const httplib::Request& req);
// As ParseBody, with each top-level number's text as sent (json_exact.h).
Result<struct ExactJson> ParseExactBody(const httplib::Request& req);
// As ParseBody, but an empty body is an empty object.
Result<Json> ParseOptionalBody(const httplib::Request& req);

}  // namespace lagom::server
