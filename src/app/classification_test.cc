// lagom classify on a small store worked by hand, its history, and service targets by class
// in the planning run's policy (company default < class target < policies row).
#include "app/classification.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "app/settings.h"
#include "app/stock_point_view.h"
#include "engine/plan/policy_resolution.h"
#include "store/planning_data.h"
#include "store/settings.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

using store::testing::Load;

// Monthly buckets, 2023. P1 sells 10 a month at LON and 1 at MAN (price 10): revenue 1320.
// P2 sells 4 a month at MAN (price 5): 240. P3 sells 10 in each of January to March at LON
// (price 2): 60. P4 is a new item; P5 only has stock (never sold).
std::unique_ptr<sqlite::Database> Shop() {
  auto db = store::testing::FreshStore();
  EXPECT_TRUE(app::ChangeSettings(*db, {{"period", "month"}}).ok());
  Load(*db, "locations", "code\nLON\nMAN\n");
  Load(*db, "items",
       "code,price,unit_cost,status\nP1,10,6,active\nP2,5,1,active\nP3,2,1,active\n"
       "P4,3,1,new\nP5,8,4,active\n");
  std::string demand = "item,location,date,quantity,lines\n";
  for (int m = 1; m <= 12; ++m) {
    std::string date = "2023-" + std::string(m < 10 ? "0" : "") + std::to_string(m) + "-15";
    demand += "P1,LON," + date + ",10,2\nP1,MAN," + date + ",1,1\nP2,MAN," + date + ",4,4\n";
    if (m <= 3) demand += "P3,LON," + date + ",10,1\n";
    if (m >= 11) demand += "P4,MAN," + date + ",5,1\n";
  }
  Load(*db, "demand", demand);
  Load(*db, "stock", "item,location,quantity\nP5,LON,7\nP1,LON,30\n");
  return db;
}

ClassifyOptions Options(std::string scope = "company") {
  ClassifyOptions o;
  o.as_of = MakeDate(2024, 1, 1);
  o.scope = std::move(scope);
  return o;
}

std::map<std::string, std::string> Classes(const ClassifyResult& r) {
  std::map<std::string, std::string> out;
  for (const auto& c : r.classes) {
    out[c.item_code + (c.location_code.empty() ? "" : "@" + c.location_code)] = c.abc + c.xyz;
  }
  return out;
}

TEST(Classify, ComponentsByConsumptionValueAreNotDead) {
  // Two components that never sold but were consumed by production in 2023: C1 90 units at
  // unit cost 2 (180), C2 10 units at 2 (20); total 200. By consumption value, cutoffs
  // 80/15/5: C1 (nothing ranked before it) is A; C2 has 90 % before it, below 80 + 15: B.
  // Neither is dead (D), though neither ever sold: consumption is use.
  auto db = store::testing::FreshStore();
  EXPECT_TRUE(app::ChangeSettings(*db, {{"period", "month"}}).ok());
  Load(*db, "locations", "code\nP\n");
  Load(*db, "items", "code,unit_cost\nC1,2\nC2,2\n");
  Load(*db, "movements",
       "key,type,date,item,location,quantity,unit_cost\n"
       "R1,receipt,2023-01-02,C1,P,100,2\nR2,receipt,2023-01-02,C2,P,20,2\n"
       "M1,consume,2023-06-01,C1,P,-90,\nM2,consume,2023-06-01,C2,P,-10,\n");
  ClassifyOptions o = Options();
  o.dimensions = {Dimension::kConsumption};
  o.new_months = 0;
  auto result = RunClassification(*db, o);
  ASSERT_TRUE(result.ok()) << result.error().message;
  auto classes = Classes(*result);
  EXPECT_EQ(classes["C1"].substr(0, 1), "A");
  EXPECT_EQ(classes["C2"].substr(0, 1), "B");
}

