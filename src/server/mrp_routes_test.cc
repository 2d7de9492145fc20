// MRP, pegging, capacity and production orders over real HTTP (api_fixture.h), on the bike of
// tests/scenarios/mrp_bike (its numbers are worked out by hand in that scenario's commands).
#include "server/api_fixture.h"

namespace lagom::server {
namespace {

using json = nlohmann::json;

class MrpApi : public testing::Api {
 protected:
  // BIKE = 2 WHEEL + 1 FRAME, WHEEL = 36 SPOKE; sales orders 10 due 2024-04-01, 5 due 04-15.
  // WHEEL is laced on LACE: 0.5 h a wheel, LACE has 1 h a day (5 a week).
  static void LoadBike(httplib::Client& admin) {
    const std::pair<const char*, const char*> posts[] = {
        {"locations", R"({"code":"P","type":"plant"})"},
        {"suppliers", R"({"code":"STEEL"})"},
        {"items",
         R"([{"code":"BIKE","make_or_buy":"make","production_lead_time_days":5,"unit_cost":120},
             {"code":"WHEEL","type":"wip","make_or_buy":"make","production_lead_time_days":5},
             {"code":"FRAME","type":"raw"},{"code":"SPOKE","type":"raw","unit_cost":0.1}])"},
        {"boms",
         R"([{"parent":"BIKE","component":"WHEEL","quantity_per":2},
             {"parent":"BIKE","component":"FRAME","quantity_per":1},
             {"parent":"WHEEL","component":"SPOKE","quantity_per":36}])"},
        {"supply-terms",
         R"([{"item":"SPOKE","supplier":"STEEL","lead_time_days":7,"order_multiple":100},
             {"item":"FRAME","supplier":"STEEL","lead_time_days":7}])"},
        {"stock",
         R"([{"item":"WHEEL","location":"P","quantity":4,"date":"2024-03-01"},
             {"item":"FRAME","location":"P","quantity":5,"date":"2024-03-01"},
             {"item":"SPOKE","location":"P","quantity":100,"date":"2024-03-01"}])"},
        {"sales-orders",
         R"([{"number":"SO1","item":"BIKE","location":"P","quantity":10,"due_date":"2024-04-01"},
             {"number":"SO2","item":"BIKE","location":"P","quantity":5,"due_date":"2024-04-15"}])"},
        {"work-centres", R"({"code":"LACE","capacity_hours_per_day":1})"},
        {"routings",
         R"({"item":"WHEEL","operation":10,"work_centre":"LACE","run_hours_per_unit":0.5})"},
    };
    for (const auto& [entity, body] : posts) {
      auto [status, answer] = Send(admin, "POST", std::string("/api/v1/") + entity, body);
      ASSERT_TRUE(status == 200 || status == 201) << entity << ": " << answer.dump();
    }
  }
};

