#include "app/forecast_overrides.h"

#include <fmt/format.h>

#include <limits>

#include "core/period.h"
#include "store/forecast_override_store.h"

namespace lagom::app {

namespace {

double Total(const std::vector<double>& history) {
  double total = 0;
  for (double d : history) total += d;
  return total;
}

// Each planned location's share of its item's demand, by stock point.
std::map<std::pair<std::int64_t, std::int64_t>, double> LocationShares(
    const store::PlanningData& data) {
  std::map<std::int64_t, std::pair<double, int>> items;  // Σ demand, locations
  for (const store::StockPointData& p : data.stock_points) {
    auto& [total, count] = items[p.item_id];
    total += Total(p.history);
    ++count;
  }
  std::map<std::pair<std::int64_t, std::int64_t>, double> shares;
  for (const store::StockPointData& p : data.stock_points) {
    auto [total, count] = items[p.item_id];
    shares[{p.item_id, p.location_id}] = total > 0 ? Total(p.history) / total : 1.0 / count;
  }
  return shares;
}

std::string Describe(const store::OverrideRecord& o, PeriodKind period, double share,
                     bool all_locations) {
  std::string what = o.kind == "percent" ? fmt::format("{:+g} %", o.value)
                     : o.kind == "total"
                         ? fmt::format("{:g} in all", o.value)
                         : fmt::format("{:g} a {}", o.value, PeriodKindName(period));
  std::string note = fmt::format("forecast override {} for {} {}–{}", what, PeriodKindName(period),
                                 FormatDate(o.from), FormatDate(o.to));
  if (all_locations && o.kind != "percent") {
    note += fmt::format(" (all locations; this one's share {:.0f} %)", share * 100);
  }
  if (!o.reason.empty()) note += ": " + o.reason;
  return note;
}

plan::OverrideKind KindOf(const std::string& kind) {
  return kind == "percent" ? plan::OverrideKind::kPercent
         : kind == "total" ? plan::OverrideKind::kTotal
                           : plan::OverrideKind::kQuantity;
}

}  // namespace

Result<OverridesByPoint> OverridesForRun(sqlite::Database& db, const store::PlanningData& data,
                                         Date as_of) {
  Date start = PeriodStart(as_of, data.period);
  auto overrides = store::LoadActiveOverrides(db, as_of, start);
  if (!overrides) return overrides.error();
  OverridesByPoint out;
  if (overrides->empty()) return out;
  auto shares = LocationShares(data);
  for (const store::OverrideRecord& o : *overrides) {
    auto first = shares.lower_bound({o.item_id, std::numeric_limits<std::int64_t>::min()});
    for (auto it = first; it != shares.end() && it->first.first == o.item_id; ++it) {
      const auto& [point, share] = *it;
      if (o.location_id && *o.location_id != point.second) continue;
      double applied = o.location_id ? 1.0 : share;
      out[point].push_back({PeriodsBetween(start, o.from, data.period),
                            PeriodsBetween(start, o.to, data.period), KindOf(o.kind), o.value,
                            applied, Describe(o, data.period, applied, !o.location_id)});
    }
  }
  return out;
}

}  // namespace lagom::app
