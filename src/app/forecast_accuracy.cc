#include "app/forecast_accuracy.h"

#include <algorithm>
#include <limits>
#include <map>

#include "app/classification.h"
#include "app/settings.h"
#include "core/money.h"
#include "store/classification_store.h"
#include "store/forecast_override_store.h"
#include "store/forecast_versions.h"

namespace lagom::app {

namespace {

struct ByName {
  AccuracyBy by;
  std::string_view name;
};
constexpr ByName kAccuracyBy[] = {{AccuracyBy::kStockPoint, "stock-point"},
                                  {AccuracyBy::kClass, "class"},
                                  {AccuracyBy::kGroup, "group"},
                                  {AccuracyBy::kCompany, "company"},
                                  {AccuracyBy::kOverride, "override"},
                                  {AccuracyBy::kPlanner, "planner"},
                                  {AccuracyBy::kReason, "reason"}};

bool ByOverride(AccuracyBy by) {
  return by == AccuracyBy::kOverride || by == AccuracyBy::kPlanner || by == AccuracyBy::kReason;
}

// The first `lags` values of the last run's version per stock point and period of the run.
struct KeptVersion {
  std::vector<double> statistical, final_path;
};
using Versions = std::map<store::PointKey, std::map<Date, KeptVersion>>;

Result<Versions> CollectVersions(sqlite::Database& db, PeriodKind period, int lags) {
  Versions versions;
  auto lead = [lags](const std::vector<double>& path) {
    return std::vector<double>(path.begin(),
                               path.begin() + std::min<std::ptrdiff_t>(lags, path.size()));
  };
  Status walked = store::ForEachForecastVersion(db, [&](const store::StockPointVersion& v) {
    if (v.version.period != period) return Status{};  // made before the period changed
    // Runs come oldest first: a later run of the same period replaces an earlier one.
    versions[{v.item_id, v.location_id}][PeriodStart(v.version.as_of, period)] = {
        lead(v.version.statistical), lead(v.version.final_path)};
    return Status{};
  });
  if (!walked) return walked.error();
  return versions;
}

Date EarliestPeriod(const Versions& versions, Date fallback) {
  Date earliest = fallback;
  for (const auto& [point, by_period] : versions) {
    if (!by_period.empty()) earliest = std::min(earliest, by_period.begin()->first);
  }
  return earliest;
}

struct Context {
  const AccuracyOptions& options;
  PeriodKind period;
  std::map<std::int64_t, store::ItemInfo> items;
  std::map<std::int64_t, std::string> locations;
  AbcClasses classes;

  std::string KeyOf(const store::PointKey& point) const {
    switch (options.by) {
      case AccuracyBy::kStockPoint:
        return items.at(point.first).code + "@" + locations.at(point.second);
      case AccuracyBy::kClass:
        return AbcClassOf(classes, point.first, point.second);
      case AccuracyBy::kGroup: {
        const std::string& group = items.at(point.first).group;
        return group.empty() ? "(no group)" : group;
      }
      case AccuracyBy::kCompany:
      case AccuracyBy::kOverride:
      case AccuracyBy::kPlanner:
      case AccuracyBy::kReason:
        return "company";
    }
    return "";
  }

