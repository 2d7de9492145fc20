// The bars of issues 5 and 20 on real data, kept as a regression test: on the car parts (lead time
// one month, warm-up 24 months), Lagom's default configuration at a 0.90 fill-rate target reaches
// 0.90 within a percentage point and holds clearly less stock than the textbook set-up does at
// the same achieved fill rate (measured: 12 % less; BENCHMARKS.md "Simulation"). Skipped
// without ../shared (LAGOM_SHARED_DIR).
#include <gtest/gtest.h>

#include "app/simulation_run.h"
#include "csv/series.h"
#include "engine/forecast/test_data.h"

namespace lagom::app {
namespace {

TEST(SimulationOnCarParts, LagomHoldsLessStockThanTheTextbookAtEqualFillRate) {
  const auto shared = forecast::testing::SharedDir();
  if (!shared) GTEST_SKIP() << "shared data not found: set LAGOM_SHARED_DIR";
  auto histories = csv::ReadSeriesCsv(*shared + "/data/carparts/carparts_long.csv");
  ASSERT_TRUE(histories.ok()) << histories.error().message;
  std::vector<SimulationSeries> series;
  for (auto& h : *histories) series.push_back({h.id, std::move(h.values), 1, 1.0});
  SimulationRunOptions o;
  o.simulation.warmup = 24;
  o.simulation.season_length = 12;
  analysis::Configuration lagom;
  lagom.target = 0.9;
  o.configurations = {lagom};
  for (double target : {0.9, 0.95, 0.98, 0.99, 0.995}) {
    o.configurations.push_back(analysis::Textbook(analysis::PolicyKind::kReorderUpTo, target));
  }
  const SimulationRun run = SimulateAll(series, o).value();
  std::vector<analysis::Summary> textbook;
  for (std::size_t c = 1; c < run.measures.size(); ++c) {
    textbook.push_back(analysis::Summarise(run.measures[c]));
  }
  const analysis::Summary ours = analysis::Summarise(run.measures[0]);
  EXPECT_NEAR(ours.fill_rate, 0.9, 0.01);
  EXPECT_GT(analysis::StockValueAtFillRate(textbook, ours.fill_rate), 1.05 * ours.stock_value);
}

// The bar of issue 20: with the size tail (ratio 1.5) at the targets the calibration map gives
// for the car parts (0.72 and 0.98; BENCHMARKS.md "Calibration"), the mean fill rate over items
// is within a point of 0.90 and 0.95 (measured 0.899 and 0.950), and at 0.95 Lagom holds less
// stock than the textbook at its 0.99999 target, which still reaches less (measured 19,278
// against 21,989, mean 0.946). Without the tail the mean stays at 0.929 for a 0.95 target.
TEST(SimulationOnCarParts, SizeTailAndCalibratedTargetsMeetTheMeanFillRate) {
  const auto shared = forecast::testing::SharedDir();
  if (!shared) GTEST_SKIP() << "shared data not found: set LAGOM_SHARED_DIR";
  auto histories = csv::ReadSeriesCsv(*shared + "/data/carparts/carparts_long.csv");
  ASSERT_TRUE(histories.ok()) << histories.error().message;
  std::vector<SimulationSeries> series;
  for (auto& h : *histories) series.push_back({h.id, std::move(h.values), 1, 1.0});
  SimulationRunOptions o;
  o.simulation.warmup = 24;
  o.simulation.season_length = 12;
  o.simulation.size_tail.ratio = 1.5;
  analysis::Configuration at90, at95;
  at90.target = 0.72;
  at95.target = 0.98;
  o.configurations = {at90, at95, analysis::Textbook(analysis::PolicyKind::kReorderUpTo, 0.99999)};
  const SimulationRun run = SimulateAll(series, o).value();
  const analysis::Summary mean90 = analysis::Summarise(run.measures[0]);
  const analysis::Summary mean95 = analysis::Summarise(run.measures[1]);
  const analysis::Summary textbook = analysis::Summarise(run.measures[2]);
  EXPECT_NEAR(mean90.mean_fill_rate, 0.90, 0.01);
  EXPECT_NEAR(mean95.mean_fill_rate, 0.95, 0.01);
  EXPECT_GT(mean95.mean_fill_rate, textbook.mean_fill_rate);
  EXPECT_LT(mean95.stock_value, 0.95 * textbook.stock_value);
}

}  // namespace
}  // namespace lagom::app
