// The per-stock-point reorder decision of the planning run (position against s, need up to
// S, MOQ and pack rounding): decisions per second.
#include <benchmark/benchmark.h>

#include <vector>

#include "engine/plan/reorder.h"

namespace {

void BM_DecideReorder(benchmark::State& state) {
  std::vector<lagom::plan::ReorderInput> inputs(4096);
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    auto& in = inputs[i];
    in.reorder_point = static_cast<double>(i % 97) * 2.5;
    in.order_up_to = in.reorder_point + static_cast<double>(i % 13) * 3.0;
    in.on_hand_milli = static_cast<std::int64_t>(i % 300) * 1000;
    in.rules.min_order_milli = 12000;
    in.rules.multiple_milli = 6000;
  }
  std::int64_t ordered = 0;
  for (auto _ : state) {
    for (const auto& in : inputs) ordered += lagom::plan::DecideReorder(in).rounded.quantity_milli;
  }
  benchmark::DoNotOptimize(ordered);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(inputs.size()));
}
BENCHMARK(BM_DecideReorder);

}  // namespace

BENCHMARK_MAIN();