  std::string KeyOf(const store::OverrideRecord& o) const {
    switch (options.by) {
      case AccuracyBy::kPlanner:
        return o.author.empty() ? "(no author)" : o.author;
      case AccuracyBy::kReason:
        return o.reason.empty() ? "(no reason)" : o.reason;
      default:
        return "#" + std::to_string(o.id) + " " + items.at(o.item_id).code + "@" +
               (o.location_id ? locations.at(*o.location_id) : "all") + " " + FormatDate(o.from) +
               "–" + FormatDate(o.to);
    }
  }
};

struct Tallies {
  analysis::AccuracyTally statistical, final_forecast;
};

// Adds one stock point's forecasts of complete periods to the tallies of its key.
void AddStockPoint(const Context& c, const store::PointKey& point,
                   const std::map<Date, KeptVersion>& by_period, const std::vector<double>& actuals,
                   Date window_start, std::map<std::pair<std::string, int>, Tallies>& tallies) {
  auto first_demand = std::find_if(actuals.begin(), actuals.end(), [](double a) { return a != 0; });
  double scale = analysis::NaiveScale(
      std::span<const double>(first_demand, actuals.end()));  // from the item's first demand
  auto item = c.items.find(point.first);
  double value = item == c.items.end() ? 0 : Money::FromRaw(item->second.unit_cost_raw).ToDouble();
  std::string key = c.KeyOf(point);
  for (const auto& [start, version] : by_period) {
    Date target = start;
    for (std::size_t i = 0; i < version.statistical.size(); ++i) {
      int index = PeriodsBetween(window_start, target, c.period);
      if (index < 0) break;
      if (static_cast<std::size_t>(index) >= actuals.size()) break;
      double actual = actuals[static_cast<std::size_t>(index)];
      Tallies& t = tallies[{key, static_cast<int>(i) + 1}];
      t.statistical.Add({version.statistical[i], actual, scale, value});
      t.final_forecast.Add({version.final_path[i], actual, scale, value});
      target = NextPeriod(target, c.period);
    }
  }
}

// The forecasts of one stock point that override `o` changed, into its key's tallies.
void AddOverridden(const Context& c, const store::OverrideRecord& o, const store::PointKey& point,
                   const std::map<Date, KeptVersion>& by_period, const std::vector<double>& actuals,
                   Date window_start, std::map<std::pair<std::string, int>, Tallies>& tallies) {
  auto first_demand = std::find_if(actuals.begin(), actuals.end(), [](double a) { return a != 0; });
  double scale = analysis::NaiveScale(std::span<const double>(first_demand, actuals.end()));
  auto item = c.items.find(point.first);
  double value = item == c.items.end() ? 0 : Money::FromRaw(item->second.unit_cost_raw).ToDouble();
  std::string key = c.KeyOf(o);
  for (const auto& [start, version] : by_period) {
    Date target = start;
    for (std::size_t i = 0; i < version.statistical.size();
         ++i, target = NextPeriod(target, c.period)) {
      int index = PeriodsBetween(window_start, target, c.period);
      if (static_cast<std::size_t>(index) >= actuals.size()) break;
      if (target < o.from || target > o.to || version.final_path[i] == version.statistical[i])
        continue;
      double actual = actuals[static_cast<std::size_t>(index)];
      Tallies& t = tallies[{key, static_cast<int>(i) + 1}];
      t.statistical.Add({version.statistical[i], actual, scale, value});
      t.final_forecast.Add({version.final_path[i], actual, scale, value});
    }
  }
}

}  // namespace

Result<AccuracyBy> ParseAccuracyBy(std::string_view name) {
  for (const ByName& b : kAccuracyBy) {
    if (b.name == name) return b.by;
  }
  std::string known;
  for (const std::string& n : AccuracyByNames()) known += (known.empty() ? "" : ", ") + n;
  return InvalidInput("'" + std::string(name) + "' is not a grouping (" + known + ")");
}

std::vector<std::string> AccuracyByNames() {
  std::vector<std::string> names;
  for (const ByName& b : kAccuracyBy) names.emplace_back(b.name);
  return names;
}

Result<std::vector<AccuracyRow>> MeasureForecastAccuracy(sqlite::Database& db,
                                                         const AccuracyOptions& options) {
  if (options.lags < 1 || options.lags > 52) return InvalidInput("--lag must be from 1 to 52");
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  Context c{options, settings->Period(), {}, {}, {}};
  auto versions = CollectVersions(db, c.period, options.lags);
  auto items = store::LoadItemInfo(db);
  auto locations = store::LoadLocationCodes(db);
  if (!versions) return versions.error();
  if (!items) return items.error();
  if (!locations) return locations.error();
  c.items = std::move(*items);
  c.locations = std::move(*locations);
  if (options.by == AccuracyBy::kClass) {
    auto classes = LatestAbcClasses(db);
    if (!classes) return classes.error();
    c.classes = std::move(*classes);
  }
  Date end = PeriodStart(options.as_of, c.period);  // the first incomplete period
  Date start = PeriodStart(AddMonths(EarliestPeriod(*versions, end), -12), c.period);
  auto demand = store::LoadWindowDemand(db, start, end, c.period);
  if (!demand) return demand.error();
  std::vector<double> no_demand(static_cast<std::size_t>(PeriodsBetween(start, end, c.period)));
  std::map<std::pair<std::string, int>, Tallies> tallies;
  auto actuals = [&](const store::PointKey& point) -> const std::vector<double>& {
    auto found = demand->find(point);
    return found == demand->end() ? no_demand : found->second.periods;
  };
  if (ByOverride(options.by)) {
    auto overrides = store::LoadAllOverrides(db);
    if (!overrides) return overrides.error();
    for (const store::OverrideRecord& o : *overrides) {
      auto first = versions->lower_bound({o.item_id, std::numeric_limits<std::int64_t>::min()});
      for (auto it = first; it != versions->end() && it->first.first == o.item_id; ++it) {
        if (o.location_id && *o.location_id != it->first.second) continue;
        AddOverridden(c, o, it->first, it->second, actuals(it->first), start, tallies);
      }
    }
  } else {
    for (const auto& [point, by_period] : *versions) {
      AddStockPoint(c, point, by_period, actuals(point), start, tallies);
    }
  }
  std::vector<AccuracyRow> rows;
  for (const auto& [key, t] : tallies) {
    rows.push_back({key.first, key.second, t.statistical.Measures(), t.final_forecast.Measures()});
  }
  return rows;
}

}  // namespace lagom::app
