// The dashboard's routes over real HTTP (api_fixture.h): overview, stock point page, stock
// point search, proposals per supplier — against numbers worked out by hand below.
//
// Data (weekly buckets, as of Monday 2024-03-11):
//   D1 @ W1: demand 10, 14, 12, 12 in the four weeks before → a 4-week moving average (the
//            store's forecast method here): mean 12, sample variance 8/3; over lead time +
//            review = 2 weeks the error of the sum has variance 2·8/3 + 2²·(8/3)/4 = 8, i.e.
//            sd 2 per period;
//            on hand 5 (lot L1, expiry 2024-06-30) + 3 (no lot) = 8 at cost 2 → 16;
//            open lines PO-1 10 − 5 received at 2 (due 2024-03-20) and PO-2 4 at 2.5 (due
//            2024-03-01, overdue) → on order 9, value 5·2 + 4·2.5 = 20;
//            supplier SUP (lead time 7 days, minimum order value 1000); item policy sets
//            the service target 0.9.
//   E1 @ W1: one demand of 1 in 2023, on hand 100 at cost 0.5 → 50: excess (no demand in
//            the 12-week window).
//   F1 @ W1: demand 3 on 2024-03-04, nothing on hand → a stock-out; no supplier.
#include "app/settings.h"
#include "server/api_fixture.h"
#include "store/settings.h"
#include "store/store.h"

namespace lagom::server {
namespace {

using testing::Api;
using json = nlohmann::json;

class Dashboard : public Api {
 protected:
  static void SetUpTestSuite() {
    Api::SetUpTestSuite();
    {
      auto db = store::OpenStore((dir_ / "api.db").string());
      ASSERT_TRUE(app::ChangeSettings(**db, {{"forecast.method", "ma"}}).ok());
    }
    auto admin = Client();
    const char* writes[][2] = {
        {"locations", R"({"code":"W1","name":"Main warehouse"})"},
        {"suppliers", R"({"code":"SUP","name":"Supplies Ltd","min_order_value":1000})"},
        {"items", R"([{"code":"D1","name":"Desk lamp","unit_cost":2},
                      {"code":"E1","name":"Easel","unit_cost":0.5},
                      {"code":"F1","name":"Frame","unit_cost":1}])"},
        {"supply-terms", R"({"item":"D1","supplier":"SUP","lead_time_days":7,"unit_price":2})"},
        {"policies", R"({"item":"D1","service_target":0.9})"},
        {"stock", R"([{"item":"D1","location":"W1","lot":"L1","expiry":"2024-06-30","quantity":5},
                      {"item":"D1","location":"W1","quantity":3},
                      {"item":"E1","location":"W1","quantity":100}])"},
        {"purchase-orders",
         R"([{"po_number":"PO-1","line":1,"supplier":"SUP","item":"D1","location":"W1",
              "quantity":10,"received":5,"unit_price":2,"due_date":"2024-03-20"},
             {"po_number":"PO-2","line":1,"supplier":"SUP","item":"D1","location":"W1",
              "quantity":4,"unit_price":2.5,"due_date":"2024-03-01"}])"},
        {"demand", R"([{"item":"D1","location":"W1","date":"2024-02-12","quantity":10},
                       {"item":"D1","location":"W1","date":"2024-02-19","quantity":14},
                       {"item":"D1","location":"W1","date":"2024-02-26","quantity":12},
                       {"item":"D1","location":"W1","date":"2024-03-04","quantity":12},
                       {"item":"E1","location":"W1","date":"2023-01-02","quantity":1},
                       {"item":"F1","location":"W1","date":"2024-03-04","quantity":3}])"},
    };
    for (const auto& [entity, body] : writes) {
      auto [status, answer] = Send(admin, "POST", std::string("/api/v1/") + entity, body);
      ASSERT_EQ(status, 200) << entity << ": " << answer.dump();
    }
    auto planner = Client("planner");
    ASSERT_EQ(PlanAndWait(planner, "2024-03-11")["state"], "done");
  }
};

