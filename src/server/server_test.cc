// The API over real HTTP on loopback (api_fixture.h): open routes, roles, round trips,
// planning and proposal decisions, bad input, static files.
#include <regex>
#include <set>

#include "server/api_fixture.h"

namespace lagom::server {
namespace {

using testing::Api;
using testing::Encoded;
using json = nlohmann::json;

TEST_F(Api, TheOpenApiDocumentIsOpenAndStatesTheContract) {
  auto anonymous = Client("");
  auto [status, doc] = Send(anonymous, "GET", "/api/v1/openapi.json");
  ASSERT_EQ(status, 200);
  const json& post = doc["paths"]["/api/v1/movements/post"]["post"];
  // The idempotency key is a documented header, and a replay's 200 is a documented answer.
  bool header = false;
  for (const json& parameter : post["parameters"]) {
    header |= parameter["in"] == "header" && parameter["name"] == "Idempotency-Key";
  }
  EXPECT_TRUE(header);
  for (const char* code : {"200", "201", "400", "401", "403", "409", "413", "422"}) {
    EXPECT_TRUE(post["responses"].contains(code)) << code;
  }
  // Movement types are an enum the client can read.
  json type = doc["components"]["schemas"]["movement-request"]["properties"]["type"];
  std::set<std::string> types(type["enum"].begin(), type["enum"].end());
  for (const char* name : {"sale", "receipt", "transfer", "scrap", "write-down"}) {
    EXPECT_TRUE(types.contains(name)) << name;
  }
  EXPECT_FALSE(types.contains("opening"));
  // The approve answer is the proposal, whose schema lists its fields.
  const json& approve = doc["paths"]["/api/v1/proposals/{proposal}/approve"]["post"];
  EXPECT_TRUE(approve["responses"].contains("404"));
  EXPECT_TRUE(approve["responses"].contains("409"));
  json proposal = doc["components"]["schemas"]["proposal"]["properties"];
  for (const char* field : {"id", "status", "item", "quantity", "due_date"}) {
    EXPECT_TRUE(proposal.contains(field)) << field;
  }
  EXPECT_TRUE(proposal["why"]["properties"].contains("reason"));
  // A read without parameters cannot answer 400 or 404.
  const json& health = doc["paths"]["/api/v1/health"]["get"];
  EXPECT_FALSE(health["responses"].contains("400"));
  EXPECT_FALSE(health["responses"].contains("404"));
}

TEST_F(Api, HealthAndLoginAreTheOnlyOpenRoutes) {
  auto anonymous = Client("");
  EXPECT_EQ(Send(anonymous, "GET", "/api/v1/health").first, 200);
  auto [status, body] = Send(anonymous, "POST", "/api/v1/login",
                             R"({"username":"planner","password":"password-planner"})");
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["role"], "planner");
  EXPECT_EQ(
      Send(anonymous, "POST", "/api/v1/login", R"({"username":"planner","password":"x"})").first,
      401);
  // Every documented route answers 401 without a token — and so exists (not 404).
  auto admin = Client();
  auto [ok, openapi] = Send(admin, "GET", "/api/v1/openapi.json");
  ASSERT_EQ(ok, 200);
  int checked = 0;
  for (const auto& [path, operations] : openapi["paths"].items()) {
    std::string concrete = std::regex_replace(path, std::regex(R"(\{[a-z_]+\})"), "1");
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      for (char& c : upper) c = static_cast<char>(std::toupper(c));
      int expected = operation.contains("security") ? 401 : 200;
      if (!operation.contains("security")) continue;  // health, login, openapi: checked above
      EXPECT_EQ(Send(anonymous, upper, concrete, "{}").first, expected) << method << " " << path;
      ++checked;
    }
  }
  EXPECT_GT(checked, 30);
}

TEST_F(Api, EachRoleMayDoWhatItsWorkNeedsAndNothingElse) {
  // One representative request per permission class; 403 = refused, anything else = admitted.
  struct Probe {
    std::string method, path, body;
    std::set<std::string> admitted;
  };
  std::vector<Probe> probes = {
      {"GET", "/api/v1/items", "", {"viewer", "planner", "operator", "admin"}},
      {"POST", "/api/v1/plan-runs", R"({"as_of":"2024-03-11"})", {"planner", "admin"}},
      {"POST", "/api/v1/suppliers", R"({"code":"S-ROLE"})", {"planner", "admin"}},
      {"POST",
       "/api/v1/stock",
       R"({"item":"none","location":"none","quantity":1})",
       {"operator", "admin"}},
      {"GET", "/api/v1/users", "", {"admin"}},
  };
  for (const Probe& probe : probes) {
    for (const std::string role : {"viewer", "planner", "operator", "admin"}) {
      auto client = Client(role);
      int status = Send(client, probe.method, probe.path, probe.body).first;
      if (probe.admitted.contains(role)) {
        EXPECT_NE(status, 403) << role << " " << probe.method << " " << probe.path;
      } else {
        EXPECT_EQ(status, 403) << role << " " << probe.method << " " << probe.path;
      }
    }
  }
}