TEST(Classify, CompanyWideByRevenue) {
  auto db = Shop();
  auto result = RunClassification(*db, Options());
  ASSERT_TRUE(result.ok()) << result.error().message;
  // Ranked (N and D apart): P1 1320, P2 240, P3 60; total 1620. Before P2: 81.5 % → B;
  // before P3: 96.3 % → C. P1 and P2 sell the same every month: X. P3 sells in 3 of 12
  // months: mean 2.5, squared deviations 3 × 7.5² + 9 × 2.5² = 225, sd √(225/11) = 4.52,
  // cv 1.81: Z. P4 (status new) is N; it sold 5 in each of the two months since its first
  // demand: X. P5 (no sale ever) is D, without demand to measure: Z.
  EXPECT_EQ(Classes(*result),
            (std::map<std::string, std::string>{
                {"P1", "AX"}, {"P2", "BX"}, {"P3", "CZ"}, {"P4", "NX"}, {"P5", "DZ"}}));
  const auto& p1 = result->classes[0];
  EXPECT_EQ(p1.value, 13200000);  // 1320.0000 in Money raw
  EXPECT_DOUBLE_EQ(p1.mean, 11);
  const auto& p3 = result->classes[2];
  EXPECT_NEAR(*p3.cv, std::sqrt(225.0 / 11) / 2.5, 1e-12);
  EXPECT_EQ(p3.pattern, "intermittent");
  // Matrix: five cells of one entry each; value shares of revenue 1320 + 240 + 60 + 30 + 0.
  ASSERT_EQ(result->matrix.size(), 5u);
  EXPECT_EQ(result->matrix[0].abc, "A");
  EXPECT_NEAR(result->matrix[0].value_share, 1320.0 / 1650.0, 1e-12);
  EXPECT_TRUE(result->changes.empty());  // the first run
}

TEST(Classify, PerLocationRanksEachLocationOnItsOwn) {
  auto db = Shop();
  auto result = RunClassification(*db, Options("location"));
  ASSERT_TRUE(result.ok()) << result.error().message;
  // LON: P1 1200, P3 60 (before it 95.2 % → C); P5 D. MAN: P2 240, P1 120 (66.7 % before
  // → A); P4 N.
  auto classes = Classes(*result);
  EXPECT_EQ(classes["P1@LON"], "AX");
  EXPECT_EQ(classes["P3@LON"], "CZ");
  EXPECT_EQ(classes["P5@LON"], "DZ");
  EXPECT_EQ(classes["P2@MAN"], "AX");
  EXPECT_EQ(classes["P1@MAN"], "AX");
  EXPECT_EQ(classes["P4@MAN"], "NX");
}

TEST(Classify, PerItemGroupRanksEachGroupOnItsOwn) {
  auto db = Shop();
  Load(*db, "items", "code,group\nP1,valves\nP3,valves\nP2,seals\nP4,seals\nP5,seals\n");
  auto result = RunClassification(*db, Options("group"));
  ASSERT_TRUE(result.ok()) << result.error().message;
  // valves: P1 1320, P3 60 (95.7 % before it → C). seals: P2 240 alone → A; P4 N, P5 D.
  EXPECT_EQ(Classes(*result),
            (std::map<std::string, std::string>{
                {"P1", "AX"}, {"P2", "AX"}, {"P3", "CZ"}, {"P4", "NX"}, {"P5", "DZ"}}));
  EXPECT_EQ(result->classes[0].scope_key, "valves");
  EXPECT_FALSE(result->classes[0].location_id.has_value());
}

TEST(Classify, TwoDimensionsAndHistory) {
  auto db = Shop();
  ASSERT_TRUE(RunClassification(*db, Options()).ok());
  // As of 1 February by quantity (February 2023 to January 2024): P1 121, P2 44, P3 20
  // (total 185): before P2 65.4 % → A, before P3 89.2 % → B. So P2 moves B → A and P3 C → B.
  // P4's months since its first demand are now 5, 5, 0: mean 10/3, squared deviations
  // 150/9, sd √(75/9) = 2.89, cv 0.87: it moves from NX to NY.
  ClassifyOptions by_quantity = Options();
  by_quantity.as_of = MakeDate(2024, 2, 1);
  by_quantity.dimensions = {Dimension::kQuantity};
  auto second = RunClassification(*db, by_quantity);
  ASSERT_TRUE(second.ok()) << second.error().message;
  ASSERT_EQ(second->changes.size(), 3u);
  EXPECT_EQ(second->changes[0].item_code, "P2");
  EXPECT_EQ(second->changes[0].from_abc, "B");
  EXPECT_EQ(second->changes[0].abc, "A");
  EXPECT_EQ(second->changes[0].from_as_of, MakeDate(2024, 1, 1));
  EXPECT_EQ(second->changes[1].item_code, "P3");
  EXPECT_EQ(second->changes[2].from_xyz, "X");
  EXPECT_EQ(second->changes[2].xyz, "Y");
  // Revenue and order lines: lines P1 36, P2 48, P3 3 (total 87): P2 A, P1 (55.2 % before)
  // A, P3 (96.6 %) C.
  ClassifyOptions two = Options();
  two.dimensions = *ParseDimensions("revenue,hits");
  auto third = RunClassification(*db, two);
  ASSERT_TRUE(third.ok());
  auto classes = Classes(*third);
  EXPECT_EQ(classes["P1"], "AAX");
  EXPECT_EQ(classes["P2"], "BAX");
  EXPECT_EQ(classes["P3"], "CCZ");
  auto history = store::LoadClassChanges(*db, "P2", "", 0);
  ASSERT_TRUE(history.ok());
  EXPECT_EQ(history->size(), 2u);  // B → A, then A → BA
}

