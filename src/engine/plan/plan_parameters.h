// What a planning run decides with besides a stock point's own facts: the as-of date, the
// planning period, the forecasting options and the company settings that shape proposals.
// The app fills it from the settings table (app/settings.h) and a run's options.
#pragma once

#include "core/date.h"
#include "core/period.h"
#include "core/policy_terms.h"
#include "engine/forecast/forecast.h"

namespace lagom::plan {

struct PlanParameters {
  Date as_of;
  PeriodKind period = PeriodKind::kWeek;
  forecast::ForecastOptions forecast;  // method and season; horizon and sums set per point
  PolicySettings company;              // settings policy.* with the run's overrides
  double ordering_cost = 25;           // per order, company currency (EOQ)
  double holding_rate = 0.25;          // per year, share of unit cost (EOQ)
  double round_down_fraction = 0;      // of a pack (AGR round-down threshold)
  double free_freight_top_up = 0.8;    // top up orders at least this share of free freight
  double max_cover_days = 180;         // bringing forward stops at this cover
  int horizon_periods = 26;            // projected balance
  double excess_cover_days = 365;      // cover beyond which stock is reported as excess
};

}  // namespace lagom::plan
