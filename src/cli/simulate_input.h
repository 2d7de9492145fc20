// The input of `lagom simulate`: demand series from a long CSV file, joined on series_id with
// the lead time and unit cost columns of an items CSV file when asked.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/simulation_run.h"
#include "core/result.h"

namespace lagom::cli {

struct SimulationInputArgs {
  std::string demand;               // long CSV: series_id,period,value
  std::string items;                // empty = none
  std::optional<double> lead_time;  // periods, for every series
  std::string lead_time_column;     // in items, per series
  std::string unit_cost_column;     // in items, per series; without it every unit costs 1
};

// Lead times are rounded to whole periods. Every demand series needs a row in items when a
// column is named (InvalidInput naming the first series without one). Errors of the files
// name file, line and column.
Result<std::vector<app::SimulationSeries>> LoadSimulationSeries(const SimulationInputArgs& args);

}  // namespace lagom::cli
