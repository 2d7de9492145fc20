#include "server/session_routes.h"

#include "server/dashboard_routes.h"
#include "server/entity_routes.h"
#include "server/ledger_schemas.h"
#include "server/plan_json.h"
#include "server/schema.h"
#include "store/user_store.h"

namespace lagom::server {

namespace {

Result<std::string> StringMember(const Json& body, const char* name) {
  auto found = body.find(name);
  if (found == body.end() || !found->is_string()) {
    return InvalidInput(std::string(name) + ": a string is required");
  }
  return found->get<std::string>();
}

void Login(RequestContext& c) {
  auto body = ParseBody(c.req);
  if (!body) return SendError(c.res, body.error());
  if (!body->is_object()) return SendProblem(c.res, 400, "the body must be a JSON object");
  auto name = StringMember(*body, "username");
  auto password = StringMember(*body, "password");
  if (!name) return SendError(c.res, name.error());
  if (!password) return SendError(c.res, password.error());
  auto token = app::Login(c.db, *name, *password);
  if (!token) {
    if (token.error().code == ErrorCode::kNotFound) {
      return SendProblem(c.res, 401, token.error().message);
    }
    return SendError(c.res, token.error());
  }
  auto user = app::Authenticate(c.db, *token);
  std::string role = user && *user ? app::RoleName((*user)->role) : "";
  SendJson(c.res, {{"token", *token}, {"username", *name}, {"role", role}, {"expires_in", 43200}});
}

void AddUser(RequestContext& c) {
  auto body = ParseBody(c.req);
  if (!body) return SendError(c.res, body.error());
  if (!body->is_object()) return SendProblem(c.res, 400, "the body must be a JSON object");
  auto name = StringMember(*body, "username");
  auto password = StringMember(*body, "password");
  auto role_name = StringMember(*body, "role");
  for (const auto* member : {&name, &password, &role_name}) {
    if (!*member) return SendError(c.res, member->error());
  }
  auto role = app::ParseRole(*role_name);
  if (!role) return SendError(c.res, role.error());
  auto id = app::AddUser(c.db, *name, *password, *role);
  if (!id) return SendError(c.res, id.error());
  SendJson(c.res, {{"id", *id}, {"username", *name}, {"role", *role_name}}, 201);
}

void ListUsers(RequestContext& c) {
  auto users = store::ListUsers(c.db);
  if (!users) return SendError(c.res, users.error());
  Json items = Json::array();
  for (const auto& user : *users) {
    items.push_back({{"id", user.id}, {"username", user.name}, {"role", user.role}});
  }
  SendJson(c.res, {{"items", items}});
}

}  // namespace

void AddSessionRoutes(Router& router) {
  using app::Permission;
  router.Add({"GET",
              "/api/v1/health",
              std::nullopt,
              {"Liveness: answers without authentication", "session"},
              [](RequestContext& c) {
                SendJson(c.res, {{"status", "ok"}});
              }});
  router.Add({"POST",
              "/api/v1/login",
              std::nullopt,
              {"Exchange a user name and password for a 12-hour bearer token",
               "session",
               {},
               ObjectSchema({{"username", "string"}, {"password", "string"}}),
               ObjectSchema({{"token", "string"},
                             {"username", "string"},
                             {"role", "string"},
                             {"expires_in", "integer"}})},
              Login});
  router.Add(
      {"GET",
       "/api/v1/me",
       Permission::kRead,
       {"The authenticated user",
        "session",
        {},
        nullptr,
        ObjectSchema({{"username", "string"}, {"role", "string"}})},
       [](RequestContext& c) {
         SendJson(c.res, {{"username", c.user->name}, {"role", app::RoleName(c.user->role)}});
       }});
  router.Add({"GET",
              "/api/v1/users",
              Permission::kAdmin,
              {"Users and their roles", "session"},
              ListUsers});
  router.Add({"POST",
              "/api/v1/users",
              Permission::kAdmin,
              {"Add a user",
               "session",
               {},
               ObjectSchema({{"username", "string"}, {"password", "string"}, {"role", "string"}}),
               nullptr,
               201},
              AddUser});
}

void AddOpenApiRoute(Router& router) {
  router.Add({"GET",
              "/api/v1/openapi.json",
              std::nullopt,  // open: integrators read the contract before they have a token
              {"This document (OpenAPI 3)", "session"},
              [&router](RequestContext& c) {
                Json schemas = EntitySchemas();
                schemas.update(DashboardSchemas());
                schemas.update(LedgerSchemas());
                schemas["plan-run"] = PlanRunSchema();
                schemas["proposal"] = ProposalSchema();
                SendJson(c.res, router.OpenApi(schemas));
              }});
}

}  // namespace lagom::server