TEST_F(Api, MasterDataRoundTrip) {
  auto admin = Client();
  EXPECT_EQ(Send(admin, "POST", "/api/v1/locations", R"({"code":"LON"})").first, 200);
  auto [status, body] = Send(admin, "POST", "/api/v1/items",
                             R"([{"code":"A1","name":"Widget","unit_cost":2.5},
                                 {"code":"B2","name":"Gadget","unit_cost":"10","type":"raw"}])");
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["inserted"], 2);
  auto [listed, page] = Send(admin, "GET", "/api/v1/items?sort=-code&limit=1");
  ASSERT_EQ(listed, 200);
  EXPECT_EQ(page["total"], 2);
  EXPECT_EQ(page["items"][0]["code"], "B2");
  EXPECT_EQ(page["items"][0]["unit_cost"], 10.0);
  EXPECT_EQ(Send(admin, "GET", "/api/v1/items?type=raw").second["items"].size(), 1u);
  EXPECT_EQ(Send(admin, "GET", "/api/v1/items/A1").second["name"], "Widget");
  auto [csv_status, csv_body] =
      Send(admin, "POST", "/api/v1/items/import", "code,name\nC3,Thing\n", "text/csv");
  EXPECT_EQ(csv_status, 200) << csv_body.dump();
}

TEST_F(Api, PlanApproveAndSeeTheOrder) {
  auto admin = Client();
  Send(admin, "POST", "/api/v1/locations", R"({"code":"MAN"})");
  Send(admin, "POST", "/api/v1/suppliers", R"({"code":"ACME"})");
  Send(admin, "POST", "/api/v1/items", R"({"code":"P1","unit_cost":3})");
  Send(admin, "POST", "/api/v1/supply-terms",
       R"({"item":"P1","supplier":"ACME","lead_time_days":7})");
  ASSERT_EQ(Send(admin, "POST", "/api/v1/demand",
                 R"([{"item":"P1","location":"MAN","date":"2024-03-04","quantity":20}])")
                .first,
            200);
  auto planner = Client("planner");
  json status = PlanAndWait(planner, "2024-03-11");
  ASSERT_EQ(status["state"], "done") << status.dump();
  std::string run = std::to_string(status["run"].get<int>());
  auto proposals = Send(planner, "GET", "/api/v1/plan-runs/" + run + "/proposals?item=P1").second;
  ASSERT_EQ(proposals["total"], 1) << proposals.dump();
  std::string id = std::to_string(proposals["items"][0]["id"].get<int>());
  auto [approved, decision] =
      Send(planner, "POST", "/api/v1/proposals/" + id + "/approve", R"({"quantity":50})");
  ASSERT_EQ(approved, 200) << decision.dump();
  EXPECT_EQ(decision["status"], "approved");
  auto orders = Send(planner, "GET", "/api/v1/purchase-orders?item=P1").second;
  ASSERT_EQ(orders["total"], 1);
  EXPECT_EQ(orders["items"][0]["quantity"], 50.0);
  EXPECT_EQ(orders["items"][0]["po_number"], decision["purchase_order"]);
  EXPECT_EQ(Send(planner, "POST", "/api/v1/proposals/" + id + "/reject").first, 409);
  // The forecast behind the proposal: one week of history, 20 a week, whatever the model.
  auto forecasts = Send(planner, "GET", "/api/v1/forecasts?item=P1&location=MAN").second;
  ASSERT_EQ(forecasts["total"], 1) << forecasts.dump();
  EXPECT_EQ(forecasts["items"][0]["plan_run"].get<int>(), status["run"].get<int>());
  EXPECT_NEAR(forecasts["items"][0]["mean_per_period"].get<double>(), 20.0, 1e-9);
  EXPECT_FALSE(forecasts["items"][0]["model"].get<std::string>().empty());
  EXPECT_EQ(Send(planner, "GET", "/api/v1/forecasts?item=NOPE").second["total"], 0);
  EXPECT_EQ(Send(planner, "GET", "/api/v1/forecasts?colour=red").first, 400);
}

