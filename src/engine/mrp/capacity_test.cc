#include "engine/mrp/capacity.h"

#include <gtest/gtest.h>

#include "engine/mrp/kanban.h"

namespace lagom::mrp {
namespace {

TEST(RoughCut, LoadAgainstCapacityPerWeekNamesTheOrdersOfAnOverload) {
  // Work centre WELD: 8 h a day, Monday to Friday; the week of 1 January 2024 has a holiday
  // on Wednesday 3rd: 4 days, 32 h; the next week 40 h. Orders: #1 20 h and #2 15 h starting
  // in week 1 (35 > 32: overloaded, #1 first), #3 30 h in week 2 (30 ≤ 40), #4 starting
  // before the first week (counts in it: 5 h more → 40 h), #5 after the horizon (left out).
  std::vector<WorkCentre> centres = {
      {"WELD", 8,
       WorkCalendar({true, true, true, true, true, false, false}, {MakeDate(2024, 1, 3)})}};
  std::vector<Load> loads = {{0, MakeDate(2024, 1, 2), 20, 1},
                             {0, MakeDate(2024, 1, 5), 15, 2},
                             {0, MakeDate(2024, 1, 10), 30, 3},
                             {0, MakeDate(2023, 12, 20), 5, 4},
                             {0, MakeDate(2024, 1, 15), 99, 5}};
  std::vector<WeekLoad> weeks = RoughCut(centres, loads, MakeDate(2024, 1, 3), 2);
  ASSERT_EQ(weeks.size(), 2u);
  EXPECT_EQ(weeks[0].week, MakeDate(2024, 1, 1));
  EXPECT_DOUBLE_EQ(weeks[0].capacity, 32);
  EXPECT_DOUBLE_EQ(weeks[0].load, 40);
  EXPECT_TRUE(weeks[0].overloaded());
  EXPECT_EQ(weeks[0].orders, (std::vector<int>{1, 2, 4}));
  EXPECT_DOUBLE_EQ(weeks[1].capacity, 40);
  EXPECT_DOUBLE_EQ(weeks[1].load, 30);
  EXPECT_FALSE(weeks[1].overloaded());
}

TEST(Kanban, CardsRoundUp) {
  // D = 120 a day, L = 0.5 day, α = 0.1, C = 25: 120 · 0.5 · 1.1 / 25 = 2.64 → 3 cards.
  EXPECT_EQ(CountKanbanCards(120, 0.5, 0.1, 25).value().cards, 3);
  // Exactly 2: 100 · 0.5 · 1 / 25 = 2 → 2 (no card for rounding noise).
  EXPECT_EQ(CountKanbanCards(100, 0.5, 0, 25).value().cards, 2);
  EXPECT_EQ(CountKanbanCards(0, 2, 0.1, 25).value().cards, 1);
  EXPECT_FALSE(CountKanbanCards(10, 1, 0, 0).ok());
}

}  // namespace
}  // namespace lagom::mrp
