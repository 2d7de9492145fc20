// `lagom generate --bom-levels`: the levels are where store/generated_bom.h says, every BOM
// line goes from a level to a deeper one, made items have lines and routings, only finished
// goods have demand, and MRP plans the result (no cycle).
#include <gtest/gtest.h>

#include "app/generate.h"
#include "app/mrp_run.h"
#include "store/generated_bom.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

std::int64_t Count(sqlite::Database& db, const char* sql) {
  auto stmt = db.Prepare(sql);
  EXPECT_TRUE(stmt.ok());
  EXPECT_TRUE(stmt->Step().ok());
  return stmt->Int(0);
}

TEST(GenerateBom, LevelsDoubleAndLinesGoDeeper) {
  // 31 = 2^5 − 1 items in 5 levels: level k holds 2^k of them, ids 2^k … 2^(k+1) − 1.
  const store::BomShape shape{5, 4, 31};
  EXPECT_EQ(store::LevelOf(shape, 1), 0);
  EXPECT_EQ(store::LevelOf(shape, 2), 1);
  EXPECT_EQ(store::LevelOf(shape, 3), 1);
  EXPECT_EQ(store::LevelOf(shape, 4), 2);
  EXPECT_EQ(store::LevelOf(shape, 15), 3);
  EXPECT_EQ(store::LevelOf(shape, 16), 4);
  EXPECT_EQ(store::LevelOf(shape, 31), 4);

  auto db = store::testing::FreshStore();
  GenerateOptions options{.stock_points = 31, .weeks = 52, .bom_levels = 5, .components = 4};
  auto summary = Generate(*db, options);
  ASSERT_TRUE(summary.ok()) << summary.error().message;
  EXPECT_GT(summary->bom_lines, 0);
  // Items 1 … 15 (levels 0–3) are made, 16 … 31 bought; each made item has 1 … 7 lines and a
  // routing; item 1 is the only finished good, and only it has demand.
  EXPECT_EQ(Count(*db, "SELECT COUNT(*) FROM items WHERE make_or_buy = 'make'"), 15);
  EXPECT_EQ(Count(*db, "SELECT COUNT(DISTINCT parent_item_id) FROM boms"), 15);
  EXPECT_EQ(Count(*db, "SELECT COUNT(*) FROM routings"), 15);
  EXPECT_EQ(
      Count(
          *db,
          "SELECT MAX(n) FROM (SELECT COUNT(*) n FROM boms GROUP BY parent_item_id) AS parents") <=
          7,
      true);
  EXPECT_EQ(Count(*db, "SELECT COUNT(DISTINCT item_id) FROM demand"), 1);
  EXPECT_EQ(Count(*db, "SELECT MIN(item_id) FROM demand"), 1);
  // A component is never on the parent's level or above: its id is in a later level.
  EXPECT_EQ(Count(*db, "SELECT COUNT(*) FROM boms WHERE component_item_id <= parent_item_id"), 0);
  auto run = ComputeMrp(*db, {.as_of = options.as_of});
  ASSERT_TRUE(run.ok()) << run.error().message;
  int deepest = 0;
  for (int code : run->plan.level) deepest = std::max(deepest, code);
  EXPECT_LE(deepest, 4);
  EXPECT_FALSE(run->plan.orders.empty());
}

}  // namespace
}  // namespace lagom::app
