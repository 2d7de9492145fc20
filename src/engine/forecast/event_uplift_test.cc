// Uplift of past campaigns on a generated series whose truth is known: a seasonal weekly base
// (100 × (1 + 0.3 sin(2πt/52)), ±3 % deterministic noise) over four years, with six two-week
// campaigns that sell 1.8 × the base.
#include "engine/forecast/event_uplift.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace lagom::forecast {
namespace {

struct Generated {
  std::vector<double> base, sales;
  std::vector<bool> in_event;
};

Generated CampaignSeries() {
  Generated g;
  std::uint32_t state = 12345;  // a fixed linear congruential generator: the same noise each run
  auto noise = [&state] {
    state = state * 1664525u + 1013904223u;
    return (static_cast<double>(state >> 8) / 16777216.0 - 0.5) * 0.06;  // ±3 %
  };
  const int weeks = 208;
  const int campaigns[] = {20, 45, 70, 110, 150, 190};  // first week of each
  for (int t = 0; t < weeks; ++t) {
    double base = 100.0 * (1.0 + 0.3 * std::sin(2.0 * std::numbers::pi * t / 52.0));
    bool event = false;
    for (int start : campaigns) event = event || (t >= start && t < start + 2);
    g.base.push_back(base);
    g.in_event.push_back(event);
    g.sales.push_back(base * (1.0 + noise()) * (event ? 1.8 : 1.0));
  }
  return g;
}

TEST(EventUplift, EstimatesAKnownUpliftAndCleansesTheBaseline) {
  Generated g = CampaignSeries();
  EventUplift e = EstimateEventUplift(g.sales, g.in_event, 52);
  ASSERT_TRUE(e.uplift.has_value());
  EXPECT_NEAR(*e.uplift, 1.8, 0.18);  // within 10 % of the truth
  for (std::size_t t = 0; t < g.base.size(); ++t) {
    if (!g.in_event[t]) continue;
    EXPECT_NEAR(e.cleansed[t], g.base[t], 0.05 * g.base[t]) << "week " << t;  // within 5 %
  }
}

TEST(EventUplift, WithoutEventsThereIsNoUpliftAndNothingIsCleansed) {
  std::vector<double> sales{10, 12, 11, 13};
  EventUplift e = EstimateEventUplift(sales, std::vector<bool>(4, false), 1);
  EXPECT_FALSE(e.uplift.has_value());
  EXPECT_EQ(e.cleansed, sales);
}

}  // namespace
}  // namespace lagom::forecast
