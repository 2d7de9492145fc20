#include "engine/mrp/low_level_code.h"

#include <gtest/gtest.h>

namespace lagom::mrp {
namespace {

TEST(LowLevelCodes, SharedComponentTakesItsLowestLevel) {
  // 0 → 1, 0 → 2, 1 → 2, 2 → 3: node 2 is used at level 1 (under 0) and level 2 (under 1),
  // so its code is 2 and node 3's is 3.
  std::vector<Edge> edges = {{0, 1}, {0, 2}, {1, 2}, {2, 3}};
  Levels levels = LowLevelCodes(5, edges);
  EXPECT_TRUE(levels.cycle.empty());
  EXPECT_EQ(levels.code, (std::vector<int>{0, 1, 2, 3, 0}));
}

TEST(LowLevelCodes, NamesTheCycle) {
  // 0 → 1 → 2 → 3 → 1: the cycle is 1 → 2 → 3 → 1 (node 0 only leads into it).
  std::vector<Edge> edges = {{0, 1}, {1, 2}, {2, 3}, {3, 1}};
  Levels levels = LowLevelCodes(4, edges);
  EXPECT_TRUE(levels.code.empty());
  EXPECT_EQ(levels.cycle, (std::vector<int>{1, 2, 3, 1}));
  EXPECT_EQ(levels.cycle.front(), levels.cycle.back());
  // Each step of the cycle is an edge, parent first.
  for (std::size_t i = 0; i + 1 < levels.cycle.size(); ++i) {
    bool found = false;
    for (const Edge& e : edges)
      found |= e.parent == levels.cycle[i] && e.child == levels.cycle[i + 1];
    EXPECT_TRUE(found) << i;
  }
  EXPECT_EQ(LowLevelCodes(1, std::vector<Edge>{{0, 0}}).cycle, (std::vector<int>{0, 0}));
}

}  // namespace
}  // namespace lagom::mrp
