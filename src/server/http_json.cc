#include "server/http_json.h"

namespace lagom::server {

namespace {

std::string Slug(int status) {
  switch (status) {
    case 400:
      return "invalid-input";
    case 401:
      return "unauthenticated";
    case 403:
      return "forbidden";
    case 404:
      return "not-found";
    case 405:
      return "method-not-allowed";
    case 409:
      return "conflict";
    case 413:
      return "body-too-large";
    case 422:
      return "constraint-violated";
    default:
      return status >= 500 ? "internal-error" : "request-error";
  }
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
  Json problem = {{"type", "urn:lagom:problem:" + Slug(status)},
                  {"title", httplib::detail::status_message(status)},
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

Result<Json> ParseBody(const httplib::Request& req) {
  std::string type = req.get_header_value("Content-Type");
  if (type.find("application/json") == std::string::npos) {
    return InvalidInput("the body must be JSON (Content-Type: application/json)");
  }
  if (!NestingWithin(req.body, 32)) return InvalidInput("the JSON is nested too deeply");
  try {
    return Json::parse(req.body);
  } catch (const Json::parse_error& e) {
    return InvalidInput("malformed JSON at byte " + std::to_string(e.byte) + ": " +
                        std::string(e.what()).substr(std::string(e.what()).find(':') + 2));
  }
}

}  // namespace lagom::server
