#include "engine/plan/container.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <vector>

#include "engine/plan/container_milp.h"

namespace lagom::plan {
namespace {

OrderLine Line(double quantity, double pack, double volume, double position, double per_day) {
  OrderLine line;
  line.quantity_milli = static_cast<std::int64_t>(quantity * 1000);
  line.pack_milli = static_cast<std::int64_t>(pack * 1000);
  line.volume_m3 = volume;
  line.position = position;
  line.demand_per_day = per_day;
  line.unit_price_raw = 10000;
  return line;
}

TEST(Containers, CountsLoadInEveryDimension) {
  std::vector<OrderLine> lines = {Line(100, 10, 0.1, 0, 1), Line(50, 10, 0.2, 0, 1)};
  lines[0].weight_kg = 2;
  lines[1].units_per_pallet = 20;  // 50 units → 3 pallets
  Load load = LoadOf(lines);
  EXPECT_DOUBLE_EQ(load.volume_m3, 20.0);  // 100·0.1 + 50·0.2
  EXPECT_DOUBLE_EQ(load.weight_kg, 200.0);
  EXPECT_DOUBLE_EQ(load.pallets, 3.0);
  EXPECT_EQ(ContainersNeeded(load, {33, 0, 0}), 1);
  EXPECT_EQ(ContainersNeeded(load, {15, 0, 0}), 2);
  EXPECT_EQ(ContainersNeeded(load, {33, 150, 0}), 2);  // the weight decides
  EXPECT_EQ(ContainersNeeded(load, {33, 0, 2}), 2);    // the pallets decide
}

TEST(Containers, SatisfyFillsWithTheFewestDaysOfCoverFirst) {
  // One 33 m³ container holds 20 m³ of ordered goods. Packs: A 10 × 0.1 = 1 m³ (cover 100 d),
  // B 10 × 0.2 = 2 m³ (cover 50 d), C 10 × 0.3 = 3 m³ (candidate, cover 5 d).
  // By hand: C +1 (23 m³, 15 d), C +1 (26, 25 d), C +1 (29, 35 d), C +1 (32, 45 d),
  // C would reach 35 m³: skipped; B (50 d) would reach 34: skipped; A +1 (33 m³, 110 d). Full.
  std::vector<OrderLine> lines = {Line(100, 10, 0.1, 0, 1), Line(50, 10, 0.2, 0, 1),
                                  Line(0, 10, 0.3, 5, 1)};
  ContainerFill fill = FillContainers(lines, {33, 0, 0});
  EXPECT_EQ(fill.containers, 1);
  EXPECT_NEAR(fill.fill_before, 20.0 / 33.0, 1e-12);
  EXPECT_NEAR(fill.fill_after, 1.0, 1e-12);
  EXPECT_EQ(lines[2].brought_forward_milli, 40000);
  EXPECT_EQ(lines[1].brought_forward_milli, 0);
  EXPECT_EQ(lines[0].brought_forward_milli, 10000);
  EXPECT_EQ(fill.packs_added, 5);
}

TEST(Containers, SplitsAnOrderIntoFullContainersFirst) {
  // 45 m³ into 20 m³ containers: packs of 5 m³ (line 0, 6 packs) and 3 m³ (line 1, 5 packs).
  // First fit, largest packs first: container 1 gets 4 × 5 = 20; container 2 gets 2 × 5 +
  // 3 × 3 = 19; container 3 gets 2 × 3 = 6.
  std::vector<OrderLine> lines = {Line(30, 5, 1.0, 0, 1), Line(15, 3, 1.0, 0, 1)};
  auto containers = SplitIntoContainers(lines, {20, 0, 0});
  ASSERT_EQ(containers.size(), 3u);
  EXPECT_EQ(containers[0].size(), 1u);
  EXPECT_EQ(containers[0][0].quantity_milli, 20000);
  ASSERT_EQ(containers[1].size(), 2u);
  EXPECT_EQ(containers[1][0].quantity_milli, 10000);
  EXPECT_EQ(containers[1][1].quantity_milli, 9000);
  EXPECT_EQ(containers[2][0].quantity_milli, 6000);
}

TEST(Containers, OptimalFillBeatsOrMatchesGreedyOnATrap) {
  // 10 m³ free. Greedy takes the most urgent first: pack A (6 m³, cover 1 d) leaves 4 m³
  // that pack B (5 m³) cannot use: 6 filled. The optimum takes two B packs: 10 filled.
  std::vector<OrderLine> lines = {Line(0, 1, 6.0, 1, 1), Line(0, 1, 5.0, 10, 1)};
  lines[0].max_milli = 1000;  // at most one A pack
  auto optimum = SolveOptimalFill(lines, {10, 0, 0}, 1);
  ASSERT_TRUE(optimum.ok()) << optimum.error().message;
  EXPECT_TRUE(optimum->proven_optimal);
  EXPECT_EQ(optimum->packs_added, (std::vector<std::int64_t>{0, 2}));
  EXPECT_NEAR(optimum->score, 1.0, 1e-9);
}

// Greedy against the optimum on 30 random supplier orders (fixed seed): the gap is measured
// and printed; the greedy must never beat the optimum, and stays within 10 % of it on
// average (the figure this test prints is quoted in BENCHMARKS.md).
TEST(Containers, GreedyFillIsMeasuredAgainstTheMilpOptimum) {
  std::mt19937 random(20261125);
  std::uniform_real_distribution<double> volume(0.05, 2.5), cover(0, 60), demand(0.2, 5);
  double greedy_total = 0, optimal_total = 0, worst = 1;
  for (int order = 0; order < 30; ++order) {
    std::vector<OrderLine> lines;
    for (int i = 0; i < 12; ++i) {
      OrderLine line =
          Line(0, static_cast<double>(1 + random() % 12), volume(random), 0, demand(random));
      line.position = cover(random) * line.demand_per_day;
      line.quantity_milli = static_cast<std::int64_t>(random() % 3) * line.pack_milli;
      line.max_cover_days = 120;
      lines.push_back(line);
    }
    ContainerSpec spec{33.0, 0, 0};
    int containers = std::max(1, ContainersNeeded(LoadOf(lines), spec));
    std::vector<OrderLine> greedy = lines;
    FillContainers(greedy, spec);
    double greedy_score = LoadScore(LoadOf(greedy), spec, containers);
    auto optimum = SolveOptimalFill(lines, spec, containers);
    ASSERT_TRUE(optimum.ok());
    EXPECT_LE(greedy_score, optimum->score + 1e-9);
    greedy_total += greedy_score;
    optimal_total += optimum->score;
    worst = std::min(worst, greedy_score / optimum->score);
  }
  double ratio = greedy_total / optimal_total;
  std::printf("greedy container fill / MILP optimum: mean %.4f, worst %.4f (30 orders)\n", ratio,
              worst);
  EXPECT_GE(ratio, 0.90);
}

}  // namespace
}  // namespace lagom::plan
