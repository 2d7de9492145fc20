// Forecast versions and accuracy over real HTTP (api_fixture.h), on a database of their own.
#include "server/api_fixture.h"

namespace lagom::server {
namespace {

using json = nlohmann::json;

class DemandApi : public testing::Api {};

TEST_F(DemandApi, AccuracyAndVersionsOfPastRuns) {
  auto admin = Client();
  Send(admin, "POST", "/api/v1/locations", R"({"code":"HUB"})");
  Send(admin, "POST", "/api/v1/items", R"({"code":"DM1","unit_cost":2})");
  Send(admin, "PUT", "/api/v1/settings", R"({"forecast.method":"naive"})");
  // Weekly 10, 10, 10, 10 before 2024-03-11, then 14 and 6.
  std::string demand = "item,location,date,quantity\n";
  for (const char* week : {"2024-02-12", "2024-02-19", "2024-02-26", "2024-03-04"}) {
    demand += std::string("DM1,HUB,") + week + ",10\n";
  }
  demand += "DM1,HUB,2024-03-11,14\nDM1,HUB,2024-03-18,6\n";
  ASSERT_EQ(Send(admin, "POST", "/api/v1/demand/import", demand, "text/csv").first, 200);
  ASSERT_EQ(PlanAndWait(admin, "2024-03-11")["state"], "done");
  ASSERT_EQ(PlanAndWait(admin, "2024-03-25")["state"], "done");

  auto viewer = Client("viewer");
  auto [status, body] =
      Send(viewer, "GET", "/api/v1/forecast-accuracy?by=stock-point&lag=2&as_of=2024-03-25");
  ASSERT_EQ(status, 200) << body.dump();
  // The first run forecast 10 a week (naive: the last week's): lag 1 is the week of 03-11
  // (actual 14, error 4), lag 2 the week of 03-18 (actual 6, error −4); the second run's
  // weeks are not complete.
  ASSERT_EQ(body["items"].size(), 2u) << body.dump();
  EXPECT_EQ(body["items"][0]["key"], "DM1@HUB");
  EXPECT_NEAR(body["items"][0]["statistical"]["mae"].get<double>(), 4.0, 1e-5);
  EXPECT_NEAR(body["items"][0]["statistical"]["bias"].get<double>(), 10.0 / 14.0, 1e-5);
  EXPECT_NEAR(body["items"][1]["final"]["tracking_signal"].get<double>(), -1.0, 1e-5);

  auto versions = Send(viewer, "GET", "/api/v1/forecast-versions?item=DM1&location=HUB").second;
  ASSERT_FALSE(versions["items"].empty()) << versions.dump();
  EXPECT_EQ(versions["items"][0]["as_of"], "2024-03-25");

  EXPECT_EQ(Send(viewer, "GET", "/api/v1/forecast-accuracy?by=colour").first, 400);
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/forecast-versions?item=DM1&location=NOWHERE").first, 404);
  auto anonymous = Client("");
  EXPECT_EQ(Send(anonymous, "GET", "/api/v1/forecast-accuracy").first, 401);
}

}  // namespace
}  // namespace lagom::server
