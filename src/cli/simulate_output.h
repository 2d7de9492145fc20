// What `lagom simulate` writes: one row per series and configuration (CSV or JSON), and the
// summary per configuration (table, CSV or JSON).
//
// Per-series columns, in this order: series_id, method, policy, target, demand, served,
// fill_rate, csl, avg_on_hand, avg_stock_value, orders, distribution, fill_rate_model, history,
// stockout_periods, periods, total_cost. Quantities are units over the measured periods; fill_rate
// and csl are NA (JSON null) for a series without demand or without measured periods.
#pragma once

#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "app/simulation_run.h"
#include "cli/cli.h"
#include "engine/analysis/measures.h"

namespace lagom::cli {

// "sba normal ss cycle-quantity full": the configuration without its target (one trade-off
// curve).
std::string CurveName(const analysis::Configuration& configuration);

// REQUIRES: run.measures[c].size() == series.size() for every configuration c.
void WriteSeriesResults(std::ostream& out, std::span<const app::SimulationSeries> series,
                        std::span<const analysis::Configuration> configurations,
                        const app::SimulationRun& run, bool json);

// summaries[c] belongs to configurations[c].
void PrintSummaries(std::ostream& out, std::span<const analysis::Configuration> configurations,
                    std::span<const analysis::Summary> summaries, Format format);

}  // namespace lagom::cli
