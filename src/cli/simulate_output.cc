#include "cli/simulate_output.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <cmath>
#include <iterator>
#include <nlohmann/json.hpp>

#include "csv/writer.h"

namespace lagom::cli {
namespace {

using analysis::Configuration;

std::string Number(double value) {
  return std::isnan(value) ? "NA" : fmt::format("{:.6g}", value);
}

nlohmann::json JsonNumber(double value) {
  return std::isnan(value) ? nlohmann::json() : nlohmann::json(value);
}

std::string MethodOf(const Configuration& c) {
  return std::string(forecast::MethodName(c.method));
}

std::string PolicyOf(const Configuration& c) {
  return std::string(analysis::PolicyKindName(c.policy));
}

std::string ModelOf(const Configuration& c) {
  return std::string(analysis::FillRateModelName(c.fill_rate_model));
}

std::string HistoryOf(const Configuration& c) {
  return c.from_first_demand ? "first-demand" : "full";
}

void WriteCsvRow(fmt::memory_buffer& buffer, const std::string& id, const Configuration& c,
                 const analysis::SeriesMeasures& m) {
  fmt::format_to(std::back_inserter(buffer), "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
                 csv::Escape(id), MethodOf(c), PolicyOf(c), Number(c.target), Number(m.demand),
                 Number(m.served), Number(m.FillRate()), Number(m.CycleServiceLevel()),
                 Number(m.AverageOnHand()), Number(m.AverageStockValue()), m.orders,
                 analysis::DemandModelName(c.demand), ModelOf(c), HistoryOf(c), m.stockout_periods,
                 m.periods, Number(m.TotalCost()));
}

nlohmann::json JsonRow(const std::string& id, const Configuration& c,
                       const analysis::SeriesMeasures& m) {
  return {{"series_id", id},
          {"method", MethodOf(c)},
          {"policy", PolicyOf(c)},
          {"target", c.target},
          {"demand", m.demand},
          {"served", m.served},
          {"fill_rate", JsonNumber(m.FillRate())},
          {"csl", JsonNumber(m.CycleServiceLevel())},
          {"avg_on_hand", m.AverageOnHand()},
          {"avg_stock_value", m.AverageStockValue()},
          {"orders", m.orders},
          {"distribution", analysis::DemandModelName(c.demand)},
          {"fill_rate_model", ModelOf(c)},
          {"history", HistoryOf(c)},
          {"stockout_periods", m.stockout_periods},
          {"periods", m.periods},
          {"total_cost", m.TotalCost()}};
}

void WriteCsv(std::ostream& out, std::span<const app::SimulationSeries> series,
              std::span<const Configuration> configurations, const app::SimulationRun& run) {
  fmt::memory_buffer buffer;
  fmt::format_to(std::back_inserter(buffer),
                 "series_id,method,policy,target,demand,served,fill_rate,csl,avg_on_hand,"
                 "avg_stock_value,orders,distribution,fill_rate_model,history,stockout_periods,"
                 "periods,total_cost\n");
  for (std::size_t c = 0; c < configurations.size(); ++c) {
    for (std::size_t s = 0; s < series.size(); ++s) {
      WriteCsvRow(buffer, series[s].id, configurations[c], run.measures[c][s]);
      if (buffer.size() < (1 << 20)) continue;
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  }
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

nlohmann::json SummaryJson(const Configuration& c, const analysis::Summary& s) {
  return {{"method", MethodOf(c)},
          {"distribution", analysis::DemandModelName(c.demand)},
          {"policy", PolicyOf(c)},
          {"fill_rate_model", ModelOf(c)},
          {"history", HistoryOf(c)},
          {"target", c.target},
          {"series", s.series},
          {"demand", s.demand},
          {"served", s.served},
          {"fill_rate", JsonNumber(s.fill_rate)},
          {"mean_fill_rate", JsonNumber(s.mean_fill_rate)},
          {"csl", JsonNumber(s.mean_csl)},
          {"stock_value", s.stock_value},
          {"on_hand", s.on_hand},
          {"orders", s.orders},
          {"total_cost", s.total_cost}};
}

}  // namespace

std::string CurveName(const Configuration& c) {
  return MethodOf(c) + " " + analysis::DemandModelName(c.demand) + " " + PolicyOf(c) + " " +
         ModelOf(c) + " " + HistoryOf(c);
}

void WriteSeriesResults(std::ostream& out, std::span<const app::SimulationSeries> series,
                        std::span<const Configuration> configurations,
                        const app::SimulationRun& run, bool json) {
  if (!json) return WriteCsv(out, series, configurations, run);
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t c = 0; c < configurations.size(); ++c) {
    for (std::size_t s = 0; s < series.size(); ++s) {
      rows.push_back(JsonRow(series[s].id, configurations[c], run.measures[c][s]));
    }
  }
  out << rows.dump(1) << "\n";
}

void PrintSummaries(std::ostream& out, std::span<const Configuration> configurations,
                    std::span<const analysis::Summary> summaries, Format format) {
  if (format == Format::kJson) {
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t c = 0; c < configurations.size(); ++c) {
      rows.push_back(SummaryJson(configurations[c], summaries[c]));
    }
    out << rows.dump(1) << "\n";
    return;
  }
  const bool csv = format == Format::kCsv;
  const char* row =
      csv ? "{},{},{},{},{},{},{},{},{},{},{},{}\n"
          : "{:<8} {:<17} {:<6} {:<14} {:<12} {:>6} {:>9} {:>9} {:>7} {:>14} {:>9} {:>12}\n";
  fmt::print(out, fmt::runtime(row), "method", "distribution", "policy", "fill_rate_model",
             "history", "target", "fill_rate", csv ? "mean_fill_rate" : "mean_fill", "csl",
             "stock_value", "orders", "total_cost");
  for (std::size_t c = 0; c < configurations.size(); ++c) {
    const Configuration& k = configurations[c];
    const analysis::Summary& s = summaries[c];
    auto fixed = [&](double v, int digits) {
      return csv ? Number(v) : std::isnan(v) ? "NA" : fmt::format("{:.{}f}", v, digits);
    };
    fmt::print(out, fmt::runtime(row), MethodOf(k), analysis::DemandModelName(k.demand),
               PolicyOf(k), ModelOf(k), HistoryOf(k), Number(k.target), fixed(s.fill_rate, 4),
               fixed(s.mean_fill_rate, 4), fixed(s.mean_csl, 4), fixed(s.stock_value, 2), s.orders,
               fixed(s.total_cost, 2));
  }
}

}  // namespace lagom::cli
