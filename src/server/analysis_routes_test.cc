// Classification, alerts and count lists over real HTTP (api_fixture.h), on a database of
// their own.
#include "server/api_fixture.h"

namespace lagom::server {
namespace {

using json = nlohmann::json;

class AnalysisApi : public testing::Api {
 protected:
  // Loading twice changes nothing (imports update by key). Weekly demand 5 Feb – 4 Mar 2024: AN1 10
  // a week at price 10 (revenue 500), AN2 30 a week at price 1 (150); AN3 only has stock. AN2 has
  // an open order line due 1 March.
  static void LoadShop(httplib::Client& admin) {
    Send(admin, "POST", "/api/v1/locations", R"({"code":"HUB"})");
    Send(admin, "POST", "/api/v1/suppliers", R"({"code":"SUP"})");
    Send(admin, "POST", "/api/v1/items",
         R"([{"code":"AN1","price":10,"unit_cost":6},{"code":"AN2","price":1,"unit_cost":0.5},
             {"code":"AN3","price":2,"unit_cost":1}])");
    std::string demand = "item,location,date,quantity\n";
    for (const char* week :
         {"2024-02-05", "2024-02-12", "2024-02-19", "2024-02-26", "2024-03-04"}) {
      demand += std::string("AN1,HUB,") + week + ",10\nAN2,HUB," + week + ",30\n";
    }
    ASSERT_EQ(Send(admin, "POST", "/api/v1/demand/import", demand, "text/csv").first, 200);
    Send(
        admin, "POST", "/api/v1/stock",
        R"([{"item":"AN1","location":"HUB","quantity":40},{"item":"AN3","location":"HUB","quantity":9}])");
    Send(
        admin, "POST", "/api/v1/purchase-orders",
        R"({"po_number":"PO-9","line":1,"supplier":"SUP","item":"AN2","location":"HUB","quantity":50,"due_date":"2024-03-01"})");
  }
};

TEST_F(AnalysisApi, ClassifyReadClassesMatrixAndChanges) {
  auto admin = Client();
  LoadShop(admin);
  auto planner = Client("planner");
  auto [status, first] = Send(planner, "POST", "/api/v1/classifications",
                              R"({"as_of":"2024-03-11","window_months":3,"new_months":0})");
  ASSERT_EQ(status, 201) << first.dump();
  // New items are not set apart (their first demand is recent). Revenue 500 and 150 (total
  // 650): AN1 A, AN2 with 76.9 % before it: A too. AN3 never sold: D.
  EXPECT_EQ(first["classified"], 3);
  auto classes = Send(planner, "GET", "/api/v1/classifications?abc=A").second;
  ASSERT_EQ(classes["total"], 2) << classes.dump();
  EXPECT_EQ(classes["items"][0]["item"], "AN1");
  EXPECT_EQ(classes["items"][0]["values"]["revenue"], 500.0);
  EXPECT_EQ(classes["items"][0]["location"], nullptr);  // company-wide
  EXPECT_EQ(classes["run"]["scope"], "company");
  auto matrix = Send(planner, "GET", "/api/v1/classifications/matrix").second;
  ASSERT_EQ(matrix["cells"].size(), 2u) << matrix.dump();  // A X (2), D Z (1)
  EXPECT_EQ(matrix["cells"][0]["count"], 2);
  EXPECT_EQ(matrix["cells"][0]["value"], 650.0);
  // By cost of goods sold (300 and 75 of 375): AN2 has 80 % before it: B.
  auto [again, second] =
      Send(planner, "POST", "/api/v1/classifications",
           R"({"as_of":"2024-03-11","window_months":3,"new_months":0,"dimensions":"cogs"})");
  ASSERT_EQ(again, 201) << second.dump();
  ASSERT_EQ(second["changes"].size(), 1u);
  EXPECT_EQ(second["changes"][0]["item"], "AN2");
  EXPECT_EQ(second["changes"][0]["from"]["class"], "AX");
  EXPECT_EQ(second["changes"][0]["to"]["class"], "BX");
  auto changes = Send(planner, "GET", "/api/v1/classifications/changes?item=AN2").second;
  EXPECT_EQ(changes["items"].size(), 1u);
  auto older = Send(planner, "GET",
                    "/api/v1/classifications?run=" + std::to_string(first["run"]["id"].get<int>()) +
                        "&item=AN2")
                   .second;
  EXPECT_EQ(older["items"][0]["class"], "AX");
  // Viewers read but do not classify; unknown parameters and options are refused.
  auto viewer = Client("viewer");
  EXPECT_EQ(Send(viewer, "POST", "/api/v1/classifications", "{}").first, 403);
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/classifications?klass=A").first, 400);
  EXPECT_EQ(Send(planner, "POST", "/api/v1/classifications", R"({"by":"region"})").first, 400);
  EXPECT_EQ(Send(planner, "POST", "/api/v1/classifications", R"({"cutoffs":80})").first, 400);
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/classifications?run=999").first, 404);

  // Counts: the latest run has AN1 A, AN2 B and AN3 D; planned from Monday 11 March.
  auto [planned, plan] = Send(planner, "POST", "/api/v1/count-lists/plan",
                              R"({"from":"2024-03-11","until":"2024-04-11"})");
  ASSERT_EQ(planned, 201) << plan.dump();
  EXPECT_EQ(plan["stock_points"], 3);
  EXPECT_EQ(plan["working_days"], 23);  // 11 Mar – 10 Apr, weekdays
  auto day = Send(viewer, "GET", "/api/v1/count-lists?from=2024-03-11").second;
  ASSERT_EQ(day["items"].size(), 3u) << day.dump();  // each class starts on the first day
  EXPECT_EQ(day["items"][0]["item"], "AN1");
  EXPECT_EQ(day["items"][0]["reason"], "class A, 12 a year");
  // KPIs by class of the latest run, up to today (the stock snapshot is dated today): a row
  // per class with stock or movements.
  auto [kpi_status, kpis] = Send(viewer, "GET", "/api/v1/kpis?from=2024-01-01&by=class");
  ASSERT_EQ(kpi_status, 200) << kpis.dump();
  std::set<std::string> keys;
  for (const auto& row : kpis["items"]) keys.insert(row["key"].get<std::string>());
  EXPECT_TRUE(keys.contains("A") && !keys.contains("(unclassified)")) << kpis.dump();
}

TEST_F(AnalysisApi, AlertsAfterAPlanningRun) {
  auto admin = Client();
  LoadShop(admin);  // again when run alone (ctest runs each test in a process of its own)
  auto planner = Client("planner");
  json status = PlanAndWait(planner, "2024-03-11");
  ASSERT_EQ(status["state"], "done") << status.dump();
  auto late = Send(planner, "GET", "/api/v1/alerts?rule=late-order").second;
  ASSERT_EQ(late["total"], 1) << late.dump();
  EXPECT_EQ(late["items"][0]["item"], "AN2");
  EXPECT_EQ(late["items"][0]["subject"], "PO-9/1");
  EXPECT_EQ(late["items"][0]["value"], 10.0);  // days late
  auto dead = Send(planner, "GET", "/api/v1/alerts?item=AN3&severity=warning,critical").second;
  ASSERT_EQ(dead["total"], 1) << dead.dump();
  EXPECT_EQ(dead["items"][0]["rule"], "dead-stock");
  EXPECT_EQ(Send(planner, "GET", "/api/v1/alerts?severity=info&item=AN3").second["total"], 0);
  // A second run raises nothing new: the same alert, raised by the first run.
  PlanAndWait(planner, "2024-03-11");
  auto after = Send(planner, "GET", "/api/v1/alerts?rule=late-order").second;
  EXPECT_EQ(after["items"][0]["id"], late["items"][0]["id"]);
  EXPECT_EQ(after["items"][0]["raised_run"], late["items"][0]["raised_run"]);
  EXPECT_EQ(Send(planner, "GET", "/api/v1/alerts?severity=fatal").first, 400);
  EXPECT_EQ(Send(planner, "GET", "/api/v1/alerts?status=closed").first, 400);
  EXPECT_EQ(Send(planner, "GET", "/api/v1/alerts?status=resolved").second["total"], 0);
}

}  // namespace
}  // namespace lagom::server