TEST_F(MrpApi, RecordPeggingCapacityAndProduction) {
  auto admin = Client();
  LoadBike(admin);
  auto viewer = Client("viewer");
  // SPOKE: gross 576 in the week of 03-18 (16 wheels started) → projected 100 − 576 → net 476
  // → 500 planned (multiple 100), released 03-11.
  auto [status, mrp] = Send(viewer, "GET", "/api/v1/mrp/SPOKE?location=P&as_of=2024-03-11");
  ASSERT_EQ(status, 200) << mrp.dump();
  const json& spoke = mrp["records"][0];
  EXPECT_EQ(spoke["low_level_code"], 2);
  EXPECT_EQ(spoke["periods"][1]["gross"], 576.0);
  EXPECT_EQ(spoke["periods"][1]["net"], 476.0);
  EXPECT_EQ(spoke["periods"][1]["planned_receipts"], 500.0);
  EXPECT_EQ(spoke["periods"][0]["planned_releases"], 500.0);
  EXPECT_EQ(spoke["planned_orders"][0]["start"], "2024-03-11");
  // The first spoke order serves SO1/1 through the wheels and bikes.
  auto pegging = Send(viewer, "GET", "/api/v1/pegging/SPOKE/P?as_of=2024-03-11").second;
  const json& up = pegging["orders"][0]["what_for"];
  EXPECT_EQ(up[2]["item"], "BIKE");
  EXPECT_EQ(up[3]["ref"], "sales-order SO1/1");
  // The BOM tree: 72 spokes a bike.
  auto tree = Send(viewer, "GET", "/api/v1/mrp/BIKE/P/tree?as_of=2024-03-11").second;
  EXPECT_EQ(tree["rows"][3]["item"], "SPOKE");
  EXPECT_EQ(tree["rows"][3]["quantity_per"], 72.0);
  // Capacity: 16 wheels start the week of 03-18: 8 h against 5 (1 h × 5 days): overloaded.
  auto capacity = Send(viewer, "GET", "/api/v1/capacity?as_of=2024-03-11").second;
  const json& week = capacity["weeks"][1];
  EXPECT_EQ(week["week"], "2024-03-18");
  EXPECT_EQ(week["load_hours"], 8.0);
  EXPECT_EQ(week["capacity_hours"], 5.0);
  EXPECT_EQ(week["overloaded"], true);
  EXPECT_EQ(week["orders"][0], "planned WHEEL@P 16 due 2024-03-25");
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/mrp/NOPE?as_of=2024-03-11").first, 404);
  // A production order: completing before release is a conflict; viewers may not release.
  Send(
      admin, "POST", "/api/v1/production-orders",
      R"({"number":"MO1","item":"WHEEL","location":"P","quantity":2,"start_date":"2024-03-11","due_date":"2024-03-12"})");
  auto operator_ = Client("operator");
  EXPECT_EQ(Send(operator_, "POST", "/api/v1/production-orders/MO1/complete",
                 R"({"key":"C1","date":"2024-03-12"})")
                .first,
            409);
  EXPECT_EQ(Send(viewer, "POST", "/api/v1/production-orders/MO1/release").first, 403);
  auto planner = Client("planner");
  auto released = Send(planner, "POST", "/api/v1/production-orders/MO1/release").second;
  EXPECT_EQ(released["status"], "released");
  // 2 wheels take 72 spokes (the 100 were valued at their item cost 0.1 by the snapshot):
  // 7.20, so 3.60 a wheel; the same key again answers the first result.
  auto [done, completion] = Send(operator_, "POST", "/api/v1/production-orders/MO1/complete",
                                 R"({"key":"C1","date":"2024-03-12"})");
  ASSERT_EQ(done, 201) << completion.dump();
  EXPECT_EQ(completion["movements"][0]["item"], "SPOKE");
  EXPECT_EQ(completion["movements"][0]["quantity"], -72.0);
  EXPECT_EQ(completion["unit_cost"], 3.6);
  EXPECT_EQ(completion["order"]["status"], "completed");
  auto again = Send(operator_, "POST", "/api/v1/production-orders/MO1/complete",
                    R"({"key":"C1","date":"2024-03-12"})");
  EXPECT_EQ(again.first, 200);
  EXPECT_EQ(again.second["replayed"], true);
  // The OpenAPI document lists the new entities and routes.
  auto openapi = Send(viewer, "GET", "/api/v1/openapi.json").second;
  for (const char* path :
       {"/api/v1/sales-orders", "/api/v1/mps", "/api/v1/work-centres", "/api/v1/routings",
        "/api/v1/production-orders", "/api/v1/mrp/{item}", "/api/v1/pegging/{item}/{location}",
        "/api/v1/capacity", "/api/v1/kanban/signal"}) {
    EXPECT_TRUE(openapi["paths"].contains(path)) << path;
  }
}

