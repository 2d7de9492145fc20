// Supplier orders over real HTTP (api_fixture.h), on the data of
// tests/scenarios/buyer_supplier_order, whose numbers are worked out by hand in its commands:
// ACME's draft for LON is A 30 + B 20 at price 2 = 100 (0.7 of a 2 m³ container), for MAN 60,
// for DC 21 (below ACME's minimum 50); the transfer of 30 T from DC finds 12 there.
#include "app/settings.h"
#include "server/api_fixture.h"

namespace lagom::server {
namespace {

using json = nlohmann::json;

class OrderApi : public testing::Api {
 protected:
  static void SetUpTestSuite() {
    Api::SetUpTestSuite();
    {
      auto db = app::OpenStore((dir_ / "api.db").string());
      ASSERT_TRUE(app::ChangeSettings(
                      **db, {{"policy.service_kind", "fixed"}, {"policy.service_target", "0"}})
                      .ok());
    }
    auto admin = Client();
    std::string demand = "[";
    for (const char* sp : {R"("item":"A","location":"LON")", R"("item":"B","location":"LON")",
                           R"("item":"A","location":"MAN")", R"("item":"T","location":"S1")"}) {
      for (const char* date : {"2024-02-12", "2024-02-19", "2024-02-26", "2024-03-04"}) {
        demand += std::string(demand.size() > 1 ? "," : "") + "{" + sp + R"(,"date":")" + date +
                  R"(","quantity":10})";
      }
    }
    demand += "]";
    const std::pair<const char*, std::string> posts[] = {
        {"locations", R"([{"code":"DC","type":"dc"},{"code":"LON"},{"code":"MAN"},
                          {"code":"S1","type":"store","supplied_from":"DC",
                           "transfer_lead_time_days":7}])"},
        {"suppliers", R"({"code":"ACME","name":"Acme <Paper>","min_order_value":50,
                          "container_volume_m3":2,"container_fill":"none"})"},
        {"items", R"([{"code":"A","name":"Paper A4","unit_cost":1,"volume_m3":0.01},
                      {"code":"B","name":"Paper A3","unit_cost":1,"volume_m3":0.02},
                      {"code":"T","name":"Tape","unit_cost":1,"volume_m3":0.01}])"},
        {"supply-terms",
         R"([{"item":"A","supplier":"ACME","lead_time_days":7,"unit_price":2,"moq":10,
              "order_multiple":5},
             {"item":"B","supplier":"ACME","lead_time_days":7,"unit_price":2},
             {"item":"T","supplier":"ACME","lead_time_days":7,"unit_price":1}])"},
        {"stock", R"([{"item":"B","location":"LON","quantity":10},
                      {"item":"T","location":"DC","quantity":12}])"},
        {"demand", demand},
    };
    for (const auto& [entity, body] : posts) {
      auto [status, answer] = Send(admin, "POST", std::string("/api/v1/") + entity, body);
      ASSERT_EQ(status, 200) << entity << ": " << answer.dump();
    }
    auto planner = Client("planner");
    ASSERT_EQ(PlanAndWait(planner, "2024-03-11")["state"], "done");
  }

  static json Drafts(const std::string& query) {
    auto viewer = Client("viewer");
    auto [status, body] = Send(viewer, "GET", "/api/v1/plan-runs/1/orders" + query);
    EXPECT_EQ(status, 200) << body.dump();
    return body["orders"];
  }
};

TEST_F(OrderApi, DraftsGroupBySupplierAndLocationWithMinimumAndContainer) {
  json drafts = Drafts("?kind=purchase");
  ASSERT_EQ(drafts.size(), 3u) << drafts.dump();  // DC, LON, MAN
  const json& lon = drafts[1];
  EXPECT_EQ(lon["location"], "LON");
  EXPECT_EQ(lon["value"], 100.0);
  EXPECT_EQ(lon["lines"].size(), 2u);
  EXPECT_EQ(lon["lines_to_order"], 2);
  EXPECT_EQ(lon["containers"], 1);
  EXPECT_NEAR(lon["container_fill"].get<double>(), 0.35, 1e-9);
  EXPECT_EQ(lon["lines"][0]["pack"], 5.0);
  EXPECT_EQ(drafts[0]["location"], "DC");
  ASSERT_EQ(drafts[0]["warnings"].size(), 1u);
  EXPECT_NE(drafts[0]["warnings"][0].get<std::string>().find("below ACME's minimum"),
            std::string::npos);
}

