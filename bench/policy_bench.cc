// Inventory policy for a catalogue of stock points (issue 4): stock points per second of
// ComputeStockPointPolicy with fill-rate targets, per demand distribution on one core, and
// for 1,000,000 mixed stock points on 2 cores with oneTBB (the way app/ runs the engine).
#include <benchmark/benchmark.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>

#include <random>
#include <vector>

#include "engine/policy/stock_point.h"

namespace {

using lagom::policy::ComputeStockPointPolicy;
using lagom::policy::DistributionKind;
using lagom::policy::ServiceKind;
using lagom::policy::StockPointInput;

// A fast mover (normal by the automatic rule), a slow mover (Poisson) or a lumpy one (NB).
StockPointInput Point(std::mt19937_64& rng, int kind, ServiceKind service) {
  std::uniform_real_distribution<double> u(0.0, 1.0);
  StockPointInput in;
  if (kind == 0) {
    in.demand_mean = 20.0 + 200.0 * u(rng);
    in.demand_variance = in.demand_mean * (1.0 + 4.0 * u(rng));
  } else if (kind == 1) {
    in.demand_mean = 0.05 + 1.5 * u(rng);
    in.demand_variance = in.demand_mean;
  } else {
    in.demand_mean = 0.2 + 3.0 * u(rng);
    in.demand_variance = in.demand_mean * (2.0 + 6.0 * u(rng));
  }
  in.lead_time_mean = 1.0 + 7.0 * u(rng);
  in.lead_time_sd = u(rng) < 0.5 ? 0.0 : 0.5 * u(rng);
  in.review_period = u(rng) < 0.5 ? 0.0 : 1.0;
  in.order_quantity = in.demand_mean * (2.0 + 6.0 * u(rng));
  in.target = {service, 0.90 + 0.095 * u(rng)};
  return in;
}

// 60 % fast, 25 % slow, 15 % lumpy movers (kind < 0), or all of one kind.
std::vector<StockPointInput> Catalogue(std::size_t n, int only_kind, ServiceKind service) {
  std::mt19937_64 rng(20261125);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  std::vector<StockPointInput> points(n);
  for (auto& point : points) {
    const double x = u(rng);
    const int kind = only_kind >= 0 ? only_kind : (x < 0.60 ? 0 : x < 0.85 ? 1 : 2);
    point = Point(rng, kind, service);
  }
  return points;
}

void BM_OneCore(benchmark::State& state) {
  const auto points =
      Catalogue(4096, static_cast<int>(state.range(0)), static_cast<ServiceKind>(state.range(1)));
  double sum = 0.0;
  for (auto _ : state) {
    for (const auto& in : points) sum += ComputeStockPointPolicy(in)->reorder_point;
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(points.size()));
}
// Arguments: demand kind (0 normal, 1 Poisson, 2 negative binomial, -1 mixed), service kind
// (0 cycle service, 1 fill rate).
BENCHMARK(BM_OneCore)
    ->ArgNames({"kind", "service"})
    ->Args({0, 0})
    ->Args({0, 1})
    ->Args({1, 1})
    ->Args({2, 1})
    ->Args({-1, 1});

void BM_MillionMixedFillRateTwoCores(benchmark::State& state) {
  tbb::global_control threads(tbb::global_control::max_allowed_parallelism, 2);
  const auto points = Catalogue(1000000, -1, ServiceKind::kFillRate);
  std::vector<double> reorder_points(points.size());
  for (auto _ : state) {
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, points.size(), 1024),
                      [&](const tbb::blocked_range<std::size_t>& range) {
                        for (std::size_t i = range.begin(); i < range.end(); ++i) {
                          reorder_points[i] = ComputeStockPointPolicy(points[i])->reorder_point;
                        }
                      });
  }
  benchmark::DoNotOptimize(reorder_points.data());
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(points.size()));
}
BENCHMARK(BM_MillionMixedFillRateTwoCores)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
