#include "app/stock_point_view.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/plan_adapter.h"
#include "app/settings.h"
#include "engine/plan/policy_resolution.h"

namespace lagom::app {

namespace {

// z of the 90th percentile of the standard normal: the 80 % central prediction interval.
constexpr double kZ80 = 1.2815515655446004;

Status Validate(const StockPointViewOptions& options) {
  if (options.history_periods < 1 || options.history_periods > 520) {
    return InvalidInput("history must be between 1 and 520 periods");
  }
  if (options.window < 1 || options.window > 520) {
    return InvalidInput("window must be between 1 and 520 periods");
  }
  if (options.horizon < 1 || options.horizon > 260) {
    return InvalidInput("horizon must be between 1 and 260 periods");
  }
  return {};
}

// The start of the period `count` periods before the one starting at `start`.
Date PeriodsBack(Date start, int count, PeriodKind kind) {
  for (int i = 0; i < count; ++i) start = PeriodStart(start - std::chrono::days{1}, kind);
  return start;
}

std::vector<std::pair<Date, double>> DatedHistory(const std::vector<double>& history, Date end,
                                                  PeriodKind kind) {
  std::vector<std::pair<Date, double>> dated;
  Date period = PeriodsBack(end, static_cast<int>(history.size()), kind);
  for (double quantity : history) {
    dated.emplace_back(period, quantity);
    period = NextPeriod(period, kind);
  }
  return dated;
}

std::vector<ForecastPeriod> Forecast(const plan::StockPointPlan& plan, Date start, int horizon,
                                     PeriodKind kind) {
  std::vector<ForecastPeriod> periods;
  double half_width = kZ80 * plan.demand_sd;
  for (Date period = start; static_cast<int>(periods.size()) < horizon;
       period = NextPeriod(period, kind)) {
    double mean = plan.demand_mean;
    periods.push_back({period, mean, std::max(0.0, mean - half_width), mean + half_width});
  }
  return periods;
}

// Which level set each policy setting.
std::vector<SettingSource> Sources(const plan::ResolvedPolicy& resolved) {
  std::vector<SettingSource> sources;
  for (std::size_t i = 0; i < plan::kPolicyFields.size(); ++i) {
    sources.push_back({std::string(plan::kPolicyFields[i]),
                       plan::PolicyLevelText(resolved.level[i], resolved.service_class)});
  }
  return sources;
}

// Receipts dated before the first period arrive in it (overdue orders are still expected).
int PeriodIndex(Date due, Date start, PeriodKind kind) {
  return std::max(0, PeriodsBetween(start, due, kind));
}

// Receipts per period from the open lines and the latest run's proposal, then the balance
// through engine/plan's projection.
void Project(StockPointView& view, Date start, int horizon) {
  double mean = view.plan ? view.plan->demand_mean : 0.0;
  std::vector<ProjectedPeriod>& out = view.projection;
  for (Date period = start; static_cast<int>(out.size()) < horizon;
       period = NextPeriod(period, view.period)) {
    out.push_back({period, mean, 0, 0, 0});
  }
  for (const auto& line : view.open_orders) {
    int i = PeriodIndex(line.due_date, start, view.period);
    if (i < horizon) {
      out[static_cast<std::size_t>(i)].receipts +=
          static_cast<double>(line.ordered_milli - line.received_milli) / 1000.0;
    }
  }
  const auto& proposal = view.latest_proposal;
  if (proposal && proposal->status == "proposed") {
    int i = PeriodIndex(proposal->due_date, start, view.period);
    if (i < horizon) {
      out[static_cast<std::size_t>(i)].proposed_receipts +=
          static_cast<double>(proposal->quantity_milli) / 1000.0;
    }
  }
  std::vector<double> receipts, demand;
  for (const auto& p : out) {
    receipts.push_back(p.receipts + p.proposed_receipts);
    demand.push_back(p.demand);
  }
  plan::ProjectionInput in{.on_hand = static_cast<double>(view.on_hand_milli) / 1000.0,
                           .receipts = receipts,
                           .demand = demand};
  if (view.plan) {
    in.safety_stock = view.plan->safety_stock;
    in.reorder_point = view.plan->reorder_point;
    in.order_up_to = view.plan->order_up_to;
  }
  view.projected = plan::ProjectBalance(in);
  for (std::size_t t = 0; t < out.size(); ++t) out[t].balance = view.projected.balance[t];
}

Status LoadLatestProposal(sqlite::Database& db, StockPointView& view) {
  auto run = store::LatestPlanRun(db);
  if (!run) return run.error();
  if (!*run) return {};
  auto found = store::FindProposals(
      db, {.run_id = (*run)->id, .item = view.ref.item_code, .location = view.ref.location_code});
  if (!found) return found.error();
  if (!found->empty()) view.latest_proposal = found->front();
  return {};
}

Status LoadStock(sqlite::Database& db, StockPointView& view) {
  auto lots = store::LoadStockLots(db, view.ref.item_id, view.ref.location_id);
  if (!lots) return lots.error();
  auto orders = store::LoadOpenOrderLines(db, view.ref.item_id, view.ref.location_id);
  if (!orders) return orders.error();
  view.lots = std::move(*lots);
  view.open_orders = std::move(*orders);
  for (const auto& lot : view.lots) view.on_hand_milli += lot.quantity_milli;
  for (const auto& line : view.open_orders) {
    view.on_order_milli += line.ordered_milli - line.received_milli;
  }
  return LoadLatestProposal(db, view);
}

// The numbers the latest planning run stored for the stock point, as a plan; the order it
// proposed, when the page's proposal is of that run.
plan::StockPointPlan PlanOfRun(const store::RunStockPoint& run, const StockPointView& view) {
  const store::ForecastRecord& n = run.numbers;
  plan::StockPointPlan p;
  p.forecast_model = n.model;
  p.forecast_sigma = n.sigma;
  p.demand_mean = n.demand_per_period;
  p.demand_sd = n.demand_sd;
  p.lead_time = n.lead_time_periods;
  p.lead_time_sd = n.lead_time_sd_periods;
  p.review = n.review_periods;
  p.target = n.service_target;
  p.safety_stock = n.safety_stock;
  p.reorder_point = n.reorder_point;
  p.order_up_to = n.order_up_to;
  p.achieved = n.achieved_service;
  p.stockout_risk = n.stockout_risk;
  p.position_milli = n.position_milli;
  p.policy = n.policy;
  const auto& proposal = view.latest_proposal;
  if (proposal && proposal->plan_run_id == run.run.id) {
    p.rounded.quantity_milli = proposal->quantity_milli;
  }
  return p;
}

// The run's numbers when the page looks at the latest run's as-of date: the numbers the
// planner acts on. Otherwise (another date, or no run planned the stock point) the page
// computes them itself and says so.
Result<bool> UseRunNumbers(sqlite::Database& db, StockPointView& view) {
  auto run = store::FindRunStockPoint(db, view.ref.item_id, view.ref.location_id);
  if (!run) return run.error();
  if (*run && (*run)->run.as_of == view.as_of) {
    view.plan = PlanOfRun(**run, view);
    view.plan_source =
        fmt::format("planning run {} as of {}", (*run)->run.id, FormatDate((*run)->run.as_of));
    return true;
  }
  view.plan_source =
      *run ? fmt::format(
                 "computed for this page as of {} with the current data; planning run {} "
                 "planned this stock point as of {}",
                 FormatDate(view.as_of), (*run)->run.id, FormatDate((*run)->run.as_of))
           : fmt::format(
                 "computed for this page as of {}: no planning run has planned this "
                 "stock point",
                 FormatDate(view.as_of));
  return false;
}

// The stock point as the planning run sees it, from the planning data of its item alone (a
// DC's stores hold the same item), so one page reads one item's rows, not the catalogue.
Status LoadPlan(sqlite::Database& db, StockPointView& view, const StockPointViewOptions& options) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  auto parameters = PlanParametersOf(*settings, options.as_of, options.window, std::nullopt);
  if (!parameters) return parameters.error();
  int loaded = std::max(options.history_periods, options.window);
  auto data = store::LoadPlanningData(db, options.as_of, loaded, settings->Period(),
                                      store::ItemRange{view.ref.item_id, view.ref.item_id});
  if (!data) return data.error();
  view.period = data->period;
  Date end = PeriodStart(options.as_of, view.period);
  auto found = std::find_if(
      data->stock_points.begin(), data->stock_points.end(), [&](const store::StockPointData& p) {
        return p.item_id == view.ref.item_id && p.location_id == view.ref.location_id;
      });
  if (found == data->stock_points.end()) return {};
  const store::StockPointData& point = *found;
  view.history = DatedHistory(point.history, end, view.period);
  std::size_t shown = static_cast<std::size_t>(options.history_periods);
  if (view.history.size() > shown) {
    view.history.erase(view.history.begin(),
                       view.history.end() - static_cast<std::ptrdiff_t>(shown));
  }
  plan::ResolvedPolicy resolved = plan::ResolvePolicy(parameters->company, point.policy);
  view.settings = resolved.settings;
  view.sources = Sources(resolved);
  view.supply = point.supply;
  view.on_hand_milli = point.on_hand_milli;  // as the planning run sees them
  view.on_order_milli = point.on_order_milli;
  // The window's history only, as `lagom plan --history` would see it.
  std::span<const double> history = point.history;
  if (history.size() > static_cast<std::size_t>(options.window)) {
    history = history.last(static_cast<std::size_t>(options.window));
  }
  auto from_run = UseRunNumbers(db, view);
  if (!from_run) return from_run.error();
  if (*from_run) {
    view.forecast = Forecast(*view.plan, end, options.horizon, view.period);
    return {};
  }
  plan::StockPointFacts facts = FactsOf(point, *data, parameters->company);
  facts.history = history;
  plan::StockPointPlan plan = plan::PlanStockPoint(facts, {}, *parameters);
  if (!plan.error.empty()) {
    view.plan_error = plan.error;
    return {};
  }
  view.forecast = Forecast(plan, end, options.horizon, view.period);
  view.plan = std::move(plan);
  return {};
}

}  // namespace

Result<StockPointView> LoadStockPointView(sqlite::Database& db, const std::string& item_code,
                                          const std::string& location_code,
                                          const StockPointViewOptions& options) {
  if (Status valid = Validate(options); !valid) return valid.error();
  auto ref = store::FindStockPoint(db, item_code, location_code);
  if (!ref) return ref.error();
  StockPointView view;
  view.ref = std::move(*ref);
  view.as_of = options.as_of;
  if (Status loaded = LoadStock(db, view); !loaded) return loaded.error();
  if (Status planned = LoadPlan(db, view, options); !planned) return planned.error();
  Project(view, PeriodStart(options.as_of, view.period), options.horizon);
  return view;
}

Result<std::vector<store::StockPointListRow>> SearchStockPoints(sqlite::Database& db,
                                                                const std::string& search,
                                                                std::int64_t limit,
                                                                std::int64_t offset) {
  return store::SearchStockPoints(db, search, limit, offset);
}

Result<std::int64_t> CountStockPoints(sqlite::Database& db, const std::string& search) {
  return store::CountStockPoints(db, search);
}

}  // namespace lagom::app
