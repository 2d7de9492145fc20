#include "app/forecast_run.h"

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <optional>

namespace lagom::app {
namespace {

// Series per progress report: enough to keep both cores busy between reports.
constexpr std::size_t kChunk = 256;

}  // namespace

Result<std::vector<forecast::Forecast>> ForecastAll(std::span<const csv::SeriesHistory> series,
                                                    const ForecastRunOptions& options) {
  if (Status valid = forecast::ValidateOptions(options.forecast); !valid) return valid.error();
  if (options.threads < 0) return InvalidInput("threads must be >= 0");
  const std::size_t total = series.size();
  std::vector<std::optional<forecast::Forecast>> slots(total);
  tbb::task_arena arena(options.threads > 0 ? options.threads : tbb::task_arena::automatic);
  for (std::size_t begin = 0; begin < total; begin += kChunk) {
    const std::size_t end = std::min(total, begin + kChunk);
    arena.execute([&] {
      tbb::parallel_for(tbb::blocked_range<std::size_t>(begin, end, 1), [&](const auto& range) {
        for (std::size_t i = range.begin(); i != range.end(); ++i) {
          // Options were validated above, so Fit cannot fail here.
          slots[i] = std::move(*forecast::Fit(series[i].values, options.forecast));
        }
      });
    });
    if (options.on_progress) options.on_progress(end, total);
  }
  std::vector<forecast::Forecast> out;
  out.reserve(total);
  for (auto& slot : slots) out.push_back(std::move(*slot));
  return out;
}

}  // namespace lagom::app
