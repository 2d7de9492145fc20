// The per-stock-point replenishment decision of the planning run: decisions per second.
#include <benchmark/benchmark.h>

#include <vector>

#include "engine/plan/reorder.h"

namespace {

void BM_DecideReorder(benchmark::State& state) {
  std::vector<lagom::plan::ReorderInput> inputs(4096);
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    auto& in = inputs[i];
    in.demand_per_period = static_cast<double>(i % 97);
    in.demand_sd_per_period = static_cast<double>(i % 13) + 0.5;
    in.lead_time_periods = static_cast<double>(i % 8) + 0.5;
    in.service_target = 0.80 + static_cast<double>(i % 19) / 100.0;
    in.on_hand_milli = static_cast<std::int64_t>(i % 300) * 1000;
    in.min_order_milli = 12000;
    in.order_multiple_milli = 6000;
  }
  std::int64_t ordered = 0;
  for (auto _ : state) {
    for (const auto& in : inputs) ordered += lagom::plan::DecideReorder(in).quantity_milli;
  }
  benchmark::DoNotOptimize(ordered);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(inputs.size()));
}
BENCHMARK(BM_DecideReorder);

}  // namespace

BENCHMARK_MAIN();