TEST_F(OrderApi, TransfersGroupBySourceWithItsAvailableStock) {
  json drafts = Drafts("?kind=transfer");
  ASSERT_EQ(drafts.size(), 1u);
  EXPECT_EQ(drafts[0]["source_location"], "DC");
  EXPECT_EQ(drafts[0]["lines"][0]["source_available"], 12.0);
  EXPECT_EQ(drafts[0]["lines"][0]["quantity"], 30.0);
  EXPECT_EQ(drafts[0]["lines"][0]["warnings"].size(), 1u);
}

TEST_F(OrderApi, ApprovingASupplierMakesOnePurchaseOrderPerLocation) {
  auto viewer = Client("viewer");
  auto planner = Client("planner");
  const std::string approve = "/api/v1/plan-runs/1/orders/approve";
  EXPECT_EQ(Send(viewer, "POST", approve, R"({"supplier":"ACME"})").first, 403);
  EXPECT_EQ(Send(planner, "POST", approve, R"({})").first, 400);  // supplier is required
  EXPECT_EQ(Send(planner, "POST", approve, R"({"supplier":"NOPE"})").first, 404);
  auto [status, body] = Send(planner, "POST", approve, R"({"supplier":"ACME","location":"LON"})");
  ASSERT_EQ(status, 200) << body.dump();
  ASSERT_EQ(body["orders"].size(), 1u);
  std::string po = body["orders"][0]["po_number"];
  EXPECT_EQ(body["orders"][0]["lines"], 2);
  EXPECT_EQ(body["orders"][0]["value"], 100.0);
  // The DC's order is below the minimum: refused until the warning is accepted.
  EXPECT_EQ(Send(planner, "POST", approve, R"({"supplier":"ACME"})").first, 422);
  auto [accepted, rest] =
      Send(planner, "POST", approve, R"({"supplier":"ACME","accept_warnings":true})");
  ASSERT_EQ(accepted, 200) << rest.dump();
  EXPECT_EQ(rest["orders"].size(), 2u);  // DC and MAN
  // The order document: both lines under one number; the name escaped in HTML.
  httplib::Result csv = viewer.Get("/api/v1/order-documents/" + po + "?format=csv");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_NE(csv->body.find(po + ",1,ACME,LON"), std::string::npos) << csv->body;
  EXPECT_NE(csv->body.find(po + ",2,ACME,LON"), std::string::npos) << csv->body;
  httplib::Result page = viewer.Get("/api/v1/order-documents/" + po);
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("Acme &lt;Paper&gt;"), std::string::npos);
  EXPECT_EQ(viewer.Get("/api/v1/order-documents/NOPE")->status, 404);
}

TEST_F(OrderApi, FractionsOfPiecesAreRefusedAndRejectionsCanBeUndone) {
  auto planner = Client("planner");
  json transfer = Drafts("?kind=transfer")[0]["lines"][0];
  std::string path = "/api/v1/proposals/" + std::to_string(transfer["id"].get<int>());
  auto [fraction, problem] = Send(planner, "POST", path + "/approve", R"({"quantity":2.5})");
  EXPECT_EQ(fraction, 400);
  EXPECT_NE(problem["detail"].get<std::string>().find("quantity: 2.5 pcs"), std::string::npos)
      << problem.dump();
  EXPECT_EQ(Send(planner, "POST", path + "/reject").second["state"], "rejected");
  auto [reopened, back] = Send(planner, "POST", path + "/reopen");
  EXPECT_EQ(reopened, 200);
  EXPECT_EQ(back["state"], "expedite");  // the plan's state again
  EXPECT_EQ(Send(planner, "POST", path + "/reopen").first, 409);
}

}  // namespace
}  // namespace lagom::server
