// Persisting planning runs and their order proposals, and reading them back with codes.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct PlanRunRecord {
  std::int64_t id = 0;  // set by SavePlanRun
  Date as_of;
  PeriodKind period = PeriodKind::kWeek;
  std::string options;  // the run's options as text, for the record
  int stock_points = 0;
  int proposals = 0;
  std::int64_t order_value_raw = 0;  // Money raw
  std::int64_t duration_ms = 0;
};

// A condition the planning run raises for a stock point: expedite, excess, no supplier …
struct ExceptionRecord {
  std::int64_t item_id = 0, location_id = 0;
  std::string item_code, location_code;  // filled when read back
  std::string kind;                      // expedite, excess, no-supplier, missing-lead-time
  std::string severity;                  // info, warning, critical
  std::string message;
};

// One proposed order and the numbers that produced it ("why"). Its fields are listed, for
// storage and every output, in store/proposal_fields.h.
struct ProposalRecord {
  std::int64_t id = 0;              // set when read back
  std::int64_t plan_run_id = 0;     // set when read back
  std::string status = "proposed";  // proposed, approved or rejected
  // What the plan did (core/proposal_state.h), or, once decided, the decision. Saved as the
  // plan set it; read back as the status when that is no longer "proposed".
  std::string state = "proposed";
  std::string order_number;  // approved: the purchase, transfer or production order it became
  std::int64_t item_id = 0;
  std::int64_t location_id = 0;
  std::optional<std::int64_t> supplier_id;
  std::string item_code, location_code, supplier_code;  // filled when read back
  std::int64_t quantity_milli = 0;  // in the item's stock unit, as the ledger keeps it
  // The supplier's purchase unit ("case"; empty: the stock unit) and the stock units in one
  // (the field purchase_quantity shows the quantity in it).
  std::string purchase_unit;
  std::int64_t purchase_unit_milli = 1000;
  std::int64_t unit_price_raw = 0;
  std::int64_t order_value_raw = 0;
  Date order_date, due_date;
  std::string forecast_model;  // e.g. "ETS(A,N,N)", "TSB(0.1)"
  double forecast_per_period = 0, forecast_sd = 0;
  double lead_time_periods = 0, review_periods = 0, service_target = 0;
  double safety_stock = 0, reorder_point = 0, order_up_to = 0, raw_need = 0;
  // On hand, open orders, stock promised to sales orders, and the position they make
  // (on hand + on order − reserved) at the time of the run.
  std::int64_t on_hand_milli = 0, on_order_milli = 0, reserved_milli = 0, projected_milli = 0;
  std::string kind = "purchase";                   // or "transfer", "production"
  std::optional<std::int64_t> source_location_id;  // a transfer's sending location
  std::string source_location_code;                // filled when read back
  std::string container;                           // e.g. "1/2": which of the order's containers
  std::string adjustments;                         // supplier-order and budget changes, in words
  std::string hold_reason;      // non-empty: held (minimum order value) or deferred (budget)
  std::string policy;           // e.g. "fill-rate 0.95, normal; cover 1 periods"
  double achieved_service = 0;  // the service the policy reaches, in the target's terms
  std::string reason;
};

// The forecast and policy behind a stock point's plan in a run, proposal or not: what the
// stock point page shows as the run's numbers.
struct ForecastRecord {
  std::int64_t item_id = 0, location_id = 0;
  std::string model;
  double mean_per_period = 0, sigma = 0;  // the model's one-period mean and error σ
  // Demand per period over lead time + review (downstream demand included) and its σ.
  double demand_per_period = 0, demand_sd = 0;
  double lead_time_periods = 0, lead_time_sd_periods = 0, review_periods = 0;
  double service_target = 0, safety_stock = 0, reorder_point = 0, order_up_to = 0;
  double achieved_service = 0, stockout_risk = 0;
  std::int64_t position_milli = 0;  // on hand + on order − reserved at the run
  std::string policy;               // e.g. "fill-rate 0.95, normal; cover 1 periods"
  // The forecast per period from the run's period on: statistical, and final (after overrides
  // and events; empty: the statistical one). Kept as the run's version (forecast_versions.h).
  std::vector<double> statistical_path, final_path;
};

