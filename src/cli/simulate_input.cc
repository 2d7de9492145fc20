#include "cli/simulate_input.h"

#include <cmath>

#include "csv/series.h"
#include "csv/series_attributes.h"

namespace lagom::cli {
namespace {

std::vector<std::string> ColumnsOf(const SimulationInputArgs& args) {
  std::vector<std::string> columns;
  if (!args.lead_time_column.empty()) columns.push_back(args.lead_time_column);
  if (!args.unit_cost_column.empty()) columns.push_back(args.unit_cost_column);
  return columns;
}

// Sets lead time and unit cost of `series` from its row of the items file.
void Apply(const SimulationInputArgs& args, const std::vector<double>& row,
           app::SimulationSeries& series) {
  std::size_t i = 0;
  if (!args.lead_time_column.empty()) series.lead_time = static_cast<int>(std::round(row[i++]));
  if (!args.unit_cost_column.empty()) series.unit_cost = row[i];
}

}  // namespace

Result<std::vector<app::SimulationSeries>> LoadSimulationSeries(const SimulationInputArgs& args) {
  auto histories = csv::ReadSeriesCsv(args.demand);
  if (!histories) return histories.error();
  const std::vector<std::string> columns = ColumnsOf(args);
  const Result<csv::SeriesAttributes> items =
      columns.empty() ? csv::SeriesAttributes{} : csv::ReadSeriesAttributes(args.items, columns);
  if (!items) return items.error();
  std::vector<app::SimulationSeries> out;
  out.reserve(histories->size());
  for (csv::SeriesHistory& h : *histories) {
    app::SimulationSeries series{std::move(h.id), std::move(h.values)};
    series.lead_time = static_cast<int>(std::round(args.lead_time.value_or(0.0)));
    if (!columns.empty()) {
      auto row = items->find(series.id);
      if (row == items->end()) {
        return InvalidInput(args.items + ": no row for series '" + series.id + "' of " +
                            args.demand);
      }
      Apply(args, row->second, series);
    }
    out.push_back(std::move(series));
  }
  return out;
}

}  // namespace lagom::cli