TEST_F(Dashboard, OverviewAddsUpStockOrdersRunAndExceptions) {
  auto viewer = Client("viewer");
  auto [status, o] = Send(viewer, "GET", "/api/v1/overview");
  ASSERT_EQ(status, 200) << o.dump();
  EXPECT_EQ(o["as_of"], "2024-03-11");  // the last run's date
  EXPECT_EQ(o["stock_value"], 66.0);
  EXPECT_EQ(o["stock_points_with_stock"], 2);
  EXPECT_EQ(o["open_orders"]["lines"], 2);
  EXPECT_EQ(o["open_orders"]["overdue_lines"], 1);
  EXPECT_EQ(o["open_orders"]["value"], 20.0);
  EXPECT_EQ(o["stock_points"], 3);
  EXPECT_EQ(o["stock_outs"], 1);
  EXPECT_EQ(o["excess"]["stock_points"], 1);
  EXPECT_EQ(o["excess"]["value"], 50.0);
  EXPECT_EQ(o["last_run"]["proposals"], 2);  // D1 and F1
  // D1's order to SUP is worth far less than SUP's minimum order value 1000 and cannot be
  // brought forward that far: it is held, and neither it nor its value counts as ordered.
  EXPECT_EQ(o["proposals"]["held-below-minimum"]["count"], 1);
  EXPECT_EQ(o["proposals"]["proposed"]["count"], 1);
  EXPECT_EQ(o["proposals"]["approved"]["count"], 0);
  EXPECT_EQ(o["proposal_summary"]["on_hold"]["count"], 1);
  EXPECT_EQ(o["proposal_summary"]["on_hold"]["value"],
            o["proposals"]["held-below-minimum"]["value"]);
  EXPECT_EQ(o["proposal_summary"]["to_review"]["count"], 1);
  // The overview and the run agree on what will be ordered.
  EXPECT_EQ(o["proposal_summary"]["ordered"]["value"], o["last_run"]["order_value"]);
  // A later date: PO-1 is overdue too.
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/overview?as_of=2024-04-01")
                .second["open_orders"]["overdue_lines"],
            2);
}

TEST_F(Dashboard, StockPointShowsHistoryForecastPolicyStockAndProjection) {
  auto viewer = Client("viewer");
  auto [status, v] = Send(viewer, "GET", "/api/v1/stock-points/D1/W1?horizon=4");
  ASSERT_EQ(status, 200) << v.dump();
  EXPECT_EQ(v["item"]["name"], "Desk lamp");
  ASSERT_EQ(v["history"].size(), 4u);
  EXPECT_EQ(v["history"][0], json({{"period", "2024-02-12"}, {"demand", 10.0}}));
  EXPECT_EQ(v["history"][3]["period"], "2024-03-04");
  double sd = 2.0;
  EXPECT_DOUBLE_EQ(v["plan"]["demand_per_period"], 12.0);
  EXPECT_NEAR(v["plan"]["demand_sd"], sd, 1e-12);
  ASSERT_EQ(v["forecast"].size(), 4u);
  EXPECT_EQ(v["forecast"][0]["period"], "2024-03-11");
  EXPECT_NEAR(v["forecast"][0]["high"], 12 + 1.2815515655446004 * sd, 1e-9);
  EXPECT_EQ(v["policy_settings"]["service_target"], 0.9);
  EXPECT_EQ(v["policy_settings"]["sources"]["service_target"], "item policy");
  EXPECT_EQ(v["policy_settings"]["sources"]["service_kind"], "company default");
  EXPECT_EQ(v["supply"]["supplier"], "SUP");
  EXPECT_EQ(v["stock"]["on_hand"], 8.0);
  EXPECT_EQ(v["stock"]["on_order"], 9.0);
  EXPECT_EQ(v["stock"]["lots"][0]["lot"], "L1");  // earliest expiry first
  ASSERT_EQ(v["open_orders"].size(), 2u);
  EXPECT_EQ(v["open_orders"][0]["po_number"], "PO-2");  // by due date
  // Week of 03-11: 8 on hand + 4 overdue − 12 = 0. Week of 03-18: PO-1's 5 and the
  // proposal (ordered 03-11, 7 days' lead time) arrive.
  const json& p = v["projection"];
  EXPECT_EQ(p[0]["receipts"], 4.0);
  EXPECT_EQ(p[0]["balance"], 0.0);
  EXPECT_EQ(p[1]["receipts"], 5.0);
  EXPECT_EQ(p[1]["proposed_receipts"], v["latest_proposal"]["quantity"]);
  double proposed = v["latest_proposal"]["quantity"];
  EXPECT_EQ(p[1]["balance"], 5.0 + proposed - 12.0);
  // The summary names the first period whose balance falls below the safety stock.
  double safety = v["plan"]["safety_stock"];
  json first_below;
  for (const json& period : p) {
    if (period["balance"].get<double>() < safety && first_below.is_null()) {
      first_below = period["period"];
    }
  }
  EXPECT_EQ(v["projection_summary"]["first_below_safety_stock"], first_below);
  EXPECT_EQ(v["latest_proposal"]["status"], "proposed");
  EXPECT_EQ(v["plan"]["order_now"], v["latest_proposal"]["quantity"]);
}

