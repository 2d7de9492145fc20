#include "cli/forecast_output.h"

#include <fmt/format.h>

#include <iterator>
#include <string>

#include "csv/writer.h"

namespace lagom::cli {

void WriteForecastCsv(std::ostream& out, std::span<const csv::SeriesHistory> series,
                      std::span<const forecast::Forecast> forecasts,
                      std::span<const double> levels) {
  fmt::memory_buffer buffer;
  auto it = std::back_inserter(buffer);
  fmt::format_to(it, "series_id,step,forecast");
  for (double level : levels) fmt::format_to(it, ",lo_{0},hi_{0}", level);
  fmt::format_to(it, ",model\n");
  for (std::size_t s = 0; s < series.size(); ++s) {
    const forecast::Forecast& f = forecasts[s];
    const std::string id = csv::Escape(series[s].id);
    const std::string model = csv::Escape(f.Model());
    for (std::size_t h = 0; h < f.Mean().size(); ++h) {
      const int step = static_cast<int>(h) + 1;
      fmt::format_to(it, "{},{},{}", id, step, f.Mean()[h]);
      for (double level : levels) {
        const forecast::Interval i = f.PredictionInterval(step, level / 100.0);
        fmt::format_to(it, ",{},{}", i.lower, i.upper);
      }
      fmt::format_to(it, ",{}\n", model);
    }
    if (buffer.size() > (1 << 20)) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  }
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace lagom::cli
