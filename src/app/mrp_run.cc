#include "app/mrp_run.h"

#include <fmt/format.h>

#include <chrono>
#include <map>

#include "store/plan_store.h"

namespace lagom::app {

namespace {

class Clock {
 public:
  explicit Clock(MrpRun& run) : run_(run) {}
  void Mark(const char* phase) {
    auto now = std::chrono::steady_clock::now();
    run_.phases.emplace_back(
        phase, std::chrono::duration_cast<std::chrono::milliseconds>(now - last_).count());
    last_ = now;
  }

 private:
  MrpRun& run_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// Routing operations by item id: (work centre index, setup hours, run hours per unit).
struct Operation {
  int work_centre = 0;
  double setup = 0, run = 0;
};

std::map<std::int64_t, std::vector<Operation>> Operations(const store::MrpCatalogue& c) {
  std::map<std::int64_t, int> centre;
  for (std::size_t w = 0; w < c.work_centres.size(); ++w) {
    centre[c.work_centres[w].id] = static_cast<int>(w);
  }
  std::map<std::int64_t, std::vector<Operation>> by_item;
  for (const store::RoutingRow& r : c.routings) {
    by_item[r.item_id].push_back(
        {centre.at(r.work_centre_id), r.setup_hours, r.run_hours_per_unit});
  }
  return by_item;
}

void AddLoad(MrpRun& run, const std::vector<Operation>& operations, LoadingOrder order, Date start,
             double started) {
  const int id = static_cast<int>(run.loading.size());
  run.loading.push_back(order);
  for (const Operation& op : operations) {
    run.loads.push_back({op.work_centre, start, op.setup + op.run * started, id});
  }
}

void CheckCapacity(MrpRun& run) {
  const MrpModel& m = run.model;
  auto operations = Operations(m.catalogue);
  for (std::size_t o = 0; o < run.plan.orders.size(); ++o) {
    const mrp::PlannedOrder& order = run.plan.orders[o];
    const mrp::Node& node = m.network.nodes[order.node];
    if (node.replenishment != mrp::Replenishment::kMake || node.phantom) continue;
    auto found = operations.find(m.catalogue.items[m.info[order.node].item].id);
    if (found == operations.end()) continue;
    AddLoad(run, found->second, {order.node, static_cast<int>(o), -1}, order.start,
            order.release_quantity);
  }
  for (std::size_t n = 0; n < m.network.nodes.size(); ++n) {
    const mrp::Node& node = m.network.nodes[n];
    auto found = operations.find(m.catalogue.items[m.info[n].item].id);
    if (found == operations.end()) continue;
    for (std::size_t f = 0; f < node.firm.size(); ++f) {
      AddLoad(run, found->second, {static_cast<int>(n), -1, static_cast<int>(f)},
              node.firm[f].start, node.firm[f].quantity / node.yield);
    }
  }
  const mrp::Buckets& b = run.plan.buckets;
  const Date end = NextPeriod(b.start(b.size() - 1), b.kind());
  const int weeks = (PeriodsBetween(b.start(0), end - std::chrono::days{1}, PeriodKind::kWeek)) + 1;
  run.capacity = mrp::RoughCut(m.work_centres, run.loads, b.as_of(), weeks);
}

}  // namespace

Result<MrpRun> ComputeMrp(sqlite::Database& db, const MrpModelOptions& options) {
  MrpRun run;
  Clock clock(run);
  auto model = LoadMrpModel(db, options);
  if (!model) return model.error();
  run.model = std::move(*model);
  clock.Mark("mrp load");
  auto plan = mrp::Explode(run.model.network, run.model.options);
  if (!plan) return plan.error();
  run.plan = std::move(*plan);
  clock.Mark("mrp explode");
  CheckCapacity(run);
  clock.Mark("mrp capacity");
  return run;
}

std::string LoadingOrderText(const MrpRun& run, const LoadingOrder& order) {
  const mrp::Node& node = run.model.network.nodes[order.node];
  if (order.planned >= 0) {
    const mrp::PlannedOrder& o = run.plan.orders[order.planned];
    return fmt::format("planned {}@{} {:g} due {}", node.item, node.location, o.quantity,
                       FormatDate(o.due));
  }
  const mrp::FirmOrder& f = node.firm[order.firm];
  return fmt::format("{} ({}@{} {:g} due {})", f.ref, node.item, node.location, f.quantity,
                     FormatDate(f.due));
}

}  // namespace lagom::app