TEST_F(Dashboard, StockPointWithoutHistoryHasNoPlan) {
  auto admin = Client();
  auto [status, v] = Send(admin, "GET", "/api/v1/stock-points/E1/W1?as_of=2022-01-03");
  ASSERT_EQ(status, 200) << v.dump();
  EXPECT_TRUE(v["plan"].is_null());
  EXPECT_TRUE(v["policy_settings"].is_null());
  EXPECT_EQ(v["stock"]["on_hand"], 100.0);
  EXPECT_EQ(v["projection"].back()["balance"], 100.0);
}

TEST_F(Dashboard, StockPointSearchByCodeOrName) {
  auto viewer = Client("viewer");
  auto [status, page] = Send(viewer, "GET", "/api/v1/stock-points?search=lamp");
  ASSERT_EQ(status, 200) << page.dump();
  ASSERT_EQ(page["total"], 1);
  EXPECT_EQ(page["items"][0],
            json({{"item", "D1"}, {"name", "Desk lamp"}, {"location", "W1"}, {"on_hand", 8.0}}));
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/stock-points").second["total"], 3);
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/stock-points?search=%25").second["total"], 0);
}

TEST_F(Dashboard, ProposalsPerSupplier) {
  auto viewer = Client("viewer");
  auto [status, body] = Send(viewer, "GET", "/api/v1/plan-runs/1/suppliers");
  ASSERT_EQ(status, 200) << body.dump();
  const json& suppliers = body["suppliers"];
  ASSERT_EQ(suppliers.size(), 2u);
  const json& sup = suppliers[0]["supplier"] == "SUP" ? suppliers[0] : suppliers[1];
  const json& none = suppliers[0]["supplier"] == "SUP" ? suppliers[1] : suppliers[0];
  EXPECT_EQ(sup["proposals"], 1);
  EXPECT_TRUE(sup["below_min_order_value"]);
  EXPECT_EQ(sup["min_order_value"], 1000.0);
  EXPECT_TRUE(none["supplier"].is_null());
  auto without = Send(viewer, "GET", "/api/v1/plan-runs/1/proposals?without_supplier=true");
  ASSERT_EQ(without.second["total"], 1);
  EXPECT_EQ(without.second["items"][0]["item"], "F1");
}

TEST_F(Dashboard, BadRequestsAreProblems) {
  auto viewer = Client("viewer");
  for (auto [path, expected] : std::vector<std::pair<std::string, int>>{
           {"/api/v1/stock-points/NOPE/W1", 404},
           {"/api/v1/stock-points/D1/NOWHERE", 404},
           {"/api/v1/stock-points/D1/W1?as_of=2024-13-01", 400},
           {"/api/v1/stock-points/D1/W1?horizon=0", 400},
           {"/api/v1/stock-points/D1/W1?history=abc", 400},
           {"/api/v1/stock-points/D1/W1?colour=red", 400},
           {"/api/v1/stock-points?limit=0", 400},
           {"/api/v1/overview?window=0", 400},
           {"/api/v1/overview?as_of=yesterday", 400},
           {"/api/v1/plan-runs/999/suppliers", 404},
           {"/api/v1/plan-runs/x/suppliers", 400},
           {"/api/v1/plan-runs/1/proposals?without_supplier=maybe", 400},
       }) {
    httplib::Result r = viewer.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, expected) << path << " " << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/problem+json") << path;
  }
  auto anonymous = Client("");
  EXPECT_EQ(Send(anonymous, "GET", "/api/v1/overview").first, 401);
}

}  // namespace
}  // namespace lagom::server
