// The API's routes as data: method, path, the permission it needs, a summary and a handler.
// The same table installs the routes into the HTTP server, enforces authentication and roles
// on every route, and generates the OpenAPI document — so the document cannot drift from
// what is served.
#pragma once

#include <httplib.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/auth.h"
#include "server/connection_pool.h"
#include "server/http_json.h"

namespace lagom::server {

struct RequestContext {
  const httplib::Request& req;
  httplib::Response& res;
  sqlite::Database& db;
  std::optional<app::User> user;  // set on every route but the open ones
  // Path parameters, in the order they appear in the route's path.
  std::string Param(std::size_t index) const { return req.matches[index + 1].str(); }
};

using Handler = std::function<void(RequestContext&)>;

// How the OpenAPI document describes a route's body and answer.
struct RouteDoc {
  std::string summary;
  std::string tag;
  std::vector<std::string> query;  // query parameter names
  Json request_schema;             // null: no body
  Json response_schema;            // null: a generic object
  int success_status = 200;
  // The write is made once per key (the Idempotency-Key header or the body's `key`): the
  // document names the header and the answer to a replay (200, `"replayed": true`).
  bool idempotency_key = false;
};

struct Route {
  std::string method;                         // GET, POST, PUT, PATCH, DELETE
  std::string path;                           // OpenAPI form: /api/v1/items/{code}
  std::optional<app::Permission> permission;  // nullopt: open (health, login)
  RouteDoc doc;
  Handler handler;
  // A write waits in the pool's writers' queue for its whole run unless this is false
  // (login: its password hashing must not hold every other write up; its one insert meets
  // SQLite's busy handler instead).
  bool queued = true;
};

class Router {
 public:
  void Add(Route route) { routes_.push_back(std::move(route)); }
  const std::vector<Route>& routes() const { return routes_; }

  // Registers every route with `http`; handlers run with a pooled connection after the
  // bearer token and the route's permission are checked (401 / 403 otherwise).
  void Install(httplib::Server& http, ConnectionPool& pool) const;

  // The methods of the routes whose path matches `path` (empty: no such resource), for 405
  // answers and their Allow header.
  std::vector<std::string> MethodsOf(const std::string& path) const;

  // The OpenAPI 3.0 document for the routes.
  Json OpenApi(const Json& component_schemas) const;

 private:
  std::vector<Route> routes_;
};

}  // namespace lagom::server
