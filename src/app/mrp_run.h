// An MRP computation over the whole store (engine/mrp): load the model, explode and net every
// level, and load the work centres for a rough-cut capacity check. The planning run uses it
// for the stock points MRP plans; `lagom mrp`, `lagom pegging` and the API read its records
// and pegging. Reads only. Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "app/mrp_model.h"
#include "engine/mrp/capacity.h"

namespace lagom::app {

// An order that loads a work centre: a planned order (index into Plan::orders) or a firm
// one (index into its node's Node::firm).
struct LoadingOrder {
  int node = 0;
  int planned = -1;
  int firm = -1;
};

struct MrpRun {
  MrpModel model;
  mrp::Plan plan;
  std::vector<LoadingOrder> loading;    // Load::order indexes this
  std::vector<mrp::Load> loads;         // hours per order and work centre
  std::vector<mrp::WeekLoad> capacity;  // per work centre and week of the horizon
  std::vector<std::pair<std::string, std::int64_t>> phases;  // load, explode, capacity: ms
};

Result<MrpRun> ComputeMrp(sqlite::Database& db, const MrpModelOptions& options);

// "BIKE@P 30 due 2024-03-18" for a loading order.
std::string LoadingOrderText(const MrpRun& run, const LoadingOrder& order);

}  // namespace lagom::app
