// Everything the stock point page shows about one item@location, as of a date: the demand
// history per period, the demand estimate projected forward with a prediction band, the
// policy in force (and which level set each of its settings), what the planning run would
// decide now, stock on hand by lot, open purchase orders, the projected stock balance, and
// the stock point's proposal in the latest planning run. Reads only.
//
// Periods are the store's planning periods; history ends with the last whole period before
// `as_of`, the projection starts with the period that contains it. Quantities in the item's
// base unit. Thread-safety: as sqlite::Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "core/policy_terms.h"
#include "engine/plan/projection.h"
#include "engine/plan/stock_point_plan.h"
#include "store/plan_store.h"
#include "store/planning_data.h"
#include "store/stock_point_store.h"

namespace lagom::app {

struct StockPointViewOptions {
  Date as_of;
  int history_periods = 104;  // periods of history shown, 1–520
  int window = 12;            // periods the demand estimate uses (as `lagom plan --history`)
  int horizon = 26;           // periods projected, 1–260
};

struct ForecastPeriod {
  Date period;
  double mean = 0, low = 0, high = 0;  // 80 % prediction interval, normal, clipped at 0
};

struct ProjectedPeriod {
  Date period;
  double demand = 0;             // forecast
  double receipts = 0;           // open purchase order lines due (overdue ones: first period)
  double proposed_receipts = 0;  // the latest run's proposal, if still proposed
  double balance = 0;            // at the end of the period
};

// Where a policy setting comes from.
struct SettingSource {
  std::string setting;  // as in the policies table: service_kind, service_target …
  std::string source;   // "company default", "class AX target" (service_targets of the
                        // latest classification), "item policy" or "stock point policy"
};

struct StockPointView {
  store::StockPointRef ref;
  PeriodKind period = PeriodKind::kWeek;
  Date as_of;
  std::vector<std::pair<Date, double>> history;  // period start, demand; oldest first
  std::vector<ForecastPeriod> forecast;
  std::optional<PolicySettings> settings;  // none without demand history
  std::vector<SettingSource> sources;
  std::optional<store::SupplyOption> supply;
  // The latest planning run's numbers when the page is as of that run's date (what the planner
  // acts on); otherwise computed for the page. None without demand history or when it failed.
  std::optional<plan::StockPointPlan> plan;
  std::string plan_source;  // which of the two, in words: "planning run 3 as of 2011-12-12"
  std::string plan_error;   // why `plan` is missing when there is history
  std::int64_t on_hand_milli = 0, on_order_milli = 0;
  std::vector<store::StockLot> lots;
  std::vector<store::OpenOrderLine> open_orders;
  std::vector<ProjectedPeriod> projection;
  plan::Projection projected;  // the balances above and the first stock-out, cover, excess
  std::optional<store::ProposalRecord> latest_proposal;  // in the latest run
};

// NotFound when the item or location does not exist; InvalidInput for options out of range.
Result<StockPointView> LoadStockPointView(sqlite::Database& db, const std::string& item_code,
                                          const std::string& location_code,
                                          const StockPointViewOptions& options);

// The dashboard's list of stock points: those with demand, stock or purchase orders whose
// item code or name contains `search` (case-insensitive; empty: all), by item and location
// code, a page of them; and how many match.
Result<std::vector<store::StockPointListRow>> SearchStockPoints(sqlite::Database& db,
                                                                const std::string& search,
                                                                std::int64_t limit,
                                                                std::int64_t offset);
Result<std::int64_t> CountStockPoints(sqlite::Database& db, const std::string& search);

}  // namespace lagom::app
