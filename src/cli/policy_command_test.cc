// End-to-end: runs the built `lagom policy` binary and parses its JSON. Expected numbers are
// Snyder & Shen's worked examples (see engine/policy/*_test.cc for the hand computations).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

namespace lagom::cli {
namespace {

struct Outcome {
  int exit_code = -1;
  std::string out;
};

Outcome Lagom(const std::string& arguments) {
  const std::string command = std::string(LAGOM_BINARY) + " policy " + arguments + " 2>/dev/null";
  Outcome run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  std::array<char, 4096> buffer{};
  while (fgets(buffer.data(), buffer.size(), pipe) != nullptr) run.out += buffer.data();
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

nlohmann::json Json(const std::string& arguments) {
  Outcome run = Lagom(arguments);
  EXPECT_EQ(run.exit_code, 0) << arguments;
  return nlohmann::json::parse(run.out);
}

TEST(PolicyCommand, EoqExample3_1) {
  auto j = Json("eoq --fixed-cost 8 --holding-cost 0.225 --demand-rate 1300");
  EXPECT_NEAR(j["order_quantity"].get<double>(), 304.0467800264368, 1e-9);
  EXPECT_NEAR(j["cost"].get<double>(), 68.41052550594827, 1e-9);
  EXPECT_EQ(j.size(), 2u);
}

TEST(PolicyCommand, AllUnitsDiscountExample3_6) {
  auto j = Json(
      "eoq-all-units --fixed-cost 8 --holding-cost-rate 0.3 --demand-rate 1300 "
      "--breakpoints 0,400,800 --unit-costs 0.75,0.72,0.68");
  EXPECT_DOUBLE_EQ(j["order_quantity"].get<double>(), 800);
  EXPECT_EQ(j["region"].get<int>(), 2);
  EXPECT_NEAR(j["cost"].get<double>(), 978.60, 1e-9);
}

TEST(PolicyCommand, NewsvendorExample4_3And4_7) {
  auto j = Json(
      "newsvendor --distribution normal --holding-cost 0.18 --stockout-cost 0.7 "
      "--demand-mean 50 --demand-sd 8");
  EXPECT_NEAR(j["base_stock_level"].get<double>(), 56.603955927433887, 1e-9);
  j = Json("newsvendor --distribution poisson --holding-cost 1 --stockout-cost 4 --demand-mean 6");
  EXPECT_EQ(j["base_stock_level"].get<int>(), 8);
  EXPECT_NEAR(j["cost"].get<double>(), 3.570106945770946, 1e-9);
}

TEST(PolicyCommand, RqPoissonExample5_8AndSsExample4_7) {
  auto j = Json(
      "rq --distribution poisson --holding-cost 20 --stockout-cost 150 --fixed-cost 100 "
      "--demand-mean 1.5 --lead-time 2");
  EXPECT_EQ(j["reorder_point"].get<int>(), 3);
  EXPECT_EQ(j["order_quantity"].get<int>(), 5);
  EXPECT_NEAR(j["cost"].get<double>(), 107.9235806331498, 1e-9);
  j = Json(
      "ss --distribution poisson --holding-cost 1 --stockout-cost 4 --fixed-cost 5 "
      "--demand-mean 6");
  EXPECT_EQ(j["reorder_point"].get<int>(), 4);
  EXPECT_EQ(j["order_up_to_level"].get<int>(), 10);
  EXPECT_NEAR(j["cost"].get<double>(), 8.034111561471644, 1e-9);
}

TEST(PolicyCommand, SafetyStockAndWagnerWhitin) {
  // d = 100, σ_d = 20, L = 4, α = 0.95: SS = 1.644854·40.
  auto j = Json(
      "safety-stock --service cycle --target 0.95 --demand-mean 100 --demand-sd 20 "
      "--lead-time-mean 4");
  EXPECT_NEAR(j["safety_stock"].get<double>(), 65.79414507805889, 1e-9);
  EXPECT_NEAR(j["achieved"].get<double>(), 0.95, 1e-12);
  j = Json("wagner-whitin --fixed-cost 500 --holding-cost 2 --demand 90,120,80,70");
  EXPECT_EQ(j["order_quantities"], (nlohmann::json{210.0, 0.0, 150.0, 0.0}));
  EXPECT_DOUBLE_EQ(j["cost"].get<double>(), 1380);
  // Per-period holding costs h = 2, 2, 10, 2 (worked out in engine/policy/lot_sizing_test.cc):
  // holding across period 3 is dear, so one order covers 1-3 and another period 4: 1560.
  j = Json("wagner-whitin --fixed-cost 500 --holding-cost 2,2,10,2 --demand 90,120,80,70");
  EXPECT_EQ(j["order_quantities"], (nlohmann::json{290.0, 0.0, 0.0, 70.0}));
  EXPECT_DOUBLE_EQ(j["cost"].get<double>(), 1560);
  // Nahmias' Silver–Meal example: K = 80, h = 2, r = 18, 30, 42, 5, 20 → 48, 0, 47, 0, 20.
  j = Json("silver-meal --fixed-cost 80 --holding-cost 2 --demand 18,30,42,5,20");
  EXPECT_EQ(j["order_quantities"], (nlohmann::json{48.0, 0.0, 47.0, 0.0, 20.0}));
  // Kanban: D = 400 a day, L = 0.5 day, α = 0.2, C = 50: D·L·(1+α) = 400 × 0.5 × 1.2 = 240
  // units in the loop, 240 / 50 = 4.8 → 5 cards.
  j = Json("kanban --demand-rate 400 --lead-time 0.5 --safety-factor 0.2 --container 50");
  EXPECT_EQ(j["cards"], 5);
}

TEST(PolicyCommand, BadParametersExitWithTwoAndPrintNothing) {
  for (const char* bad :
       {"eoq --fixed-cost -8 --holding-cost 0.225 --demand-rate 1300",
        "eoq --fixed-cost 8 --holding-cost 0.225",
        "eoq --fixed-cost nan --holding-cost 0.225 --demand-rate 1",
        "safety-stock --service cycle --target 1.5 --demand-mean 1 "
        "--demand-sd 1 --lead-time-mean 2",
        "loss --distribution normal --mean 3 --sd -1 --x 1",
        "wagner-whitin --fixed-cost 1,2 --holding-cost 1 --demand 1,2,3", "nonsense"}) {
    Outcome run = Lagom(bad);
    EXPECT_EQ(run.exit_code, 2) << bad;
    EXPECT_EQ(run.out, "") << bad;
  }
}

}  // namespace
}  // namespace lagom::cli
