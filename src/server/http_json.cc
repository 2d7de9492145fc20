#include "server/http_json.h"

#include "server/json_exact.h"

namespace lagom::server {

namespace {

struct ProblemKind {
  int status;
  const char* slug;
  const char* title;
};

constexpr ProblemKind kKinds[] = {
    {400, "invalid-input", "Bad Request"},
    {401, "unauthenticated", "Unauthorized"},
    {403, "forbidden", "Forbidden"},
    {404, "not-found", "Not Found"},
    {405, "method-not-allowed", "Method Not Allowed"},
    {409, "conflict", "Conflict"},
    {413, "body-too-large", "Content Too Large"},
    {422, "constraint-violated", "Unprocessable Content"},
    {500, "internal-error", "Internal Server Error"},
};

ProblemKind KindOf(int status) {
  for (const ProblemKind& kind : kKinds) {
    if (kind.status == status) return kind;
  }
  return status >= 500 ? ProblemKind{status, "internal-error", "Server Error"}
                       : ProblemKind{status, "request-error", "Request Error"};
}

// Rejects documents nested deeper than `limit` before nlohmann parses them recursively.
bool NestingWithin(const std::string& body, int limit) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (char c : body) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') in_string = true;
    if (c == '[' || c == '{') ++depth;
    if (c == ']' || c == '}') --depth;
    if (depth > limit) return false;
  }
  return true;
}

}  // namespace

void SendJson(httplib::Response& res, const Json& body, int status) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace), "application/json");
}

void SendProblem(httplib::Response& res, int status, const std::string& detail, Json errors) {
  ProblemKind kind = KindOf(status);
  Json problem = {{"type", std::string("urn:lagom:problem:") + kind.slug},
                  {"title", kind.title},
                  {"status", status},
                  {"detail", detail}};
  if (!errors.empty()) problem["errors"] = std::move(errors);
  res.status = status;
  res.set_content(problem.dump(-1, ' ', false, Json::error_handler_t::replace),
                  "application/problem+json");
}

int HttpStatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput:
      return 400;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kConstraintViolated:
      return 422;
    default:
      return 500;
  }
}

void SendError(httplib::Response& res, const Error& error) {
  SendProblem(res, HttpStatusFor(error.code), error.message);
}

double MoneyNumber(std::int64_t raw) {
  return static_cast<double>(raw) / 1e4;
}

double QuantityNumber(std::int64_t milli) {
  return static_cast<double>(milli) / 1e3;
}

Result<ExactJson> ParseExactBody(const httplib::Request& req) {
  std::string type = req.get_header_value("Content-Type");
  if (type.find("application/json") == std::string::npos) {
    return InvalidInput("the body must be JSON (Content-Type: application/json)");
  }
  if (!NestingWithin(req.body, 32)) return InvalidInput("the JSON is nested too deeply");
  return ParseJsonExact(req.body);
}

Result<Json> ParseBody(const httplib::Request& req) {
  auto parsed = ParseExactBody(req);
  if (!parsed) return parsed.error();
  return std::move(parsed->value);
}

Result<Json> ParseOptionalBody(const httplib::Request& req) {
  if (req.body.empty()) return Json::object();
  return ParseBody(req);
}

}  // namespace lagom::server
