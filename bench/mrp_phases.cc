// The MRP run at scale, phase by phase, on a store made by `lagom generate --bom-levels L`
// (bench/mrp_scale.sh makes them): load (the store's catalogue and stock points, and the
// forecast of the finished goods' demand), then the engine's explosion (low-level codes,
// gross-to-net, lot sizing, offsetting, exploding the releases level by level), then the
// rough-cut capacity check — as `lagom plan` and `lagom mrp` run them (app::ComputeMrp), wall
// time. The engine's parts are then run again on their own over the same network, each with
// its wall and CPU time (the machine is shared: CPU time is what the phase itself costs): the
// whole explosion, the rough-cut check over the run's loads, low-level codes, and gross-to-net
// with each node's lot rule and with lot-for-lot (the difference is what lot sizing costs;
// explosion less netting is what exploding and offsetting cost). Prints the sizes, the times
// and the process's peak resident memory.
//
// Usage: mrp_phases <store.db> [as-of YYYY-MM-DD]
#include <fmt/format.h>
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "app/mrp_run.h"
#include "engine/mrp/capacity.h"
#include "engine/mrp/low_level_code.h"
#include "engine/mrp/netting.h"
#include "store/store.h"

namespace {

using lagom::mrp::LotRule;

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double CpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Runs `part` and prints its wall and CPU time.
template <typename Part>
void Time(const char* name, Part part) {
  const auto start = std::chrono::steady_clock::now();
  const double cpu = CpuSeconds();
  const std::string note = part();
  fmt::print("  again: {:<22} {:>8.3f} s wall {:>8.3f} s CPU  {}\n", name, Seconds(start),
             CpuSeconds() - cpu, note);
}

// Every node netted again from its record's gross requirements and scheduled receipts.
void NetAll(const lagom::app::MrpRun& run, bool own_lot_rule, std::size_t& orders) {
  orders = 0;
  for (std::size_t n = 0; n < run.model.network.nodes.size(); ++n) {
    const auto& node = run.model.network.nodes[n];
    const auto& record = run.plan.records[n];
    lagom::mrp::NettingInput in{
        record.gross, record.scheduled, node.on_hand - node.allocated, node.safety_stock, 0,
        node.lot};
    if (!own_lot_rule || node.phantom) in.lot = lagom::mrp::LotSizing{};
    orders += lagom::mrp::Net(in).notes.size();
  }
}

long PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;  // Linux: kilobytes
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: mrp_phases <store.db> [as-of YYYY-MM-DD]\n");
    return 2;
  }
  auto as_of = lagom::ParseDate(argc > 2 ? argv[2] : "2026-01-05");
  auto db = lagom::store::OpenStore(argv[1]);
  if (!as_of || !db) {
    std::fprintf(stderr, "mrp_phases: bad date or store\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  auto run = lagom::app::ComputeMrp(**db, {.as_of = *as_of});
  if (!run) {
    std::fprintf(stderr, "mrp_phases: %s\n", run.error().message.c_str());
    return 1;
  }
  const double whole = Seconds(start);
  const auto& plan = run->plan;
  int levels = 0;
  for (int code : plan.level) levels = std::max(levels, code + 1);
  std::size_t overloaded = 0;
  for (const auto& week : run->capacity) overloaded += week.overloaded() ? 1 : 0;
  fmt::print(
      "nodes {}  bom lines {}  levels {}  periods {}  planned orders {}  exceptions {}  "
      "work-centre weeks {} (overloaded {})\n",
      run->model.network.nodes.size(), run->model.network.lines.size(), levels, plan.buckets.size(),
      plan.orders.size(), plan.exceptions.size(), run->capacity.size(), overloaded);
  for (const auto& [phase, ms] : run->phases)
    fmt::print("  {:<28} {:>8.3f} s\n", phase, static_cast<double>(ms) / 1000.0);
  fmt::print("  {:<28} {:>8.3f} s\n", "whole (ComputeMrp)", whole);

  const long peak = PeakRssMb();  // the run as lagom plan runs it
  std::size_t orders = 0;
  Time("net + lot sizing", [&] {
    NetAll(*run, true, orders);
    return fmt::format("({} orders)", orders);
  });
  Time("net lot-for-lot", [&] {
    NetAll(*run, false, orders);
    return fmt::format("({} orders)", orders);
  });
  lagom::mrp::Plan().records.swap(run->plan.records);  // the re-run below needs the room
  const auto& network = run->model.network;
  Time("explode", [&] {
    auto again = lagom::mrp::Explode(network, run->model.options);
    return fmt::format("({} planned orders)", again ? again->orders.size() : 0);
  });
  const int centres = static_cast<int>(run->model.work_centres.size());
  const int weeks = centres > 0 ? static_cast<int>(run->capacity.size()) / centres : 1;
  Time("rough-cut capacity", [&] {
    auto weekly =
        lagom::mrp::RoughCut(run->model.work_centres, run->loads, run->model.options.as_of, weeks);
    return fmt::format("({} loads, {} work-centre weeks)", run->loads.size(), weekly.size());
  });
  Time("low-level codes", [&] {
    auto codes = lagom::mrp::LowLevelCodes(static_cast<int>(network.nodes.size()),
                                           lagom::mrp::NetworkEdges(network));
    return fmt::format("({} nodes)", codes.code.size());
  });
  fmt::print("peak RSS {} MB after ComputeMrp, {} MB at the end\n", peak, PeakRssMb());
  return 0;
}
