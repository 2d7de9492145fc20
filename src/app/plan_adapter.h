// The one adapter between the store's planning rows and the plan engine: the run's
// parameters from the settings in force (app/settings.h), and each stock point's facts with
// its policy resolved over the company defaults (engine/plan/policy_resolution.h).
#pragma once

#include <optional>
#include <string>

#include "app/settings.h"
#include "engine/plan/plan_parameters.h"
#include "engine/plan/policy_resolution.h"
#include "engine/plan/stock_point_plan.h"
#include "store/plan_store.h"
#include "store/planning_data.h"

namespace lagom::app {

// The company policy defaults (settings policy.*).
PolicySettings CompanyPolicy(const Settings& settings);

// A run's parameters: settings, as-of date, history window and forecasting method
// (`forecast_method` overrides the setting forecast.method). InvalidInput for an unknown
// method.
Result<plan::PlanParameters> PlanParametersOf(const Settings& settings, Date as_of,
                                              int history_periods,
                                              const std::optional<std::string>& forecast_method);

// The facts of one stock point for the engine, its policy resolved over `company`. The facts
// point into `point`, which must outlive them.
plan::StockPointFacts FactsOf(const store::StockPointData& point, const store::PlanningData& data,
                              const PolicySettings& company);

// The proposal (or order) is bought under `supply`: its supplier and the purchase unit its
// quantity is shown in.
void BuyUnder(const store::SupplyOption& supply, store::ProposalRecord& proposal);

// "ITEM@LOCATION", for messages.
std::string WhereOf(const store::StockPointData& point);

}  // namespace lagom::app
