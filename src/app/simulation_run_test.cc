#include "app/simulation_run.h"

#include <gtest/gtest.h>

namespace lagom::app {
namespace {

std::vector<SimulationSeries> Catalogue(int count) {
  std::vector<SimulationSeries> out;
  for (int s = 0; s < count; ++s) {
    SimulationSeries series{"P" + std::to_string(s), {}, s % 4, 1.0 + s};
    for (int t = 0; t < 36; ++t) series.demand.push_back((t * (s + 3)) % 7 < 2 ? 1 + s % 5 : 0);
    out.push_back(std::move(series));
  }
  return out;
}

SimulationRunOptions Options(int threads) {
  SimulationRunOptions o;
  o.configurations = {analysis::Configuration{},
                      analysis::Textbook(analysis::PolicyKind::kOrderUpTo, 0.9)};
  o.simulation.warmup = 12;
  o.simulation.lead_time_sd = 1.0;
  o.threads = threads;
  return o;
}

TEST(SimulateAll, SameResultOnAnyThreadCount) {
  const auto series = Catalogue(300);
  SimulationRunOptions two = Options(2);
  std::size_t reported = 0;
  two.on_progress = [&](std::size_t done, std::size_t total) {
    EXPECT_EQ(total, 300u);
    reported = done;
  };
  const SimulationRun a = SimulateAll(series, Options(1)).value();
  const SimulationRun b = SimulateAll(series, two).value();
  EXPECT_EQ(reported, 300u);
  ASSERT_EQ(a.measures.size(), 2u);
  for (std::size_t c = 0; c < 2; ++c) {
    for (std::size_t s = 0; s < series.size(); ++s) {
      EXPECT_EQ(a.measures[c][s].served, b.measures[c][s].served);
      EXPECT_EQ(a.measures[c][s].on_hand_total, b.measures[c][s].on_hand_total);
      EXPECT_EQ(a.measures[c][s].orders, b.measures[c][s].orders);
    }
  }
}

TEST(SimulateAll, ErrorsNameTheSeriesAndBadOptionsFailFirst) {
  auto series = Catalogue(3);
  series[1].lead_time = -2;
  auto failed = SimulateAll(series, Options(2));
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.error().message, "P1: lead time must be >= 0 periods");
  SimulationRunOptions none = Options(1);
  none.configurations.clear();
  EXPECT_FALSE(SimulateAll(series, none).ok());
}

}  // namespace
}  // namespace lagom::app
