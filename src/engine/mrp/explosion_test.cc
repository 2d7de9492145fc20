#include "engine/mrp/explosion.h"

#include <gtest/gtest.h>

#include "engine/mrp/test_network.h"

namespace lagom::mrp {
namespace {

using Row = std::vector<double>;

using testing::Buy;
using testing::Make;
using testing::ThreeLevels;
using testing::Weekly;

// The plan of testing::ThreeLevels(), worked by hand.
TEST(Explode, ThreeLevelsWithAComponentSharedBetweenLevels) {
  Plan plan = Explode(ThreeLevels(), Weekly(8)).value();
  EXPECT_EQ(plan.level, (std::vector<int>{0, 1, 2, 2}));
  // A: gross 20 in 5, 30 in 7; 5 on hand → nets 15 and 30. Due Monday 29 Jan − 5 working
  // days = Monday 22 Jan (week 4); due 12 Feb → 5 Feb (week 6).
  const Record& a = plan.records[0];
  EXPECT_EQ(a.receipts, (Row{0, 0, 0, 0, 15, 0, 30, 0}));
  EXPECT_EQ(a.releases, (Row{0, 0, 0, 15, 0, 30, 0, 0}));
  EXPECT_EQ(a.projected, (Row{5, 5, 5, 5, 0, 0, 0, 0}));
  // B: 1 per A → gross 15 in week 4, 30 in week 6; 10 on hand → nets 5, 30; 10 working days
  // back: 22 Jan → 8 Jan (week 2), 5 Feb → 22 Jan (week 4).
  const Record& b = plan.records[1];
  EXPECT_EQ(b.gross, (Row{0, 0, 0, 15, 0, 30, 0, 0}));
  EXPECT_EQ(b.receipts, (Row{0, 0, 0, 5, 0, 30, 0, 0}));
  EXPECT_EQ(b.releases, (Row{0, 5, 0, 30, 0, 0, 0, 0}));
  // C, netted once: 2 per A released (30 in week 4, 60 in week 6) + 1 per B released (5 in
  // week 2, 30 in week 4) + the spare 5 in week 3 = 0, 5, 5, 60, 0, 60, 0, 0. Projected:
  // 20; 20 + 10 − 5 = 25; 20; 20 − 60 = −40 → net 40, 0; 0; −60 → net 60, 0.
  // 7 days back: 22 Jan → 15 Jan (week 3), 5 Feb → 29 Jan (week 5).
  const Record& c = plan.records[2];
  EXPECT_EQ(c.gross, (Row{0, 5, 5, 60, 0, 60, 0, 0}));
  EXPECT_EQ(c.scheduled, (Row{0, 10, 0, 0, 0, 0, 0, 0}));
  EXPECT_EQ(c.projected, (Row{20, 25, 20, 0, 0, 0, 0, 0}));
  EXPECT_EQ(c.net, (Row{0, 0, 0, 40, 0, 60, 0, 0}));
  EXPECT_EQ(c.releases, (Row{0, 0, 40, 0, 60, 0, 0, 0}));
  // D: 1 per B released: 5 in week 2, 30 in week 4; 14 days back: 8 Jan → 25 Dec, before the
  // as-of date (past due, released in week 1), 22 Jan → 8 Jan (week 2).
  const Record& d = plan.records[3];
  EXPECT_EQ(d.receipts, (Row{0, 5, 0, 30, 0, 0, 0, 0}));
  EXPECT_EQ(d.releases, (Row{5, 30, 0, 0, 0, 0, 0, 0}));
  auto [first, end] = plan.node_orders[3];
  ASSERT_EQ(end - first, 2u);
  EXPECT_TRUE(plan.orders[first].past_due);
  EXPECT_EQ(plan.orders[first].start, MakeDate(2023, 12, 25));
  ASSERT_EQ(plan.exceptions.size(), 1u);
  EXPECT_EQ(plan.exceptions[0].kind, ExceptionKind::kPastDue);
  EXPECT_EQ(plan.exceptions[0].node, 3);
}

TEST(Explode, ScrapYieldAndEngineeringChange) {
  // P (made, no lead time) yields 80 %: 10 good units need a start of 12.5. Its BOM changes on
  // 15 January: X (2 per, 20 % scrap → 2 / 0.8 = 2.5 per unit started) until the 14th, Y (1
  // per) from then on. Demand 10 in week 2 (starts 8 Jan: X, 12.5 · 2.5 = 31.25) and 10 in
  // week 3 (starts 15 Jan: Y, 12.5).
  Network net;
  net.nodes = {Make("P", 0), Buy("X", 0), Buy("Y", 0)};
  net.nodes[0].yield = 0.8;
  net.nodes[0].demand = {{MakeDate(2024, 1, 8), 10, DemandKind::kForecast, "w2"},
                         {MakeDate(2024, 1, 15), 10, DemandKind::kForecast, "w3"}};
  net.lines = {
      {.parent = 0,
       .component = 1,
       .quantity_per = 2,
       .scrap = 0.2,
       .valid_to = MakeDate(2024, 1, 14)},
      {.parent = 0, .component = 2, .quantity_per = 1, .valid_from = MakeDate(2024, 1, 15)}};
  Plan plan = Explode(net, Weekly(4)).value();
  EXPECT_EQ(plan.records[0].releases, (Row{0, 12.5, 12.5, 0}));
  EXPECT_EQ(plan.records[1].gross, (Row{0, 31.25, 0, 0}));
  EXPECT_EQ(plan.records[2].gross, (Row{0, 0, 12.5, 0}));
}

TEST(Explode, PhantomIsExplodedThroughAndTransfersPullFromTheSource) {
  // P (made, no lead time) = 1 K (phantom, 4 on hand) + 2 W; K = 3 Z. W at the plant comes by
  // transfer from the DC, 7 days. Demand for P: 10 in week 2.
  //   K: gross 10 − 4 on hand = 6, passed on at once: Z gross 18 in week 2.
  //   W@P: gross 20 in week 2, transferred: due 8 Jan, leaves the DC 1 Jan: W@DC gross 20 in
  //   week 1.
  Network net;
  net.nodes = {Make("P", 0), Make("K", 5, 4), Buy("Z", 0), Buy("W", 7), Buy("W", 0)};
  net.nodes[1].phantom = true;
  net.nodes[3].replenishment = Replenishment::kTransfer;
  net.nodes[3].source = 4;
  net.nodes[4].location = "DC";
  net.nodes[0].demand = {{MakeDate(2024, 1, 8), 10, DemandKind::kForecast, "w2"}};
  net.lines = {{.parent = 0, .component = 1, .quantity_per = 1},
               {.parent = 0, .component = 3, .quantity_per = 2},
               {.parent = 1, .component = 2, .quantity_per = 3}};
  Plan plan = Explode(net, Weekly(3)).value();
  EXPECT_EQ(plan.records[1].receipts, (Row{0, 6, 0}));
  EXPECT_EQ(plan.records[1].releases, (Row{0, 6, 0}));
  EXPECT_EQ(plan.records[2].gross, (Row{0, 18, 0}));
  EXPECT_EQ(plan.records[3].releases, (Row{20, 0, 0}));
  EXPECT_EQ(plan.records[4].gross, (Row{20, 0, 0}));
  EXPECT_EQ(plan.level, (std::vector<int>{0, 1, 2, 1, 2}));
}

TEST(Explode, FirmOrdersAreSupplyAndDemandForComponents) {
  // A firm order of 8 A (start 8 Jan, due 15 Jan) is a receipt of A in week 3 and, backflushed
  // on completion, demand for 8 B in week 2 and 16 C in week 2 — whatever the run plans.
  Network net = ThreeLevels();
  net.nodes[0].demand.clear();
  net.nodes[2].demand.clear();
  net.nodes[0].firm = {{MakeDate(2024, 1, 8), MakeDate(2024, 1, 15), 8, "MO1"}};
  Plan plan = Explode(net, Weekly(4)).value();
  EXPECT_EQ(plan.records[0].scheduled, (Row{0, 0, 8, 0}));
  EXPECT_EQ(plan.records[0].receipts, (Row{0, 0, 0, 0}));
  EXPECT_EQ(plan.records[1].gross, (Row{0, 8, 0, 0}));
  EXPECT_EQ(plan.records[2].gross, (Row{0, 16, 0, 0}));
}

TEST(Explode, RejectsACycleNamingIt) {
  Network net;
  net.nodes = {Make("BIKE", 1), Make("FRAME", 1)};
  net.lines = {{.parent = 0, .component = 1}, {.parent = 1, .component = 0}};
  auto plan = Explode(net, Weekly(2));
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.error().message, "the bills of material form a cycle: BIKE@P → FRAME@P → BIKE@P");
}

TEST(Explode, RejectsAMadeItemWithoutABom) {
  Network net;
  net.nodes = {Make("BIKE", 1)};
  auto plan = Explode(net, Weekly(2));
  ASSERT_FALSE(plan.ok());
  EXPECT_NE(plan.error().message.find("BIKE@P: the item is made"), std::string::npos);
}

TEST(Explode, PlanningFenceRaisesAnException) {
  Network net;
  net.nodes = {Buy("C", 0)};
  net.nodes[0].planning_time_fence_days = 7;
  net.nodes[0].demand = {{MakeDate(2024, 1, 1), 10, DemandKind::kForecast, "w1"}};
  Plan plan = Explode(net, Weekly(3)).value();
  // Nothing may be due before 8 Jan: the order for week 1's 10 is due in week 2.
  EXPECT_EQ(plan.records[0].receipts, (Row{0, 10, 0}));
  ASSERT_EQ(plan.exceptions.size(), 1u);
  EXPECT_EQ(plan.exceptions[0].kind, ExceptionKind::kPlanningFence);
  EXPECT_EQ(plan.exceptions[0].quantity, 10);
}

}  // namespace
}  // namespace lagom::mrp
