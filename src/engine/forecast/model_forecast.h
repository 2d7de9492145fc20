// What every forecasting method produces: point forecasts and error spread for steps
// 1..steps after the last observation.
#pragma once

#include <string>
#include <vector>

#include "engine/forecast/error_response.h"

namespace lagom::forecast {

struct ModelForecast {
  std::string model;             // e.g. "ETS(M,Ad,N)", "Theta", "SBA(0.1)"
  std::vector<double> mean;      // point forecast per step
  std::vector<double> variance;  // variance of each step's forecast error
  ErrorResponse response{1};     // error structure for sums of steps
  double sigma = 0.0;            // one-step error standard deviation, in units of the data
};

}  // namespace lagom::forecast
