// Kernels of the forecasting engine: one series through the automatic method, one ETS model
// fit, and TSB. Whole-run figures on real data: forecast_m3.sh and forecast_carparts.sh.
#include <benchmark/benchmark.h>

#include <cmath>
#include <vector>

#include "engine/forecast/ets_fit.h"
#include "engine/forecast/forecast.h"
#include "engine/forecast/intermittent.h"

namespace {

// Ten years of monthly demand: trend, multiplicative season and deterministic noise.
std::vector<double> Monthly() {
  std::vector<double> y;
  for (int t = 0; t < 120; ++t) {
    const double season = 1 + 0.3 * std::sin(2 * M_PI * t / 12);
    y.push_back((1000 + 5 * t) * season * (1 + 0.05 * std::sin(t * 1.7)));
  }
  return y;
}

void BM_FitAuto(benchmark::State& state) {
  const std::vector<double> y = Monthly();
  lagom::forecast::ForecastOptions options;
  options.horizon = 18;
  options.season_length = 12;
  for (auto _ : state) benchmark::DoNotOptimize(lagom::forecast::Fit(y, options));
}
BENCHMARK(BM_FitAuto)->Unit(benchmark::kMillisecond);

void BM_FitEtsMAdM(benchmark::State& state) {
  const std::vector<double> y = Monthly();
  const auto spec = *lagom::forecast::ParseEtsCode("MAdM", 12);
  lagom::forecast::EtsWorkspace ws;
  for (auto _ : state) benchmark::DoNotOptimize(lagom::forecast::FitEts(y, spec, {}, ws));
}
BENCHMARK(BM_FitEtsMAdM)->Unit(benchmark::kMicrosecond);

void BM_Tsb(benchmark::State& state) {
  std::vector<double> y(39, 0.0);
  for (int t = 0; t < 39; t += 3) y[t] = 1 + t % 4;
  for (auto _ : state) benchmark::DoNotOptimize(lagom::forecast::Tsb(y, 0.1, 0.1, 12));
}
BENCHMARK(BM_Tsb)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
