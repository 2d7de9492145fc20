#include "server/session_routes.h"

#include <chrono>
#include <memory>

#include "app/hashing_gate.h"
#include "app/login_throttle.h"
#include "server/body_reader.h"
#include "server/dashboard_routes.h"
#include "server/entity_routes.h"
#include "server/ledger_schemas.h"
#include "server/plan_json.h"
#include "server/schema.h"

namespace lagom::server {

namespace {

// At most two password hashes at once (the machine's cores are for everyone else too), and
// four logins waiting for them; more are told to retry.
constexpr int kHashingSlots = 2;
constexpr int kHashingQueue = 4;

Result<std::string> StringMember(const Json& body, const char* name) {
  auto found = body.find(name);
  if (found == body.end() || !found->is_string()) {
    return InvalidInput(std::string(name) + ": a string is required");
  }
  return found->get<std::string>();
}

// What stands between a login and the password check: the guessing limit and the bounded
// hashing pool (one per server).
struct LoginGuard {
  app::LoginThrottle throttle;
  app::HashingGate gate{kHashingSlots, kHashingQueue};
};

void TryLater(httplib::Response& res, int status, std::chrono::seconds wait,
              const std::string& detail) {
  res.set_header("Retry-After", std::to_string(wait.count()));
  SendProblem(res, status, detail);
}

// Checks the password unless the throttle says wait (429) or the hashing pool is full (503);
// a wrong password counts against the user name and the client address. nullopt: the
// answer has been sent.
std::optional<std::string> GuardedLogin(RequestContext& c, LoginGuard& guard,
                                        const std::string& name, const std::string& password) {
  const std::string& address = c.req.remote_addr;
  auto now = app::LoginThrottle::Clock::now();
  if (auto wait = guard.throttle.Wait(name, address, now)) {
    TryLater(c.res, 429, *wait,
             "too many failed logins; try again in " + std::to_string(wait->count()) + " s");
    return std::nullopt;
  }
  auto pass = guard.gate.Enter();
  if (!pass) {
    TryLater(c.res, 503, std::chrono::seconds(1), "too many logins at once; try again");
    return std::nullopt;
  }
  auto token = app::Login(c.db, name, password);
  if (token) {
    guard.throttle.Succeeded(name, address);
    return *token;
  }
  if (token.error().code == ErrorCode::kNotFound) {
    guard.throttle.Failed(name, address, app::LoginThrottle::Clock::now());
    SendProblem(c.res, 401, token.error().message);
  } else {
    SendError(c.res, token.error());
  }
  return std::nullopt;
}

void Login(RequestContext& c, LoginGuard& guard) {
  auto body = ParseBody(c.req);
  if (!body) return SendError(c.res, body.error());
  if (!body->is_object()) return SendProblem(c.res, 400, "the body must be a JSON object");
  auto name = StringMember(*body, "username");
  auto password = StringMember(*body, "password");
  if (!name) return SendError(c.res, name.error());
  if (!password) return SendError(c.res, password.error());
  auto token = GuardedLogin(c, guard, *name, *password);
  if (!token) return;  // answered
  auto user = app::Authenticate(c.db, *token);
  std::string role = user && *user ? app::RoleName((*user)->role) : "";
  SendJson(c.res, {{"token", *token}, {"username", *name}, {"role", role}, {"expires_in", 43200}});
}

// {username, password, role}: any other member is refused, as on every write.
void AddUser(RequestContext& c) {
  ExactJson body;
  if (!ReadObjectBody(c.req, c.res, body)) return;
  BodyReader in(body);
  std::string name = in.Text("username", true);
  std::string password = in.Text("password", true);
  std::string role_name = in.Text("role", true);
  if (SendProblems(c.res, in)) return;
  auto role = app::ParseRole(role_name);
  if (!role) return SendError(c.res, role.error());
  auto id = app::AddUser(c.db, name, password, *role);
  if (!id) return SendError(c.res, id.error());
  SendJson(c.res, {{"id", *id}, {"username", name}, {"role", role_name}}, 201);
}

// The account changes that are a POST to /users/{name}/<verb>.
constexpr std::pair<const char*, const char*> kUserChanges[] = {
    {"disable", "Stop a user from logging in and using its tokens (kept for the record)"},
    {"enable", "Let a disabled user in again"},
    {"revoke", "Delete every token of a user"},
};

// What the account routes do to the user named in the path, and their answer.
void ChangeUser(RequestContext& c, const std::string& verb) {
  std::string name = c.Param(0);
  if (verb == "revoke") {
    auto revoked = app::RevokeTokens(c.db, name);
    if (!revoked) return SendError(c.res, revoked.error());
    return SendJson(c.res, {{"username", name}, {"revoked_tokens", *revoked}});
  }
  Status done = verb == "delete" ? app::DeleteUser(c.db, name)
                                 : app::DisableUser(c.db, name, verb == "disable");
  if (!done) return SendError(c.res, done.error());
  SendJson(c.res,
           {{"username", name}, {verb == "delete" ? "deleted" : "disabled", verb != "enable"}});
}

void ListUsers(RequestContext& c) {
  auto users = app::ListAccounts(c.db);
  if (!users) return SendError(c.res, users.error());
  Json items = Json::array();
  for (const auto& user : *users) {
    items.push_back({{"id", user.id},
                     {"username", user.name},
                     {"role", app::RoleName(user.role)},
                     {"disabled", user.disabled}});
  }
  SendJson(c.res, {{"items", items}});
}

}  // namespace

void AddSessionRoutes(Router& router) {
  using app::Permission;
  app::PrepareLogin();
  auto guard = std::make_shared<LoginGuard>();
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
              [guard](RequestContext& c) { Login(c, *guard); },
              false});
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
  router.Add({"DELETE",
              "/api/v1/users/{name}",
              Permission::kAdmin,
              {"Delete a user and its tokens", "session"},
              [](RequestContext& c) { ChangeUser(c, "delete"); }});
  for (const auto& [verb, summary] : kUserChanges) {
    router.Add({"POST",
                std::string("/api/v1/users/{name}/") + verb,
                Permission::kAdmin,
                {summary, "session"},
                [verb = std::string(verb)](RequestContext& c) { ChangeUser(c, verb); }});
  }
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