TEST_F(Api, BadInputIsA4xxProblemNeverACrash) {
  auto admin = Client();
  auto expect_problem = [&](const std::string& method, const std::string& path,
                            const std::string& body, int status, const std::string& type) -> json {
    httplib::Result r = method == "GET" ? admin.Get(path) : admin.Post(path, body, type);
    EXPECT_TRUE(r) << path;
    if (!r) return nullptr;
    EXPECT_EQ(r->status, status) << method << " " << path << " " << body.substr(0, 80);
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/problem+json") << path;
    return json::parse(r->body);
  };
  const std::string j = "application/json";
  auto malformed = expect_problem("POST", "/api/v1/items", R"({"code": "A1",)", 400, j);
  EXPECT_NE(malformed["detail"].get<std::string>().find("malformed JSON at byte"),
            std::string::npos);
  expect_problem("POST", "/api/v1/items", R"({"code": {"nested": 1}})", 400, j);
  expect_problem("POST", "/api/v1/items", R"([1, 2])", 400, j);
  expect_problem("POST", "/api/v1/items", R"("text")", 400, j);
  expect_problem("POST", "/api/v1/items", std::string(40, '[') + std::string(40, ']'), 400, j);
  expect_problem("POST", "/api/v1/items", R"({"code":"A1"})", 400, "text/plain");
  auto missing = expect_problem("POST", "/api/v1/supply-terms", R"({"item":"A1"})", 400, j);
  EXPECT_EQ(missing["errors"][0]["field"], "supplier");
  auto typed = expect_problem("POST", "/api/v1/items", R"({"code":"T1","unit_cost":true})", 400, j);
  EXPECT_EQ(typed["errors"][0]["field"], "unit_cost");
  expect_problem("POST", "/api/v1/items", std::string(17 << 20, ' '), 413, j);
  expect_problem("GET", "/api/v1/items/NO-SUCH-ITEM", "", 404, j);
  expect_problem("GET", "/api/v1/proposals/999999", "", 404, j);
  expect_problem("GET", "/api/v1/proposals/abc", "", 400, j);
  expect_problem("GET", "/api/v1/items?colour=red", "", 400, j);
  expect_problem("GET", "/api/v1/items?limit=0", "", 400, j);
  expect_problem("GET", "/api/v1/items?sort=nonsense", "", 400, j);
  expect_problem("GET", "/api/v1/no-such-route", "", 404, j);
  expect_problem("POST", "/api/v1/plan-runs", R"({"service_level":"high"})", 400, j);
  expect_problem("POST", "/api/v1/plan-runs", R"({"service_level":1.5})", 400, j);
}

// A subscription over the API: admin only; url and a list of known events required; unknown
// members refused; listed and removed.
TEST_F(Api, WebhooksAreSubscribedListedAndRemovedByAnAdmin) {
  auto admin = Client();
  std::string hook =
      R"({"url":"http://127.0.0.1:9/hook","events":["stock.changed","plan.finished"]})";
  auto planner = Client("planner");
  EXPECT_EQ(Send(planner, "POST", "/api/v1/webhooks", hook).first, 403);
  auto [status, created] = Send(admin, "POST", "/api/v1/webhooks", hook);
  ASSERT_EQ(status, 201) << created.dump();
  EXPECT_EQ(created["events"], "stock.changed,plan.finished");
  EXPECT_FALSE(created["secret"].get<std::string>().empty());
  auto [unknown, problem] = Send(admin, "POST", "/api/v1/webhooks",
                                 R"({"url":"http://x/h","events":["stock.exploded"]})");
  EXPECT_EQ(unknown, 400);
  EXPECT_NE(problem.dump().find("stock.exploded"), std::string::npos) << problem.dump();
  EXPECT_EQ(Send(admin, "POST", "/api/v1/webhooks",
                 R"({"url":"http://x/h","events":["stock.changed"],"secret":"mine"})")
                .first,
            400);
  EXPECT_EQ(Send(admin, "POST", "/api/v1/webhooks", R"({"url":"http://x/h","events":[]})").first,
            400);
  auto listed = Send(admin, "GET", "/api/v1/webhooks").second;
  ASSERT_EQ(listed["items"].size(), 1u) << listed.dump();
  std::string id = std::to_string(created["id"].get<std::int64_t>());
  EXPECT_EQ(Send(admin, "DELETE", "/api/v1/webhooks/" + id + "abc").first, 400);
  EXPECT_EQ(Send(admin, "DELETE", "/api/v1/webhooks/" + id).first, 204);
  EXPECT_EQ(Send(admin, "DELETE", "/api/v1/webhooks/" + id).first, 404);
  EXPECT_EQ(Send(admin, "GET", "/api/v1/webhooks").second["items"].size(), 0u);
}

TEST_F(Api, SqlLookingStringsAreJustText) {
  auto admin = Client();
  std::string evil = "X'); DROP TABLE items; --";
  json item = {{"code", evil}, {"name", "\" OR 1=1 --"}};
  ASSERT_EQ(Send(admin, "POST", "/api/v1/items", item.dump()).first, 200);
  auto found = Send(admin, "GET", "/api/v1/items?code=" + Encoded(evil));
  ASSERT_EQ(found.first, 200);
  ASSERT_EQ(found.second["total"], 1);
  EXPECT_EQ(found.second["items"][0]["name"], "\" OR 1=1 --");
  EXPECT_EQ(Send(admin, "GET", "/api/v1/items?code=" + Encoded("' OR '1'='1")).second["total"], 0);
}

TEST_F(Api, StaticFilesStayInTheirFolder) {
  auto anonymous = Client("");
  auto index = anonymous.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("Lagom"), std::string::npos);
  for (const std::string path :
       {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/web/../../secret.txt",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/....//secret.txt"}) {
    auto r = anonymous.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_GE(r->status, 400) << path;
    EXPECT_EQ(r->body.find("not for the web"), std::string::npos) << path;
    EXPECT_EQ(r->body.find("root:"), std::string::npos) << path;
  }
}

}  // namespace
}  // namespace lagom::server
