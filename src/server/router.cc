#include "server/router.h"

#include <cctype>
#include <mutex>
#include <regex>

namespace lagom::server {

namespace {

// "/api/v1/items/{code}" → "/api/v1/items/([^/]+)"
std::string PathPattern(const std::string& path) {
  return std::regex_replace(path, std::regex(R"(\{[a-z_]+\})"), "([^/]+)");
}

// "Authorization: Bearer <token>"; the scheme's name in any case (RFC 7235 §2.1), spaces
// after it skipped.
std::optional<std::string> BearerToken(const httplib::Request& req) {
  std::string header = req.get_header_value("Authorization");
  constexpr std::string_view kScheme = "bearer";
  if (header.size() <= kScheme.size() || header[kScheme.size()] != ' ') return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(header[i])) != kScheme[i]) return std::nullopt;
  }
  std::size_t token = header.find_first_not_of(' ', kScheme.size());
  if (token == std::string::npos) return std::nullopt;
  return header.substr(token);
}

// Authenticates and authorises; false (with the response written) when the request may not
// proceed.
bool Admit(const Route& route, RequestContext& context) {
  if (!route.permission) return true;
  auto token = BearerToken(context.req);
  auto user = token ? app::Authenticate(context.db, *token)
                    : Result<std::optional<app::User>>(std::optional<app::User>());
  if (!user) {
    SendError(context.res, user.error());
    return false;
  }
  if (!*user) {
    context.res.set_header("WWW-Authenticate", "Bearer");
    SendProblem(context.res, 401, "a valid bearer token is required (POST /api/v1/login)");
    return false;
  }
  if (!app::Allows((*user)->role, *route.permission)) {
    SendProblem(context.res, 403,
                "the role '" + std::string(app::RoleName((*user)->role)) + "' may not " +
                    route.method + " " + route.path);
    return false;
  }
  context.user = *user;
  return true;
}

httplib::Server::Handler Wrap(const Route& route, ConnectionPool& pool) {
  return [&route, &pool](const httplib::Request& req, httplib::Response& res) {
    auto lease = pool.Acquire();
    if (!lease) return SendError(res, lease.error());
    RequestContext context{req, res, **lease, std::nullopt};
    if (!Admit(route, context)) return;
    std::unique_lock<std::mutex> writing(pool.writers(), std::defer_lock);
    if (route.method != "GET" && route.queued) writing.lock();
    try {
      route.handler(context);
    } catch (const std::exception& e) {
      SendProblem(res, 500, std::string("internal error: ") + e.what());
    }
  };
}

// The error statuses a route can answer, from what it takes: 400 bad input (every route that
// reads parameters or a body), 401/403 when it needs a role, 404 an unknown path id, 409/422
// a write that conflicts or breaks a rule, 413 a body over the limit; 500 on any route.
std::vector<std::pair<int, std::string>> ErrorStatuses(const Route& route) {
  bool body = !route.doc.request_schema.is_null();
  bool path_ids = route.path.find('{') != std::string::npos;
  bool writes = route.method != "GET";
  std::vector<std::pair<int, std::string>> statuses;
  if (body || path_ids || !route.doc.query.empty()) statuses.push_back({400, "bad input"});
  if (route.permission) {
    statuses.push_back({401, "no valid bearer token"});
    statuses.push_back({403, "the token's role may not do this"});
  }
  if (path_ids) statuses.push_back({404, "no such id"});
  if (writes) statuses.push_back({409, "conflicts with the current state"});
  if (body) statuses.push_back({413, "body over 16 MiB"});
  if (writes) statuses.push_back({422, "a rule forbids it"});
  statuses.push_back({500, "internal error"});
  return statuses;
}

