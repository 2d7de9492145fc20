#include "app/planning_run.h"

#include <fmt/format.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_invoke.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

#include "app/alerts.h"
#include "app/forecast_events.h"
#include "app/forecast_overrides.h"
#include "app/mrp_proposals.h"
#include "app/plan_adapter.h"
#include "app/plan_budgets.h"
#include "app/plan_reason.h"
#include "app/supplier_choice.h"
#include "app/supplier_orders.h"
#include "core/money.h"
#include "core/proposal_state.h"
#include "engine/plan/projection.h"
#include "store/forecast_versions.h"
#include "store/planning_data.h"
#include "store/store.h"

namespace lagom::app {

namespace {

// Stock points per progress report; large enough to keep the parallel loop efficient.
constexpr std::size_t kChunk = 4096;

using Key = std::pair<std::int64_t, std::int64_t>;  // item, location

// One stock point's plan with its supply in force; when the supplier rule (app/
// supplier_choice.h) picks another supplier, its terms become the point's supply (every later
// stage orders from it) and the plan is made again with them.
plan::StockPointPlan PlanOnePoint(store::StockPointData& point, const store::PlanningData& data,
                                  const plan::DownstreamDemand& downstream,
                                  const OverridesByPoint& overrides,
                                  const plan::PlanParameters& parameters, SupplierChoice rule) {
  auto plan_with_supply = [&] {
    plan::StockPointFacts facts = FactsOf(point, data, parameters.company);
    auto overridden = overrides.find({point.item_id, point.location_id});
    if (overridden != overrides.end()) facts.overrides = overridden->second;
    plan::StockPointPlan plan = plan::PlanStockPoint(facts, downstream, parameters);
    if (!plan.error.empty()) plan.error = WhereOf(point) + ": " + plan.error;
    return plan;
  };
  plan::StockPointPlan plan = plan_with_supply();
  SupplierChosen chosen = ChooseSupplier(rule, point, plan, parameters);
  if (chosen.alternative < 0) return plan;
  auto& other = point.alternatives[static_cast<std::size_t>(chosen.alternative)];
  std::swap(*point.supply, other);
  plan::StockPointPlan again = plan_with_supply();
  bool late = plan::StockoutBeforeReceipt(again.first_stockout, again.lead_time);
  if (!again.error.empty() || (late && chosen.in_time)) {
    std::swap(*point.supply, other);  // the preferred supplier's plan stands
    return plan;
  }
  again.adjustments = chosen.note;
  return again;
}

// The first stage, echelon by echelon: stores first, so that their planned releases are
// the demand their DC plans for.
std::vector<plan::StockPointPlan> PlanStockPoints(store::PlanningData& data,
                                                  const PlanOptions& options,
                                                  const plan::PlanParameters& parameters,
                                                  const OverridesByPoint& overrides,
                                                  SupplierChoice rule) {
  auto& points = data.stock_points;
  std::vector<plan::StockPointPlan> plans(points.size());
  std::map<Key, plan::DownstreamDemand> downstream;
  for (std::size_t begin = 0; begin < points.size();) {
    std::size_t end = begin;
    while (end < points.size() && points[end].echelon == points[begin].echelon &&
           end - begin < kChunk) {
      ++end;
    }
    // Each task changes only its own stock point (its supply, when another supplier wins).
    tbb::parallel_for(std::size_t{begin}, end, [&](std::size_t i) {
      auto found = downstream.find({points[i].item_id, points[i].location_id});
      plans[i] = PlanOnePoint(points[i], data,
                              found == downstream.end() ? plan::DownstreamDemand{} : found->second,
                              overrides, parameters, rule);
    });
    for (std::size_t i = begin; i < end; ++i) {
      if (!points[i].source_location_id || plans[i].releases.empty()) continue;
      plan::DownstreamDemand& dc = downstream[{points[i].item_id, *points[i].source_location_id}];
      double total = 0;
      for (double release : plans[i].releases) total += release;
      dc.mean += total / static_cast<double>(plans[i].releases.size());
      dc.variance += plans[i].demand_sd * plans[i].demand_sd;
    }
    if (options.on_progress) options.on_progress(end, points.size());
    begin = end;
  }
  return plans;
}

store::ProposalRecord MakeProposal(const store::StockPointData& point,
                                   const plan::StockPointPlan& plan) {
  store::ProposalRecord p;
  p.item_id = point.item_id;
  p.location_id = point.location_id;
  p.item_code = point.item_code;
  p.location_code = point.location_code;
  if (point.source_location_id) {
    p.kind = "transfer";
    p.source_location_id = point.source_location_id;
    p.source_location_code = point.source_location_code;
  } else if (point.supply) {
    BuyUnder(*point.supply, p);
  }
  p.unit_price_raw = plan.line.unit_price_raw;
  p.quantity_milli = plan.line.quantity_milli;
  p.order_value_raw =
      Extend(Money::FromRaw(p.unit_price_raw), Quantity::FromRaw(p.quantity_milli)).raw();
  p.order_date = plan.order_date;
  p.due_date = plan.due_date;
  p.forecast_model = plan.forecast_model;
  p.forecast_per_period = plan.demand_mean;
  p.forecast_sd = plan.demand_sd;
  p.lead_time_periods = plan.lead_time;
  p.review_periods = plan.review;
  p.service_target = plan.target;
  p.safety_stock = plan.safety_stock;
  p.reorder_point = plan.reorder_point;
  p.order_up_to = plan.order_up_to;
  p.on_hand_milli = point.on_hand_milli;
  p.on_order_milli = point.on_order_milli;
  p.reserved_milli = point.reserved_milli;
  p.projected_milli = plan.position_milli;
  p.raw_need = plan.raw_need;
  p.policy = plan.policy;
  p.achieved_service = plan.achieved;
  p.container = plan.container;
  p.adjustments = plan.adjustments;
  p.hold_reason = plan.hold_reason;
  p.state = ProposalStateName(plan.state);
  p.reason = ExplainProposal(plan, point);
  return p;
}

store::ForecastRecord RunNumbersOf(const store::StockPointData& point,
                                   const plan::StockPointPlan& plan) {
  return {.item_id = point.item_id,
          .location_id = point.location_id,
          .model = plan.forecast_model,
          .mean_per_period = plan.demand_mean,
          .sigma = plan.forecast_sigma,
          .demand_per_period = plan.demand_mean,
          .demand_sd = plan.demand_sd,
          .lead_time_periods = plan.lead_time,
          .lead_time_sd_periods = plan.lead_time_sd,
          .review_periods = plan.review,
          .service_target = plan.target,
          .safety_stock = plan.safety_stock,
          .reorder_point = plan.reorder_point,
          .order_up_to = plan.order_up_to,
          .achieved_service = plan.achieved,
          .stockout_risk = plan.stockout_risk,
          .position_milli = plan.position_milli,
          .policy = plan.policy,
          .statistical_path = plan.forecast_path,
          .final_path = plan.final_path};
}

void Collect(const store::PlanningData& data, std::vector<plan::StockPointPlan>& plans,
             PlanRunResult& result) {
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const store::StockPointData& point = data.stock_points[i];
    plan::StockPointPlan& plan = plans[i];
    if (!plan.error.empty()) {
      result.failures.push_back(std::move(plan.error));
      continue;
    }
    result.forecasts.push_back(RunNumbersOf(point, plan));
    for (auto& e : plan.exceptions) {
      result.exceptions.push_back({point.item_id, point.location_id, point.item_code,
                                   point.location_code, std::move(e.kind), std::move(e.severity),
                                   std::move(e.message)});
    }
    if (plan.line.quantity_milli > 0) result.proposals.push_back(MakeProposal(point, plan));
    if (!point.supply && !point.source_location_id) ++result.without_supplier;
  }
  std::stable_sort(
      result.proposals.begin(), result.proposals.end(),
      [](const auto& a, const auto& b) { return a.order_value_raw > b.order_value_raw; });
}

// The stock points of items MRP plans leave the reorder-point stage.
void LeaveToMrp(store::PlanningData& data, const std::vector<std::int64_t>& mrp_items) {
  std::erase_if(data.stock_points, [&](const store::StockPointData& point) {
    return std::binary_search(mrp_items.begin(), mrp_items.end(), point.item_id);
  });
}

// MRP's planned orders join the proposals (largest value first), its exceptions and forecasts
// the run's.
void AddMrp(const MrpRun& mrp, PlanRunResult& result) {
  for (auto& p : MrpProposals(mrp)) result.proposals.push_back(std::move(p));
  std::stable_sort(
      result.proposals.begin(), result.proposals.end(),
      [](const auto& a, const auto& b) { return a.order_value_raw > b.order_value_raw; });
  for (auto& e : MrpExceptions(mrp)) result.exceptions.push_back(std::move(e));
  for (auto& f : MrpForecasts(mrp)) result.forecasts.push_back(std::move(f));
}

// The company defaults with the run's overrides (per-item policies still win).
void ApplyOverrides(const PlanOptions& options, PolicySettings& company) {
  if (options.service_kind) company.service_kind = *options.service_kind;
  if (options.service_target) company.service_target = *options.service_target;
  if (options.review_periods) company.review_periods = *options.review_periods;
}

// Loads the catalogue in two item ranges at once, the second on its own connection (SQLite
// readers do not block each other in WAL mode): reading demand is the largest part of a big
// run. An in-memory store has no second connection and is read in one go.
Result<store::PlanningData> LoadCatalogue(sqlite::Database& db, const PlanOptions& options,
                                          PeriodKind period) {
  auto items = store::AllItems(db);
  if (!items) return items.error();
  if (!*items || db.path() == ":memory:" || db.path().empty()) {
    return store::LoadPlanningData(db, options.as_of, options.history_periods, period);
  }
  std::int64_t middle = (*items)->first + ((*items)->last - (*items)->first) / 2;
  Result<store::PlanningData> low = IoError("not loaded");
  Result<store::PlanningData> high = IoError("not loaded");
  tbb::parallel_invoke(
      [&] {
        low = store::LoadPlanningData(db, options.as_of, options.history_periods, period,
                                      {(*items)->first, middle});
      },
      [&] {
        auto second = store::OpenStore(db.path());
        high = second ? store::LoadPlanningData(**second, options.as_of, options.history_periods,
                                                period, {middle + 1, (*items)->last})
                      : Result<store::PlanningData>(second.error());
      });
  if (!low) return low.error();
  if (!high) return high.error();
  store::MergePlanningData(*low, std::move(*high));
  return low;
}

// Records the wall time since the last mark under `name`.
class PhaseClock {
 public:
  explicit PhaseClock(PlanRunResult& result) : result_(result) {}
  void Mark(const char* name) {
    auto now = std::chrono::steady_clock::now();
    result_.phases.emplace_back(
        name, std::chrono::duration_cast<std::chrono::milliseconds>(now - last_).count());
    last_ = now;
  }

