#include "app/overview.h"

#include <cmath>

#include "app/settings.h"
#include "core/money.h"
#include "core/proposal_state.h"
#include "store/planning_data.h"

namespace lagom::app {

namespace {

Status Validate(const OverviewOptions& options) {
  if (options.window < 1 || options.window > 520) {
    return InvalidInput("window must be between 1 and 520 periods");
  }
  if (!(options.excess_cover_periods > 0 && options.excess_cover_periods <= 1000)) {
    return InvalidInput("excess_cover must be above 0 and at most 1000 periods");
  }
  return {};
}

// Counts stock-outs and excess over the stock points with demand history.
Status LoadExceptions(sqlite::Database& db, const OverviewOptions& options, Overview& out) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  auto data = store::LoadPlanningData(db, options.as_of, options.window, settings->Period());
  if (!data) return data.error();
  out.period = data->period;
  out.stock_points = static_cast<int>(data->stock_points.size());
  Money excess_value;
  for (const store::StockPointData& point : data->stock_points) {
    double mean = 0;  // over the loaded window
    for (double demand : point.history) mean += demand / static_cast<double>(point.history.size());
    double on_hand = static_cast<double>(point.on_hand_milli) / 1000.0;
    double limit = options.excess_cover_periods * mean;
    if (mean > 0 && on_hand <= 0) ++out.stock_outs;
    if (on_hand > limit) {
      ++out.excess;
      auto above = Quantity::FromRaw(std::llround((on_hand - limit) * 1000.0));
      excess_value += Extend(Money::FromRaw(point.unit_cost_raw), above);
    }
  }
  out.excess_value_raw = excess_value.raw();
  return {};
}

void Add(StateTotal& total, const StateTotal& part) {
  total.count += part.count;
  total.value_raw += part.value_raw;
}

ProposalSummary Summarise(const std::vector<StateTotal>& by_state) {
  ProposalSummary summary;
  for (const StateTotal& total : by_state) {
    ProposalState state = *ValueNamed<ProposalState>(kProposalStates, total.state);
    if (!CountsAsOrdered(state)) {
      if (state != ProposalState::kRejected) Add(summary.on_hold, total);
      continue;
    }
    Add(summary.ordered, total);
    if (state != ProposalState::kApproved) Add(summary.to_review, total);
  }
  return summary;
}

Status LoadLastRun(sqlite::Database& db, Overview& out) {
  auto run = store::LatestPlanRun(db);
  if (!run) return run.error();
  out.last_run = *run;
  if (!*run) return {};
  auto totals = store::LoadProposalTotals(db, (*run)->id);
  if (!totals) return totals.error();
  for (const auto& named : kProposalStates) {
    StateTotal total{std::string(named.name)};
    for (const auto& t : *totals) {
      if (t.state == named.name) Add(total, {t.state, t.count, t.value_raw});
    }
    out.proposals.push_back(total);
  }
  out.summary = Summarise(out.proposals);
  return {};
}

}  // namespace

Result<Overview> LoadOverview(sqlite::Database& db, const OverviewOptions& options) {
  if (Status valid = Validate(options); !valid) return valid.error();
  Overview out;
  out.as_of = options.as_of;
  out.excess_cover_periods = options.excess_cover_periods;
  auto stock = store::LoadStockTotals(db);
  if (!stock) return stock.error();
  out.stock = *stock;
  auto orders = store::LoadOpenOrderTotals(db, options.as_of);
  if (!orders) return orders.error();
  out.open_orders = *orders;
  if (Status loaded = LoadExceptions(db, options, out); !loaded) return loaded.error();
  if (Status loaded = LoadLastRun(db, out); !loaded) return loaded.error();
  return out;
}

}  // namespace lagom::app
