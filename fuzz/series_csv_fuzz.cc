// Fuzz target for the time-series CSV reader of `lagom forecast`: any bytes give series or an
// error, and parsed series forecast without a crash or a NaN. libFuzzer with LAGOM_FUZZ=ON;
// otherwise the checked-in corpus replays as a regression test (fuzz_replay.cc).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "csv/series.h"
#include "engine/forecast/forecast.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto series = lagom::csv::ParseSeriesCsv(text, "fuzz.csv");
  if (!series) return 0;
  lagom::forecast::ForecastOptions options;
  options.horizon = 3;
  options.season_length = 4;
  for (const auto& s : *series) {
    auto f = lagom::forecast::Fit(s.values, options);
    if (!f || std::isnan(f->Mean()[0]) || std::isnan(f->CumulativeVariance(2.5))) std::abort();
  }
  return 0;
}
