#include "engine/mrp/demand.h"

#include <gtest/gtest.h>

namespace lagom::mrp {
namespace {

using Row = std::vector<double>;

TEST(UnconsumedForecast, MaxInsideTheFenceForwardConsumptionBeyond) {
  // Forecast 10 a period, orders 15, 0, 25, 0, demand time fence 1 period.
  //   period 0 (inside): orders 15 consume the forecast 10 → demand max(10, 15) = 15.
  //   period 1: no orders, forecast 10 stays → 10.
  //   period 2: orders 25 take its forecast 10 and 15 remain to consume later forecasts → 25.
  //   period 3: those 15 consume its forecast 10 (5 left that nothing absorbs) → 0.
  // Demand 15, 10, 25, 0: beyond the fence 35 = the forecast 30 + the 5 it could not absorb.
  Row forecast = {10, 10, 10, 10}, orders = {15, 0, 25, 0};
  Row left = UnconsumedForecast(forecast, orders, 1);
  EXPECT_EQ(left, (Row{0, 10, 0, 0}));
  // With the whole horizon inside the fence each period is max(forecast, orders): 15, 10, 25, 10.
  EXPECT_EQ(UnconsumedForecast(forecast, orders, 4), (Row{0, 10, 0, 10}));
}

}  // namespace
}  // namespace lagom::mrp
