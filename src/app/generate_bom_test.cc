// `lagom generate`: a plain catalogue has the rows its summary counts, the same seed gives the
// same data and another seed other data, and a store that holds items is refused.
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

// Demand, stock and orders in one number that changes when any of them does.
std::int64_t Fingerprint(sqlite::Database& db) {
  return Count(db, "SELECT SUM(quantity * (item_id + 7 * location_id)) FROM demand") +
         Count(db, "SELECT COALESCE(SUM(quantity), 0) FROM movements") +
         Count(db, "SELECT COALESCE(SUM(quantity), 0) FROM purchase_orders");
}

TEST(Generate, WritesTheRowsItCountsTheSameForASeed) {
  GenerateOptions options{.stock_points = 40, .locations = 2, .suppliers = 8, .weeks = 30};
  auto db = store::testing::FreshStore();
  auto summary = Generate(*db, options);
  ASSERT_TRUE(summary.ok()) << summary.error().message;
  EXPECT_EQ(summary->items, 20);
  EXPECT_EQ(summary->stock_points, 40);
  EXPECT_EQ(Count(*db, "SELECT COUNT(*) FROM items"), 20);
  EXPECT_EQ(Count(*db, "SELECT COUNT(*) FROM locations"), 2);
  EXPECT_EQ(Count(*db, "SELECT COUNT(*) FROM suppliers"), 8);
  EXPECT_EQ(Count(*db, "SELECT COUNT(*) FROM supply_terms WHERE is_primary = 1"), 20);
  EXPECT_EQ(Count(*db, "SELECT COUNT(*) FROM demand"), summary->demand_rows);
  EXPECT_EQ(Count(*db, "SELECT COUNT(*) FROM purchase_orders"), summary->purchase_orders);
  EXPECT_EQ(Count(*db, "SELECT COUNT(*) FROM movements WHERE type <> 'opening'"), 0);
  EXPECT_EQ(Count(*db,
                  "SELECT COUNT(*) FROM suppliers WHERE code = 'S004' AND "
                  "container_volume_m3 = 33"),
            1);  // every fourth supplier is overseas
  EXPECT_GT(summary->demand_rows, 0);

  auto again = store::testing::FreshStore();
  ASSERT_TRUE(Generate(*again, options).ok());
  EXPECT_EQ(Fingerprint(*again), Fingerprint(*db));
  auto other = store::testing::FreshStore();
  options.seed = 2;
  ASSERT_TRUE(Generate(*other, options).ok());
  EXPECT_NE(Fingerprint(*other), Fingerprint(*db));

  auto refused = Generate(*db, options);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("already holds items"), std::string::npos);
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
