#include "app/planning_run.h"

#include <fmt/format.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>

#include "app/plan_reason.h"
#include "core/money.h"
#include "engine/forecast/moving_average.h"
#include "engine/plan/reorder.h"
#include "store/planning_data.h"

namespace lagom::app {

namespace {

// Stock points per progress report; large enough to keep the parallel loop efficient.
constexpr std::size_t kChunk = 4096;

plan::ReorderInput MakeReorderInput(const store::StockPointData& point, PeriodKind period,
                                    const PlanOptions& options) {
  forecast::LevelEstimate level = forecast::MovingAverage(point.history, options.history_periods);
  plan::ReorderInput in;
  in.demand_per_period = level.mean_per_period;
  in.demand_sd_per_period = level.sd_per_period;
  in.review_periods = options.review_periods;
  in.service_target = options.service_target;
  in.on_hand_milli = point.on_hand_milli;
  in.on_order_milli = point.on_order_milli;
  in.reserved_milli = point.reserved_milli;
  if (point.supply) {
    in.lead_time_periods = point.supply->lead_time_days / DaysPerPeriod(period);
    in.min_order_milli = point.supply->min_order_milli;
    in.order_multiple_milli = std::max<std::int64_t>(point.supply->order_multiple_milli, 1);
  }
  return in;
}

std::optional<store::ProposalRecord> PlanStockPoint(const store::StockPointData& point,
                                                    PeriodKind period, const PlanOptions& options) {
  plan::ReorderInput in = MakeReorderInput(point, period, options);
  plan::ReorderDecision out = plan::DecideReorder(in);
  if (out.quantity_milli == 0) return std::nullopt;
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
  p.quantity_milli = out.quantity_milli;
  p.order_value_raw =
      Extend(Money::FromRaw(p.unit_price_raw), Quantity::FromRaw(p.quantity_milli)).raw();
  p.order_date = options.as_of;
  p.due_date = options.as_of + std::chrono::days{static_cast<int>(std::ceil(lead_time_days))};
  p.forecast_per_period = in.demand_per_period;
  p.forecast_sd = in.demand_sd_per_period;
  p.lead_time_periods = in.lead_time_periods;
  p.review_periods = in.review_periods;
  p.service_target = in.service_target;
  p.safety_stock = out.safety_stock;
  p.reorder_point = out.reorder_point;
  p.order_up_to = out.order_up_to;
  p.on_hand_milli = in.on_hand_milli;
  p.on_order_milli = in.on_order_milli;
  p.projected_milli = out.position_milli;
  p.raw_need = out.raw_need;
  p.reason = ExplainReorder(in, out, point);
  return p;
}

std::vector<store::ProposalRecord> PlanAll(const store::PlanningData& data,
                                           const PlanOptions& options) {
  const std::size_t total = data.stock_points.size();
  std::vector<std::optional<store::ProposalRecord>> slots(total);
  for (std::size_t begin = 0; begin < total; begin += kChunk) {
    std::size_t end = std::min(total, begin + kChunk);
    tbb::parallel_for(tbb::blocked_range<std::size_t>(begin, end), [&](const auto& range) {
      for (std::size_t i = range.begin(); i != range.end(); ++i) {
        slots[i] = PlanStockPoint(data.stock_points[i], data.period, options);
      }
    });
    if (options.on_progress) options.on_progress(end, total);
  }
  std::vector<store::ProposalRecord> proposals;
  for (auto& slot : slots) {
    if (slot) proposals.push_back(std::move(*slot));
  }
  std::stable_sort(proposals.begin(), proposals.end(), [](const auto& a, const auto& b) {
    return a.order_value_raw > b.order_value_raw;
  });
  return proposals;
}

}  // namespace

Status ValidatePlanOptions(const PlanOptions& options) {
  if (options.history_periods < 1) return InvalidInput("--history must be at least 1 period");
  if (!(options.service_target >= 0.5 && options.service_target < 1.0)) {
    return InvalidInput("--service-level must be at least 0.5 and below 1");
  }
  if (!(options.review_periods >= 0 && options.review_periods <= 1000)) {
    return InvalidInput("--review-periods must be between 0 and 1000");
  }
  return {};
}

Result<PlanRunResult> RunPlan(sqlite::Database& db, const PlanOptions& options) {
  if (Status valid = ValidatePlanOptions(options); !valid) return valid.error();
  auto started = std::chrono::steady_clock::now();
  auto data = store::LoadPlanningData(db, options.as_of, options.history_periods);
  if (!data) return data.error();
  PlanRunResult result;
  result.proposals = PlanAll(*data, options);
  for (const auto& point : data->stock_points) result.without_supplier += point.supply ? 0 : 1;
  store::PlanRunRecord& run = result.run;
  run.as_of = options.as_of;
  run.period = data->period;
  run.options =
      fmt::format("history={} service_level={} review_periods={}", options.history_periods,
                  options.service_target, options.review_periods);
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
