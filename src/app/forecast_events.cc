#include "app/forecast_events.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/period.h"
#include "engine/forecast/event_uplift.h"
#include "store/event_store.h"

namespace lagom::app {

namespace {

bool Listed(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool Concerns(const store::EventRecord& e, const store::StockPointData& p) {
  bool item =
      Listed(e.items, p.item_code) || (!p.item_group.empty() && Listed(e.groups, p.item_group));
  return item && (e.locations.empty() || Listed(e.locations, p.location_code));
}

// The event's periods as indexes from the run's period (0: the period of as_of).
std::pair<int, int> PeriodsOf(const store::EventRecord& e, Date run_start, PeriodKind period) {
  return {PeriodsBetween(run_start, e.from, period), PeriodsBetween(run_start, e.to, period)};
}

struct PastEvents {
  std::vector<bool> in_event;                       // per history period
  std::map<std::string, std::vector<int>> by_type;  // history indexes of each type's periods
};

PastEvents PastOf(const std::vector<const store::EventRecord*>& events, std::size_t history,
                  Date run_start, PeriodKind period) {
  PastEvents past{std::vector<bool>(history, false), {}};
  int n = static_cast<int>(history);
  for (const store::EventRecord* e : events) {
    auto [first, last] = PeriodsOf(*e, run_start, period);
    for (int t = std::max(first, -n); t <= std::min(last, -1); ++t) {
      past.in_event[static_cast<std::size_t>(n + t)] = true;
      past.by_type[e->type].push_back(n + t);
    }
  }
  return past;
}

std::optional<double> MeasuredUplift(const std::vector<double>& history,
                                     const std::vector<double>& baseline,
                                     const std::vector<int>& periods) {
  double actual = 0, base = 0;
  for (int t : periods) {
    actual += history[static_cast<std::size_t>(t)];
    base += baseline[static_cast<std::size_t>(t)];
  }
  if (base <= 0) return std::nullopt;
  return actual / base;
}

// The coming event as a percentage change, with the note the reason shows; none when no
// uplift is planned, measurable or implied.
std::optional<plan::ForecastOverride> ComingChange(const store::EventRecord& e, int first, int last,
                                                   const std::optional<double>& measured,
                                                   std::size_t measured_periods) {
  std::string source;
  double percent = 0;
  if (e.uplift_percent) {
    percent = *e.uplift_percent;
    source = "planned";
  } else if (measured) {
    percent = (*measured - 1.0) * 100.0;
    source = fmt::format("measured on {} past {} periods", measured_periods, e.type);
  } else if (e.type == "closure") {
    percent = -100;
    source = "closed";
  } else {
    return std::nullopt;
  }
  return plan::ForecastOverride{first,
                                last,
                                plan::OverrideKind::kPercent,
                                percent,
                                1.0,
                                fmt::format("event {} ({}) {}–{}: {:+.0f} % ({})", e.code, e.type,
                                            FormatDate(e.from), FormatDate(e.to), percent, source)};
}

}  // namespace

Result<OverridesByPoint> ApplyEvents(sqlite::Database& db, store::PlanningData& data, Date as_of,
                                     int horizon_periods, int season_length) {
  auto events = store::LoadEvents(db);
  if (!events) return events.error();
  OverridesByPoint coming;
  if (events->empty()) return coming;
  Date run_start = PeriodStart(as_of, data.period);
  for (store::StockPointData& p : data.stock_points) {
    std::vector<const store::EventRecord*> mine;
    for (const store::EventRecord& e : *events) {
      if (Concerns(e, p)) mine.push_back(&e);
    }
    if (mine.empty()) continue;
    PastEvents past = PastOf(mine, p.history.size(), run_start, data.period);
    std::map<std::string, std::optional<double>> measured;
    if (!past.by_type.empty()) {
      forecast::EventUplift estimate =
          forecast::EstimateEventUplift(p.history, past.in_event, season_length);
      for (const auto& [type, periods] : past.by_type) {
        measured[type] = MeasuredUplift(p.history, estimate.baseline, periods);
      }
      p.history = std::move(estimate.cleansed);
    }
    for (const store::EventRecord* e : mine) {
      auto [first, last] = PeriodsOf(*e, run_start, data.period);
      if (last < 0 || first >= horizon_periods) continue;
      auto type = past.by_type.find(e->type);
      auto change = ComingChange(*e, first, last, measured[e->type],
                                 type == past.by_type.end() ? 0 : type->second.size());
      if (change) coming[{p.item_id, p.location_id}].push_back(std::move(*change));
    }
  }
  return coming;
}

void AppendOverrides(OverridesByPoint& earlier, OverridesByPoint&& later) {
  for (auto& [point, overrides] : later) {
    auto& list = earlier[point];
    for (auto& o : overrides) list.push_back(std::move(o));
  }
}

}  // namespace lagom::app