 private:
  PlanRunResult& result_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// Drops the forecast versions older than forecast.keep_versions_days before the run's as-of.
Status PruneVersions(sqlite::Database& db, const Settings& settings, Date as_of) {
  int keep_days = settings.Integer("forecast.keep_versions_days");
  if (keep_days == 0) return {};
  auto pruned = store::PruneForecastVersions(db, as_of - std::chrono::days{keep_days});
  return pruned ? Status{} : Status{pruned.error()};
}

}  // namespace

Status ValidatePlanOptions(const PlanOptions& options) {
  if (options.history_periods < 1) return InvalidInput("--history must be at least 1 period");
  ServiceKind kind = options.service_kind.value_or(ServiceKind::kFillRate);
  bool probability = kind == ServiceKind::kCycleService || kind == ServiceKind::kFillRate;
  if (options.service_target && probability &&
      !(*options.service_target >= 0.5 && *options.service_target < 1.0)) {
    return InvalidInput("--service-level must be at least 0.5 and below 1");
  }
  if (options.service_target && !probability && !(*options.service_target >= 0)) {
    return InvalidInput("--service-level must not be negative");
  }
  if (options.review_periods &&
      !(*options.review_periods >= 0 && *options.review_periods <= 1000)) {
    return InvalidInput("--review-periods must be between 0 and 1000");
  }
  if (options.alert_chunk_points == 0) return InvalidInput("alert_chunk_points must be at least 1");
  return {};
}

Result<PlanRunResult> RunPlan(sqlite::Database& db, const PlanOptions& options) {
  if (Status valid = ValidatePlanOptions(options); !valid) return valid.error();
  auto started = std::chrono::steady_clock::now();
  PlanRunResult result;
  PhaseClock clock(result);
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  auto parameters =
      PlanParametersOf(*settings, options.as_of, options.history_periods, options.forecast_method);
  if (!parameters) return parameters.error();
  ApplyOverrides(options, parameters->company);
  auto data = LoadCatalogue(db, options, parameters->period);
  if (!data) return data.error();
  clock.Mark("load");
  auto mrp = ComputeMrp(db, {options.as_of, options.history_periods, options.forecast_method});
  if (!mrp) return mrp.error();
  LeaveToMrp(*data, MrpItemIds(*mrp));
  clock.Mark("mrp");
  auto changes = ApplyEvents(db, *data, options.as_of, parameters->horizon_periods,
                             parameters->forecast.season_length);
  if (!changes) return changes.error();
  auto overrides = OverridesForRun(db, *data, options.as_of);
  if (!overrides) return overrides.error();
  AppendOverrides(*changes, std::move(*overrides));
  std::vector<plan::StockPointPlan> plans =
      PlanStockPoints(*data, options, *parameters, *changes, SupplierChoiceSetting(*settings));
  clock.Mark("forecast and policy");
  ApplySupplierOrderRules(*data, *parameters, plans);
  clock.Mark("supplier orders");
  ApplyBudgets(*data, plans, options.as_of);
  clock.Mark("budgets");
  Collect(*data, plans, result);
  AddMrp(*mrp, result);
  clock.Mark("proposals");
  store::PlanRunRecord& run = result.run;
  run.as_of = options.as_of;
  run.period = data->period;
  const PolicySettings& d = parameters->company;
  run.options =
      fmt::format("history={} forecast={} service={} target={} review_periods={} order_rule={}",
                  options.history_periods, forecast::MethodName(parameters->forecast.method),
                  NameOf<ServiceKind>(kServiceKinds, d.service_kind), d.service_target,
                  d.review_periods, NameOf<OrderRule>(kOrderRules, d.order_rule));
  run.stock_points = static_cast<int>(data->stock_points.size() + mrp->model.network.nodes.size());
  run.proposals = static_cast<int>(result.proposals.size());
  Money total;
  for (const auto& p : result.proposals) {
    auto state = ValueNamed<ProposalState>(kProposalStates, p.state);
    if (state && CountsAsOrdered(*state)) total += Money::FromRaw(p.order_value_raw);
  }
  run.order_value_raw = total.raw();
  run.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
  auto id = store::SavePlanRun(db, run, result.proposals, result.exceptions, result.forecasts);
  if (!id) return id.error();
  run.id = *id;
  if (Status pruned = PruneVersions(db, *settings, options.as_of); !pruned) return pruned.error();
  clock.Mark("save");
  auto alerts =
      RaiseAlerts(db, *data, *settings, plans, options.as_of, *id, options.history_periods,
                  options.alert_chunk_points, MrpPlannedUse(*mrp));
  if (!alerts) return alerts.error();
  result.alerts = *alerts;
  clock.Mark("alerts");
  return result;
}

}  // namespace lagom::app
