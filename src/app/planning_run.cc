#include "app/planning_run.h"

#include <fmt/format.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>

#include "app/plan_reason.h"
#include "app/stock_point_plan.h"
#include "core/money.h"
#include "store/planning_data.h"

namespace lagom::app {

namespace {

// Stock points per progress report; large enough to keep the parallel loop efficient.
constexpr std::size_t kChunk = 4096;

// A stock point's proposal (nullopt when nothing is to be ordered), or why it could not be
// planned.
using Outcome = Result<std::optional<store::ProposalRecord>>;

store::ProposalRecord MakeProposal(const store::StockPointData& point,
                                   const StockPointPolicyResult& policy,
                                   const plan::ReorderInput& in, const plan::ReorderDecision& out,
                                   Date as_of) {
  store::ProposalRecord p;
  p.item_id = point.item_id;
  p.location_id = point.location_id;
  p.item_code = point.item_code;
  p.location_code = point.location_code;
  p.unit_price_raw = point.unit_cost_raw;
  double lead_time_days = 0;
  if (point.supply) {
    p.supplier_id = point.supply->supplier_id;
    p.supplier_code = point.supply->supplier_code;
    if (point.supply->unit_price_raw > 0) p.unit_price_raw = point.supply->unit_price_raw;
    lead_time_days = point.supply->lead_time_days;
  }
  p.quantity_milli = out.rounded.quantity_milli;
  p.order_value_raw =
      Extend(Money::FromRaw(p.unit_price_raw), Quantity::FromRaw(p.quantity_milli)).raw();
  p.order_date = as_of;
  p.due_date = as_of + std::chrono::days{static_cast<int>(std::ceil(lead_time_days))};
  p.forecast_per_period = policy.input.demand_mean;
  p.forecast_sd = std::sqrt(policy.input.demand_variance);
  p.lead_time_periods = policy.input.lead_time_mean;
  p.review_periods = policy.input.review_period;
  p.service_target = policy.input.target.value;
  p.safety_stock = policy.policy.safety_stock;
  p.reorder_point = in.reorder_point;
  p.order_up_to = in.order_up_to;
  p.on_hand_milli = in.on_hand_milli;
  p.on_order_milli = in.on_order_milli;
  p.projected_milli = out.position_milli;
  p.raw_need = out.raw_need;
  p.policy = policy.summary + "; " + policy.order_rule_note;
  p.achieved_service = policy.policy.achieved_service;
  p.reason = ExplainReorder(policy, in, out, point);
  return p;
}

Outcome PlanOne(const store::StockPointData& point, const store::PlanningData& data,
                const PlanOptions& options) {
  auto plan = PlanStockPoint(point, data, options.history_periods);
  if (!plan) return plan.error();
  if (plan->decision.rounded.quantity_milli == 0) return std::optional<store::ProposalRecord>();
  return std::optional(
      MakeProposal(point, plan->policy, plan->input, plan->decision, options.as_of));
}

void PlanAll(const store::PlanningData& data, const PlanOptions& options, PlanRunResult& result) {
  const std::size_t total = data.stock_points.size();
  std::vector<std::optional<Outcome>> slots(total);
  for (std::size_t begin = 0; begin < total; begin += kChunk) {
    std::size_t end = std::min(total, begin + kChunk);
    tbb::parallel_for(tbb::blocked_range<std::size_t>(begin, end), [&](const auto& range) {
      for (std::size_t i = range.begin(); i != range.end(); ++i) {
        slots[i] = PlanOne(data.stock_points[i], data, options);
      }
    });
    if (options.on_progress) options.on_progress(end, total);
  }
  for (auto& slot : slots) {
    if (!slot->ok()) {
      result.failures.push_back(slot->error().message);
    } else if (slot->value()) {
      result.proposals.push_back(std::move(*slot->value()));
    }
  }
  std::stable_sort(
      result.proposals.begin(), result.proposals.end(),
      [](const auto& a, const auto& b) { return a.order_value_raw > b.order_value_raw; });
}

void ApplyOverrides(const PlanOptions& options, store::PolicySettings& defaults) {
  if (options.service_kind) defaults.service_kind = *options.service_kind;
  if (options.service_target) defaults.service_target = *options.service_target;
  if (options.review_periods) defaults.review_periods = *options.review_periods;
}

}  // namespace

Status ValidatePlanOptions(const PlanOptions& options) {
  if (options.history_periods < 1) return InvalidInput("--history must be at least 1 period");
  std::string kind = options.service_kind.value_or("fill-rate");
  if (kind != "cycle" && kind != "fill-rate" && kind != "days-of-cover" && kind != "fixed") {
    return InvalidInput("--service must be cycle, fill-rate, days-of-cover or fixed");
  }
  bool probability = kind == "cycle" || kind == "fill-rate";
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
  return {};
}

Result<PlanRunResult> RunPlan(sqlite::Database& db, const PlanOptions& options) {
  if (Status valid = ValidatePlanOptions(options); !valid) return valid.error();
  auto started = std::chrono::steady_clock::now();
  auto data = store::LoadPlanningData(
      db, options.as_of, options.history_periods,
      [&](store::PolicySettings& defaults) { ApplyOverrides(options, defaults); });
  if (!data) return data.error();
  PlanRunResult result;
  PlanAll(*data, options, result);
  for (const auto& point : data->stock_points) result.without_supplier += point.supply ? 0 : 1;
  store::PlanRunRecord& run = result.run;
  run.as_of = options.as_of;
  run.period = data->period;
  const store::PolicySettings& d = data->defaults;
  run.options = fmt::format("history={} service={} target={} review_periods={} order_rule={}",
                            options.history_periods, d.service_kind, d.service_target,
                            d.review_periods, d.order_rule);
  run.stock_points = static_cast<int>(data->stock_points.size());
  run.proposals = static_cast<int>(result.proposals.size());
  Money total;
  for (const auto& p : result.proposals) total += Money::FromRaw(p.order_value_raw);
  run.order_value_raw = total.raw();
  run.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
  auto id = store::SavePlanRun(db, run, result.proposals);
  if (!id) return id.error();
  run.id = *id;
  return result;
}

}  // namespace lagom::app
