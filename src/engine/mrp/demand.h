// Forecast consumption: how a period's forecast and its customer orders combine into the
// independent demand MRP plans for.
//
//   Inside the demand time fence (periods t < fence) a period's demand is the larger of its
//   forecast and its orders: orders consume the forecast, and a forecast not yet turned into
//   orders is still expected.
//   Beyond the fence the forecast is the plan and orders consume it: a period's orders use
//   its own forecast first, and orders above it consume the forecast of the following
//   periods (forward consumption), so that a large order early does not add to the total the
//   forecast already expects. Orders are never dropped: what the forecast cannot absorb
//   counts as demand as it is.
//
// Pure; O(periods).
#pragma once

#include <span>
#include <vector>

namespace lagom::mrp {

// The forecast left per period once the orders have consumed it: the demand of period t is
// orders[t] + result[t]. REQUIRES: forecast and orders of the same length, values >= 0;
// fence in [0, periods].
std::vector<double> UnconsumedForecast(std::span<const double> forecast,
                                       std::span<const double> orders, int fence);

}  // namespace lagom::mrp