Json Operation(const Route& route) {
  Json operation = {{"summary", route.doc.summary}, {"tags", Json::array({route.doc.tag})}};
  Json parameters = Json::array();
  std::smatch match;
  std::string rest = route.path;
  while (std::regex_search(rest, match, std::regex(R"(\{([a-z_]+)\})"))) {
    parameters.push_back({{"name", match[1].str()},
                          {"in", "path"},
                          {"required", true},
                          {"schema", {{"type", "string"}}}});
    rest = match.suffix();
  }
  for (const std::string& name : route.doc.query) {
    parameters.push_back({{"name", name}, {"in", "query"}, {"schema", {{"type", "string"}}}});
  }
  if (!route.doc.request_schema.is_null()) {
    operation["requestBody"] = {
        {"required", true},
        {"content", {{"application/json", {{"schema", route.doc.request_schema}}}}}};
  }
  if (route.doc.idempotency_key) {
    parameters.push_back(
        {{"name", "Idempotency-Key"},
         {"in", "header"},
         {"description",
          "the write is made once per key (the body's `key` may give it instead); the key "
          "used again for a different request is refused (422)"},
         {"schema", {{"type", "string"}}}});
  }
  if (!parameters.empty()) operation["parameters"] = parameters;
  Json answer =
      route.doc.response_schema.is_null() ? Json{{"type", "object"}} : route.doc.response_schema;
  Json success = {{"description", "success"},
                  {"content", {{"application/json", {{"schema", answer}}}}}};
  operation["responses"] = {{std::to_string(route.doc.success_status), success}};
  if (route.doc.idempotency_key && route.doc.success_status != 200) {
    success["description"] = "a replay of a key already used: the first answer, \"replayed\": true";
    operation["responses"]["200"] = success;
  }
  for (const auto& [status, description] : ErrorStatuses(route)) {
    operation["responses"][std::to_string(status)] = {
        {"description", description},
        {"content",
         {{"application/problem+json", {{"schema", {{"$ref", "#/components/schemas/problem"}}}}}}}};
  }
  if (route.permission) operation["security"] = Json::array({{{"bearer", Json::array()}}});
  return operation;
}

}  // namespace

void Router::Install(httplib::Server& http, ConnectionPool& pool) const {
  for (const Route& route : routes_) {
    std::string pattern = PathPattern(route.path);
    auto handler = Wrap(route, pool);
    if (route.method == "GET") http.Get(pattern, handler);
    if (route.method == "POST") http.Post(pattern, handler);
    if (route.method == "PUT") http.Put(pattern, handler);
    if (route.method == "PATCH") http.Patch(pattern, handler);
    if (route.method == "DELETE") http.Delete(pattern, handler);
  }
}

std::vector<std::string> Router::MethodsOf(const std::string& path) const {
  std::vector<std::string> methods;
  for (const Route& route : routes_) {
    if (std::regex_match(path, std::regex(PathPattern(route.path)))) {
      methods.push_back(route.method);
    }
  }
  return methods;
}

Json Router::OpenApi(const Json& component_schemas) const {
  Json paths = Json::object();
  for (const Route& route : routes_) {
    std::string method = route.method;
    for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    paths[route.path][method] = Operation(route);
  }
  Json schemas = component_schemas;
  schemas["problem"] = {{"type", "object"},
                        {"description", "an error, as RFC 9457 problem details"},
                        {"properties",
                         {{"type", {{"type", "string"}}},
                          {"title", {{"type", "string"}}},
                          {"status", {{"type", "integer"}}},
                          {"detail", {{"type", "string"}}},
                          {"errors",
                           {{"type", "array"},
                            {"items",
                             {{"type", "object"},
                              {"properties",
                               {{"field", {{"type", "string"}}},
                                {"position", {{"type", "integer"}}},
                                {"reason", {{"type", "string"}}}}}}}}}}}};
  return {{"openapi", "3.0.3"},
          {"info", {{"title", "Lagom API"}, {"version", "1"}}},
          {"paths", paths},
          {"components",
           {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}},
            {"schemas", schemas}}}};
}

}  // namespace lagom::server
