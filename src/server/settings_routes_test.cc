// GET/PUT /api/v1/settings over HTTP: the table's settings with their values, a change all or
// nothing, refusals naming the field, and the role a change needs.
#include "server/api_fixture.h"

namespace lagom::server {
namespace {

using testing::Api;

std::map<std::string, std::string> Values(const nlohmann::json& answer) {
  std::map<std::string, std::string> values;
  for (const auto& item : answer["items"]) values[item["name"]] = item["value"];
  return values;
}

TEST_F(Api, SettingsAreReadAndChangedAllOrNothing) {
  auto planner = Client("planner");
  auto [status, before] = Send(planner, "GET", "/api/v1/settings");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(Values(before)["forecast.method"], "auto");
  auto [changed, after] =
      Send(planner, "PUT", "/api/v1/settings",
           R"({"forecast.method": "tsb", "forecast.season_length": 12, "valuation": "wac"})");
  ASSERT_EQ(changed, 200) << after.dump();
  EXPECT_EQ(Values(after)["forecast.method"], "tsb");
  EXPECT_EQ(Values(after)["forecast.season_length"], "12");
  // One bad value refuses the whole change and names its field.
  auto [refused, problem] = Send(planner, "PUT", "/api/v1/settings",
                                 R"({"valuation": "fifo", "plan.horizon_periods": 9999})");
  EXPECT_EQ(refused, 400);
  EXPECT_EQ(problem["errors"][0]["field"], "plan.horizon_periods");
  EXPECT_EQ(Values(Send(planner, "GET", "/api/v1/settings").second)["valuation"], "wac");
  EXPECT_EQ(Send(planner, "PUT", "/api/v1/settings", R"({"no.such": 1})").first, 400);
  // Viewers read, they do not change.
  auto viewer = Client("viewer");
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/settings").first, 200);
  EXPECT_EQ(Send(viewer, "PUT", "/api/v1/settings", R"({"valuation": "fifo"})").first, 403);
  Send(planner, "PUT", "/api/v1/settings",
       R"({"forecast.method": "auto", "forecast.season_length": 0, "valuation": "fifo"})");
}

}  // namespace
}  // namespace lagom::server
