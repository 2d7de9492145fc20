#include "engine/mrp/demand.h"

#include <algorithm>

namespace lagom::mrp {

std::vector<double> UnconsumedForecast(std::span<const double> forecast,
                                       std::span<const double> orders, int fence) {
  std::vector<double> left(forecast.size(), 0.0);
  double excess = 0;  // orders beyond the fence not yet matched by a forecast
  for (std::size_t t = 0; t < forecast.size(); ++t) {
    const double own = std::min(forecast[t], orders[t]);
    left[t] = forecast[t] - own;
    if (static_cast<int>(t) < fence) continue;
    excess += orders[t] - own;
    const double consumed = std::min(left[t], excess);
    left[t] -= consumed;
    excess -= consumed;
  }
  return left;
}

}  // namespace lagom::mrp
