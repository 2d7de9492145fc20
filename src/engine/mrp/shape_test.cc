#include "engine/mrp/shape.h"

#include <gtest/gtest.h>

namespace lagom::mrp {
namespace {

TEST(ShapeNetwork, ComponentsAtThePlantAndTransfersFromTheDc) {
  // Items: 0 BIKE (made) = 1 WHEEL (made) = 2 SPOKE (bought). Sites: 0 DC, 1 PLANT (a plant
  // supplied from the DC), 2 SHOP (supplied from the plant).
  // Seed BIKE@SHOP: transferred from PLANT, where BIKE is made: WHEEL@PLANT (made),
  // SPOKE@PLANT (bought, but the plant is supplied from the DC: a transfer), SPOKE@DC (bought).
  std::vector<ShapeItem> items = {{true, false}, {true, false}, {false, false}};
  std::vector<ShapeLine> lines = {{0, 1}, {1, 2}};
  std::vector<ShapeSite> sites = {{-1, false}, {0, true}, {1, false}};
  std::vector<std::pair<int, int>> seeds = {{0, 2}};
  Shape shape = ShapeNetwork(items, lines, sites, seeds);
  ASSERT_EQ(shape.points.size(), 5u);
  auto point = [&](int i) {
    const ShapedPoint& p = shape.points[i];
    return std::tuple(p.item, p.site, p.replenishment, p.source);
  };
  EXPECT_EQ(point(0), std::tuple(0, 2, Replenishment::kTransfer, 1));
  EXPECT_EQ(point(1), std::tuple(0, 1, Replenishment::kMake, -1));
  EXPECT_EQ(point(2), std::tuple(1, 1, Replenishment::kMake, -1));
  EXPECT_EQ(point(3), std::tuple(2, 1, Replenishment::kTransfer, 4));
  EXPECT_EQ(point(4), std::tuple(2, 0, Replenishment::kBuy, -1));
  ASSERT_EQ(shape.lines.size(), 2u);
  EXPECT_EQ(std::tuple(shape.lines[0].parent, shape.lines[0].component), std::tuple(1, 2));
  EXPECT_EQ(std::tuple(shape.lines[1].parent, shape.lines[1].component), std::tuple(2, 3));
}

}  // namespace
}  // namespace lagom::mrp