// Stores the run, its proposals and exceptions, and its forecasts in place of the previous
// run's (their per-period paths as the run's forecast versions), in one transaction; returns the
// run id and sets each proposal's id and plan_run_id.
Result<std::int64_t> SavePlanRun(sqlite::Database& db, const PlanRunRecord& run,
                                 std::span<ProposalRecord> proposals,
                                 std::span<const ExceptionRecord> exceptions = {},
                                 std::span<const ForecastRecord> forecasts = {});

// A run's exceptions, critical first.
Result<std::vector<ExceptionRecord>> LoadExceptions(sqlite::Database& db, std::int64_t run_id);

// A stock point's numbers in the latest run that planned it, with that run.
struct RunStockPoint {
  PlanRunRecord run;
  ForecastRecord numbers;
};
Result<std::optional<RunStockPoint>> FindRunStockPoint(sqlite::Database& db, std::int64_t item_id,
                                                       std::int64_t location_id);

// The most recent run, if any.
Result<std::optional<PlanRunRecord>> LatestPlanRun(sqlite::Database& db);
Result<std::optional<PlanRunRecord>> FindPlanRun(sqlite::Database& db, std::int64_t id);
// Runs, newest first.
Result<std::vector<PlanRunRecord>> ListPlanRuns(sqlite::Database& db, std::int64_t limit,
                                                std::int64_t offset);
// How many runs there are.
Result<std::int64_t> CountPlanRuns(sqlite::Database& db);

// Which proposals to read; empty fields do not filter.
struct ProposalQuery {
  std::optional<std::int64_t> run_id;
  std::optional<std::int64_t> id;
  std::string item, location, supplier, status;  // codes; status as stored
  std::string state;                             // a proposal state's name
  bool without_supplier = false;                 // only proposals that have no supplier
  std::int64_t limit = -1;                       // -1: all
  std::int64_t offset = 0;
};

// Matching proposals, largest order value first, then by item and location code.
Result<std::vector<ProposalRecord>> FindProposals(sqlite::Database& db, const ProposalQuery& query);
Result<std::int64_t> CountProposals(sqlite::Database& db, const ProposalQuery& query);
// A run's proposals (FindProposals with only run_id).
Result<std::vector<ProposalRecord>> LoadProposals(sqlite::Database& db, std::int64_t run_id);

// A run's proposals of one supplier (empty code: none) in one state: how many, what value.
struct ProposalTotals {
  std::string supplier_code, supplier_name;  // empty when the proposals have no supplier
  std::int64_t min_order_value_raw = 0;      // the supplier's minimum order value, Money raw
  std::string state;                         // as the proposal's `state` field shows it
  int count = 0;
  std::int64_t value_raw = 0;  // Σ order value, Money raw
};
// By supplier code (no supplier first), then state.
Result<std::vector<ProposalTotals>> LoadProposalTotals(sqlite::Database& db, std::int64_t run_id);

// Sets a proposal's status, quantity, value, due date and order number (the planner's
// decision).
Status UpdateProposal(sqlite::Database& db, const ProposalRecord& proposal);

// Adds an open purchase order line (`line` of `po_number`, ≥ 1) for an approved proposal.
// REQUIRES: proposal.supplier_id is set.
Status InsertPurchaseOrder(sqlite::Database& db, const std::string& po_number, int line,
                           const ProposalRecord& proposal);
// Adds an open transfer order for an approved transfer proposal.
// REQUIRES: proposal.source_location_id is set.
Status InsertTransferOrder(sqlite::Database& db, const std::string& number,
                           const ProposalRecord& proposal);

}  // namespace lagom::store
