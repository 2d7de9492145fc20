#include "engine/mrp/pegging.h"

#include <gtest/gtest.h>

#include "engine/mrp/test_network.h"

namespace lagom::mrp {
namespace {

// The plan of testing::ThreeLevels() (worked out in explosion_test.cc), orders in netting
// order: A 0: 15 due week 5 (starts week 4), 1: 30 due week 7 (starts week 6); B 2: 5 due
// week 4 (starts week 2), 3: 30 due week 6 (starts week 4); C 4: 40 due week 4, 5: 60 due week
// 6; D 6: 5 (past due), 7: 30.
//
// C's needs, by period: B's order 2 needs 5 (week 2), the spare part SO2/1 5 (week 3), A's
// order 0 needs 2 · 15 = 30 and B's order 3 30 (week 4), A's order 1 60 (week 6). Its
// supplies: 20 on hand, 10 arriving in week 2, planned 40 (week 4) and 60 (week 6). First
// come, first served: on hand → 5 to B#2, 5 to SO2/1, 10 to A#0; the open order → 10 to
// A#0; planned 40 → 10 to A#0, 30 to B#3; planned 60 → 60 to A#1.
TEST(Pegging, MatchesSuppliesToNeedsFirstComeFirstServed) {
  Network net = testing::ThreeLevels();
  Plan plan = Explode(net, testing::Weekly(8)).value();
  Pegging pegging(net, plan);
  const NodePegging& c = pegging.Of(2);
  ASSERT_EQ(c.pegs.size(), 7u);
  std::vector<std::pair<PegKind, double>> by_supply;
  for (const Peg& peg : c.pegs) by_supply.push_back({c.supplies[peg.supply].kind, peg.quantity});
  EXPECT_EQ(by_supply, (std::vector<std::pair<PegKind, double>>{{PegKind::kOnHand, 5},
                                                                {PegKind::kOnHand, 5},
                                                                {PegKind::kOnHand, 10},
                                                                {PegKind::kScheduled, 10},
                                                                {PegKind::kPlanned, 10},
                                                                {PegKind::kPlanned, 30},
                                                                {PegKind::kPlanned, 60}}));
}

TEST(Pegging, WhatForTracesUpToIndependentDemand) {
  // C's planned 40 (order 4) meets 10 of A#0's 30 (a third: 5 of its 15 A, which serve
  // SO1/1 after A's 5 on hand) and all 30 of B#3 (which meets A#1's 30, for the forecast of
  // week 7).
  Network net = testing::ThreeLevels();
  Plan plan = Explode(net, testing::Weekly(8)).value();
  Pegging pegging(net, plan);
  std::vector<TraceStep> up = pegging.WhatFor(pegging.PlannedElement(4));
  ASSERT_EQ(up.size(), 6u);
  auto step = [&](std::size_t i) {
    return std::tuple(up[i].depth, up[i].element.kind, up[i].element.node, up[i].element.index);
  };
  EXPECT_EQ(step(0), std::tuple(0, PegKind::kPlanned, 2, 4));
  EXPECT_EQ(step(1), std::tuple(1, PegKind::kPlanned, 0, 0));
  EXPECT_DOUBLE_EQ(up[1].element.quantity, 5);
  EXPECT_EQ(step(2), std::tuple(2, PegKind::kDemand, 0, 0));  // SO1/1
  EXPECT_DOUBLE_EQ(up[2].element.quantity, 5);
  EXPECT_EQ(step(3), std::tuple(1, PegKind::kPlanned, 1, 3));
  EXPECT_DOUBLE_EQ(up[3].element.quantity, 30);
  EXPECT_EQ(step(4), std::tuple(2, PegKind::kPlanned, 0, 1));
  EXPECT_EQ(step(5), std::tuple(3, PegKind::kDemand, 0, 1));  // the forecast of week 7
  EXPECT_DOUBLE_EQ(up[5].element.quantity, 30);
  EXPECT_FALSE(pegging.truncated());
}

TEST(Pegging, WhatFromTracesDownToTheSuppliesOfComponents) {
  // A#1 (30 A) needs 30 B — B#3 — which needs 30 C (from C#4) and 30 D (D#7); and 60 C
  // (C#5).
  Network net = testing::ThreeLevels();
  Plan plan = Explode(net, testing::Weekly(8)).value();
  Pegging pegging(net, plan);
  std::vector<TraceStep> down = pegging.WhatFrom(pegging.PlannedElement(1));
  ASSERT_EQ(down.size(), 5u);
  std::vector<std::tuple<int, int, int, double>> steps;
  for (const TraceStep& s : down) {
    steps.push_back({s.depth, s.element.node, s.element.index, s.element.quantity});
  }
  EXPECT_EQ(steps, (std::vector<std::tuple<int, int, int, double>>{
                       {0, 0, 1, 30}, {1, 1, 3, 30}, {2, 2, 4, 30}, {2, 3, 7, 30}, {1, 2, 5, 60}}));
  EXPECT_EQ(pegging.WhatFrom(pegging.PlannedElement(1), 2).size(), 2u);
  EXPECT_TRUE(pegging.truncated());
}

}  // namespace
}  // namespace lagom::mrp
