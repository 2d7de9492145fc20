#include "app/classification_input.h"

#include <algorithm>

#include "app/settings.h"
#include "core/money.h"

namespace lagom::app::classification {

namespace {

struct Totals {
  std::int64_t quantity_milli = 0, lines = 0, on_hand_milli = 0, consumed_milli = 0;
  std::vector<double> periods;
  std::optional<Date> first_demand, last_sale;
};

struct Facts {
  Date start;  // of the window
  PeriodKind kind = PeriodKind::kWeek;
  std::map<store::PointKey, Totals> points;
  std::map<std::int64_t, store::ItemInfo> items;
  std::map<std::int64_t, std::string> locations;
};

template <class T>
std::optional<T> Earlier(std::optional<T> a, std::optional<T> b) {
  if (!a || !b) return a ? a : b;
  return std::min(*a, *b);
}

void Add(Totals& into, const Totals& from) {
  into.quantity_milli += from.quantity_milli;
  into.lines += from.lines;
  into.on_hand_milli += from.on_hand_milli;
  into.consumed_milli += from.consumed_milli;
  for (std::size_t i = 0; i < into.periods.size(); ++i) into.periods[i] += from.periods[i];
  into.first_demand = Earlier(into.first_demand, from.first_demand);
  if (!into.last_sale || (from.last_sale && *from.last_sale > *into.last_sale)) {
    into.last_sale = from.last_sale;
  }
}

Result<Facts> LoadFacts(sqlite::Database& db, const ClassifyOptions& options) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  PeriodKind kind = settings->Period();
  Date end = PeriodStart(options.as_of, kind);
  Date start = PeriodStart(AddMonths(end, -options.window_months), kind);
  auto activity = store::LoadActivity(db, end, end);
  auto on_hand = store::LoadOnHand(db);
  auto consumption = store::LoadConsumption(db, start, end);
  if (!consumption) return consumption.error();
  auto window = store::LoadWindowDemand(db, start, end, kind);
  auto items = store::LoadItemInfo(db);
  auto locations = store::LoadLocationCodes(db);
  if (!activity) return activity.error();
  if (!on_hand) return on_hand.error();
  if (!window) return window.error();
  if (!items) return items.error();
  if (!locations) return locations.error();
  Facts facts{start, kind, {}, std::move(*items), std::move(*locations)};
  std::size_t periods = static_cast<std::size_t>(PeriodsBetween(start, end, kind));
  auto point = [&](const store::PointKey& key) -> Totals& {
    Totals& t = facts.points[key];
    if (t.periods.empty()) t.periods.assign(periods, 0.0);
    return t;
  };
  for (const auto& [key, a] : *activity) {
    point(key).first_demand = a.first_demand;
    point(key).last_sale = a.last_sale;
  }
  for (const auto& [key, milli] : *on_hand) point(key).on_hand_milli = milli;
  // Consumption by production is use: a component consumed is not dead.
  for (const auto& [key, c] : *consumption) {
    Totals& t = point(key);
    t.consumed_milli = c.quantity_milli;
    if (!t.last_sale || (c.last && *c.last > *t.last_sale)) t.last_sale = c.last;
  }
  for (auto& [key, d] : *window) {
    Totals& t = point(key);
    t.quantity_milli = d.quantity_milli;
    t.lines = d.lines;
    t.periods = std::move(d.periods);
  }
  return facts;
}

std::int64_t Value(Dimension d, const Totals& t, const store::ItemInfo& item) {
  Quantity sold = Quantity::FromRaw(t.quantity_milli);
  Money revenue = Extend(Money::FromRaw(item.price_raw), sold);
  Money cogs = Extend(Money::FromRaw(item.unit_cost_raw), sold);
  switch (d) {
    case Dimension::kRevenue:
      return revenue.raw();
    case Dimension::kCogs:
      return cogs.raw();
    case Dimension::kQuantity:
      return t.quantity_milli;
    case Dimension::kHits:
      return t.lines;
    case Dimension::kMargin:
      return (revenue - cogs).raw();
    case Dimension::kStockValue:
      return Extend(Money::FromRaw(item.unit_cost_raw), Quantity::FromRaw(t.on_hand_milli)).raw();
    case Dimension::kConsumption:
      return Extend(Money::FromRaw(item.unit_cost_raw), Quantity::FromRaw(t.consumed_milli)).raw();
  }
  return 0;
}

// Variability counts the periods from the first demand on, as the planning run's history
// does: an item introduced within the window is not made erratic by the weeks before it.
analysis::ClassInput InputOf(const Totals& t, const store::ItemInfo& item, const Facts& facts,
                             const ClassifyOptions& options) {
  analysis::ClassInput input;
  for (Dimension d : options.dimensions) input.values.push_back(Value(d, t, item));
  std::size_t before = 0;
  if (t.first_demand && *t.first_demand > facts.start) {
    before = std::min(t.periods.size(), static_cast<std::size_t>(PeriodsBetween(
                                            facts.start, *t.first_demand, facts.kind)));
  }
  input.periods.assign(t.periods.begin() + static_cast<std::ptrdiff_t>(before), t.periods.end());
  Date new_since = AddMonths(options.as_of, -options.new_months);
  input.is_new = item.status == "new" ||
                 (options.new_months > 0 && t.first_demand && *t.first_demand >= new_since);
  Date sold_since = AddMonths(options.as_of, -options.dead_months);
  input.is_dead = !t.last_sale || *t.last_sale < sold_since;
  return input;
}

// Per stock point, grouped by location code.
Groups ByLocation(const Facts& facts, const ClassifyOptions& options) {
  Groups groups;
  for (const auto& [key, totals] : facts.points) {
    const std::string& location = facts.locations.at(key.second);
    const store::ItemInfo& item = facts.items.at(key.first);
    groups[location].push_back({key.first, key.second, item.code, location, location,
                                InputOf(totals, item, facts, options)});
  }
  return groups;
}

// Per item, its stock points added up; grouped by item group or all in one.
Groups ByItem(const Facts& facts, const ClassifyOptions& options) {
  std::map<std::int64_t, Totals> items;
  for (const auto& [key, totals] : facts.points) {
    auto [it, fresh] = items.try_emplace(key.first, totals);
    if (!fresh) Add(it->second, totals);
  }
  Groups groups;
  for (const auto& [item_id, totals] : items) {
    const store::ItemInfo& item = facts.items.at(item_id);
    std::string key = options.scope == "group" ? item.group : "";
    groups[key].push_back(
        {item_id, std::nullopt, item.code, "", key, InputOf(totals, item, facts, options)});
  }
  return groups;
}

void SortByCode(Groups& groups) {
  for (auto& [key, entries] : groups) {
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return std::tie(a.item_code, a.location_code) < std::tie(b.item_code, b.location_code);
    });
  }
}

}  // namespace

Result<Groups> BuildGroups(sqlite::Database& db, const ClassifyOptions& options) {
  auto facts = LoadFacts(db, options);
  if (!facts) return facts.error();
  Groups groups =
      options.scope == "location" ? ByLocation(*facts, options) : ByItem(*facts, options);
  SortByCode(groups);
  return groups;
}

}  // namespace lagom::app::classification