TEST_F(MrpApi, KanbanCardSignalPlacesOneContainer) {
  auto admin = Client();
  const std::pair<const char*, const char*> posts[] = {
      {"locations", R"([{"code":"P","type":"plant"},
                        {"code":"S","type":"store","supplied_from":"P",
                         "transfer_lead_time_days":2}])"},
      {"suppliers", R"({"code":"STEEL"})"},
      {"items",
       R"([{"code":"BOX","make_or_buy":"make","production_lead_time_days":3,
            "lot_sizing":"kanban","lot_size":5},
           {"code":"CARD","type":"raw","lot_sizing":"kanban","lot_size":500},
           {"code":"TAPE","type":"raw"}])"},
      {"boms", R"({"parent":"BOX","component":"CARD","quantity_per":2})"},
      {"supply-terms", R"({"item":"CARD","supplier":"STEEL","lead_time_days":7})"},
  };
  for (const auto& [entity, body] : posts) {
    auto [status, answer] = Send(admin, "POST", std::string("/api/v1/") + entity, body);
    ASSERT_TRUE(status == 200 || status == 201) << entity << ": " << answer.dump();
  }
  auto operator_ = Client("operator");
  // BOX is made at the plant: a released production order of one container (5), started
  // Thursday 2024-03-14; 3 working days (Thu, Fri, Mon) → due Tuesday 2024-03-19.
  auto [made, box] = Send(operator_, "POST", "/api/v1/kanban/signal",
                          R"({"key":"K1","item":"BOX","location":"P","date":"2024-03-14"})");
  ASSERT_EQ(made, 201) << box.dump();
  EXPECT_EQ(box["kind"], "production");
  EXPECT_EQ(box["number"], "KB-K1");
  EXPECT_EQ(box["quantity"], 5.0);
  EXPECT_EQ(box["due"], "2024-03-19");
  auto orders = Send(admin, "GET", "/api/v1/production-orders?item=BOX").second;
  ASSERT_EQ(orders["items"].size(), 1u) << orders.dump();
  EXPECT_EQ(orders["items"][0]["status"], "released");
  // The same card scanned again (same key) places nothing new.
  auto again = Send(operator_, "POST", "/api/v1/kanban/signal",
                    R"({"key":"K1","item":"BOX","location":"P","date":"2024-03-14"})");
  EXPECT_EQ(again.first, 200);
  EXPECT_EQ(again.second["replayed"], true);
  EXPECT_EQ(Send(admin, "GET", "/api/v1/production-orders?item=BOX").second["items"].size(), 1u);
  // CARD is bought: a purchase order of 500 from STEEL, due 7 calendar days later (03-21).
  auto card = Send(operator_, "POST", "/api/v1/kanban/signal",
                   R"({"key":"K2","item":"CARD","location":"P","date":"2024-03-14"})")
                  .second;
  EXPECT_EQ(card["kind"], "purchase");
  EXPECT_EQ(card["quantity"], 500.0);
  EXPECT_EQ(card["due"], "2024-03-21");
  // At the store BOX comes from the plant: a transfer, due 2 days later (03-16).
  auto moved = Send(operator_, "POST", "/api/v1/kanban/signal",
                    R"({"key":"K3","item":"BOX","location":"S","date":"2024-03-14"})")
                   .second;
  EXPECT_EQ(moved["kind"], "transfer");
  EXPECT_EQ(moved["due"], "2024-03-16");
  // TAPE is not a kanban part; an unknown item is not found; a viewer may not signal.
  EXPECT_EQ(Send(operator_, "POST", "/api/v1/kanban/signal",
                 R"({"key":"K4","item":"TAPE","location":"P"})")
                .first,
            400);
  EXPECT_EQ(Send(operator_, "POST", "/api/v1/kanban/signal",
                 R"({"key":"K5","item":"NOPE","location":"P"})")
                .first,
            404);
  auto viewer = Client("viewer");
  EXPECT_EQ(
      Send(viewer, "POST", "/api/v1/kanban/signal", R"({"key":"K6","item":"BOX","location":"P"})")
          .first,
      403);
}

}  // namespace
}  // namespace lagom::server
