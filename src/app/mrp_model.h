// The MRP model of a store: the engine's network (engine/mrp/network.h) built from the
// store's catalogue and stock points, with the names and numbers app/ needs to turn the
// engine's plan back into proposals, exceptions and records. Building it forecasts the
// independent demand of stock points with demand history (the planning run's method) and
// combines it with customer orders (engine/mrp/demand.h) or, where an item has an MPS, takes
// the MPS instead.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "engine/forecast/forecast.h"
#include "engine/mrp/capacity.h"
#include "engine/mrp/explosion.h"
#include "store/mrp_data.h"
#include "store/sqlite.h"

namespace lagom::app {

struct MrpModelOptions {
  Date as_of;
  int history_periods = 104;                   // demand history the forecast sees, >= 1
  std::optional<std::string> forecast_method;  // overrides the setting forecast.method
};

// Per node of the network: where it comes from in the store and what the forecast said.
struct MrpNodeInfo {
  std::size_t item = 0;      // index into catalogue.items
  std::size_t location = 0;  // index into catalogue.locations
  std::optional<store::SupplyOption> supply;
  std::string forecast_model;                    // empty: no demand history
  double forecast_mean = 0, forecast_sigma = 0;  // per period
  std::vector<std::int64_t> production_ids;      // the production orders of Node::firm
};

// The settings mrp.* and what MRP takes from the others (app/settings.h).
struct MrpSettings {
  PeriodKind period = PeriodKind::kWeek;
  int horizon_periods = 26;
  int demand_time_fence_days = 0;
  double kanban_safety_factor = 0.1;
  double ordering_cost = 25;           // policy.ordering_cost, per order
  double holding_rate = 0.25;          // policy.holding_rate, per year as a share of unit cost
  forecast::ForecastOptions forecast;  // forecast.*, with the run's method
};

struct MrpModel {
  MrpSettings settings;
  store::MrpCatalogue catalogue;
  mrp::Network network;
  mrp::Options options;
  std::vector<MrpNodeInfo> info;              // per node
  std::vector<mrp::WorkCentre> work_centres;  // as catalogue.work_centres
  bool empty() const { return network.nodes.empty(); }
};

// Everything MRP plans as of `options.as_of`; an empty model when no item is made or in a
// bill of material.
Result<MrpModel> LoadMrpModel(sqlite::Database& db, const MrpModelOptions& options);

// The node of item `item_code` at `location_code`, if the model has it.
std::optional<int> FindNode(const MrpModel& model, const std::string& item_code,
                            const std::string& location_code);

}  // namespace lagom::app