TEST(Classify, RejectsBadOptions) {
  auto db = Shop();
  ClassifyOptions bad = Options("region");
  EXPECT_FALSE(RunClassification(*db, bad).ok());
  bad = Options();
  bad.cutoffs = "80,15";
  EXPECT_FALSE(RunClassification(*db, bad).ok());
  EXPECT_FALSE(ParseDimensions("revenue,revenue").ok());
  EXPECT_FALSE(ParseDimensions("revenue,hits,margin").ok());
  EXPECT_FALSE(ParseDimensions("turnover").ok());
  EXPECT_EQ(DimensionNames(*ParseDimensions("margin,stock-value")), "margin,stock-value");
}

TEST(Classify, DefaultsComeFromSettings) {
  auto db = Shop();
  ASSERT_TRUE(app::ChangeSettings(*db, {{"classify.dimensions", "hits"}}).ok());
  auto options = DefaultClassifyOptions(*db, MakeDate(2024, 1, 1));
  ASSERT_TRUE(options.ok());
  EXPECT_EQ(options->dimensions, std::vector<Dimension>{Dimension::kHits});
  EXPECT_EQ(options->cutoffs, "80,15,5");
  EXPECT_EQ(options->window_months, 12);
}

TEST(ClassTargets, SlotInBetweenCompanyDefaultAndPolicies) {
  auto db = Shop();
  ASSERT_TRUE(RunClassification(*db, Options()).ok());
  Load(*db, "policies", "item,service_target\nP2,0.91\n");
  auto data = store::LoadPlanningData(*db, MakeDate(2024, 1, 1), 12, PeriodKind::kMonth);
  ASSERT_TRUE(data.ok()) << data.error().message;
  std::map<std::string, plan::ResolvedPolicy> resolved;
  for (const auto& p : data->stock_points) {
    resolved[p.item_code + "@" + p.location_code] = plan::ResolvePolicy(PolicySettings{}, p.policy);
  }
  auto policy = [&](const std::string& key) {
    struct {
      double service_target;
      std::string service_class;
    } p{resolved[key].settings.service_target, resolved[key].service_class};
    return p;
  };
  // P1 is AX: 98 % fill rate at both locations (a company-wide class covers every location).
  EXPECT_DOUBLE_EQ(policy("P1@LON").service_target, 0.98);
  EXPECT_EQ(policy("P1@MAN").service_class, "AX");
  // P2 is BX (96 %), but its policies row says 91 %.
  EXPECT_DOUBLE_EQ(policy("P2@MAN").service_target, 0.91);
  // P3 is CZ: 90 %. P4 is N: no class target, the company default 95 %.
  EXPECT_DOUBLE_EQ(policy("P3@LON").service_target, 0.90);
  EXPECT_DOUBLE_EQ(policy("P4@MAN").service_target, 0.95);
  EXPECT_EQ(policy("P4@MAN").service_class, "");
}

TEST(ClassTargets, TheStockPointPageSaysWhichClassSetTheTarget) {
  auto db = Shop();
  ASSERT_TRUE(RunClassification(*db, Options()).ok());
  auto view = LoadStockPointView(*db, "P1", "LON", {.as_of = MakeDate(2024, 1, 1)});
  ASSERT_TRUE(view.ok()) << view.error().message;
  std::map<std::string, std::string> sources;
  for (const auto& s : view->sources) sources[s.setting] = s.source;
  EXPECT_EQ(sources["service_target"], "class AX target");
  EXPECT_EQ(sources["service_kind"], "class AX target");
  EXPECT_EQ(sources["order_rule"], "company default");
  EXPECT_DOUBLE_EQ(view->plan->target, 0.98);
}

}  // namespace
}  // namespace lagom::app
