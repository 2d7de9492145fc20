// Runs one forecasting method on a prepared series (series_prep.h) and returns its paths for
// the steps the caller wants. Methods that cannot run on the data fall back (see forecast.h)
// and add a note. Thread-safe given a workspace per thread.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "engine/forecast/ets_fit.h"
#include "engine/forecast/forecast.h"
#include "engine/forecast/forecast_paths.h"
#include "engine/forecast/model_forecast.h"

namespace lagom::forecast {

struct MethodContext {
  const ForecastOptions& options;
  int first = 0;  // steps between the last observation and the first step wanted
  int steps = 1;  // first + number of steps wanted
  std::vector<std::string>& notes;
  EtsWorkspace& ets;
};

// REQUIRES: y has at least one value and no NaN.
ForecastPaths RunMethod(Method method, std::span<const double> y, const MethodContext& context);

// The building blocks RunMethod and the automatic rule share.
ModelForecast EtsForecast(const EtsFit& fit, const MethodContext& context);
ModelForecast ThetaForecast(std::span<const double> y, const MethodContext& context);

}  // namespace lagom::forecast
