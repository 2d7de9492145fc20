// An MRP run's results in the planning run's terms: planned orders as order proposals
// (production for made stock points, purchase for bought, transfer for those replenished from
// another location; not phantoms, not kanban parts), each with its reason in numbers; the
// engine's exceptions, overloaded work centres and bought parts without supply terms as plan
// exceptions; the forecasts of stock points with demand history. Pure over the run.
#pragma once

#include <vector>

#include "app/mrp_run.h"
#include "store/plan_store.h"

namespace lagom::app {

std::vector<store::ProposalRecord> MrpProposals(const MrpRun& run);
std::vector<store::ExceptionRecord> MrpExceptions(const MrpRun& run);
std::vector<store::ForecastRecord> MrpForecasts(const MrpRun& run);

// The reason of a planned order, e.g. "MRP week of 2024-03-18: gross 60, projected 20,
// scheduled 0, safety stock 0 → net 40; lot-for-lot 40; due 2024-03-18 − 7 days lead time =
// start 2024-03-11".
std::string PlannedOrderReason(const MrpRun& run, const mrp::PlannedOrder& order);

// The stock points (item id, location id) with gross requirements in the horizon, sorted:
// their stock has a planned use.
std::vector<std::pair<std::int64_t, std::int64_t>> MrpPlannedUse(const MrpRun& run);

// The item ids MRP plans (the reorder-point stage leaves them alone).
std::vector<std::int64_t> MrpItemIds(const MrpRun& run);

}  // namespace lagom::app
