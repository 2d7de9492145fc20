#include "app/mrp_model.h"

#include <algorithm>
#include <map>

#include "app/mrp_node.h"
#include "app/plan_adapter.h"
#include "app/settings.h"
#include "engine/mrp/shape.h"
#include "engine/plan/order_calendar.h"

namespace lagom::app {

namespace {

// Weekday names ("Mon Thu") as the engine's working weekdays, Monday first.
Result<mrp::WorkCalendar> CalendarOf(const std::string& weekdays, std::vector<Date> holidays,
                                     const char* what) {
  auto parsed = plan::OrderCalendar::Parse(weekdays);
  if (!parsed) return InvalidInput(std::string(what) + ": " + parsed.error().message);
  std::array<bool, 7> working{};
  const Date monday = MakeDate(2024, 1, 1);
  for (int d = 0; d < 7; ++d) working[d] = parsed->IsOrderDay(monday + std::chrono::days{d});
  return mrp::WorkCalendar(working, std::move(holidays));
}

Result<MrpSettings> SettingsOf(const Settings& s, const MrpModelOptions& options) {
  auto parameters =
      PlanParametersOf(s, options.as_of, options.history_periods, options.forecast_method);
  if (!parameters) return parameters.error();
  MrpSettings m;
  m.period = s.Period();
  m.horizon_periods = s.Integer("mrp.horizon_periods");
  m.demand_time_fence_days = s.Integer("mrp.demand_time_fence_days");
  m.kanban_safety_factor = s.Number("mrp.kanban_safety_factor");
  m.ordering_cost = parameters->ordering_cost;
  m.holding_rate = parameters->holding_rate;
  m.forecast = parameters->forecast;
  return m;
}

// The engine's view of the catalogue for ShapeNetwork, and the stock points with activity.
struct Shaping {
  std::vector<mrp::ShapeItem> items;
  std::vector<mrp::ShapeLine> lines;
  std::vector<mrp::ShapeSite> sites;
  std::vector<std::pair<int, int>> seeds;
};

Shaping ShapingOf(const store::MrpCatalogue& c, const std::vector<store::StockPointKey>& active) {
  Shaping s;
  std::map<std::int64_t, int> item, site;
  for (const auto& i : c.items) {
    item[i.id] = static_cast<int>(s.items.size());
    s.items.push_back({i.make, i.phantom});
  }
  for (const auto& l : c.locations) site[l.id] = static_cast<int>(site.size());
  for (const auto& l : c.locations) {
    s.sites.push_back({l.supplied_from ? site.at(*l.supplied_from) : -1, l.type == "plant"});
  }
  for (const auto& b : c.boms) s.lines.push_back({item.at(b.parent_id), item.at(b.component_id)});
  for (const auto& [i, l] : active) s.seeds.emplace_back(item.at(i), site.at(l));
  return s;
}

mrp::BomLine LineOf(const store::MrpBomRow& row, const mrp::ShapedLine& shaped) {
  mrp::BomLine line;
  line.parent = shaped.parent;
  line.component = shaped.component;
  line.quantity_per = static_cast<double>(row.quantity_per_milli) / 1000.0;
  line.scrap = row.scrap_pct / 100.0;
  line.valid_from = row.valid_from;
  line.valid_to = row.valid_to;
  return line;
}

Status AddWorkCentres(MrpModel& model) {
  for (const store::WorkCentreRow& w : model.catalogue.work_centres) {
    auto calendar =
        CalendarOf(w.calendar, model.catalogue.holidays, ("work centre " + w.code).c_str());
    if (!calendar) return calendar.error();
    model.work_centres.push_back({w.code, w.hours_per_day, *calendar});
  }
  return {};
}

// Builds the nodes of `shape`, loading the data of every stock point in it.
Status BuildNodes(sqlite::Database& db, const MrpModelOptions& options, const mrp::Shape& shape,
                  MrpModel& model) {
  const store::MrpCatalogue& c = model.catalogue;
  std::vector<store::StockPointKey> keys;
  for (const mrp::ShapedPoint& p : shape.points) {
    keys.emplace_back(c.items[p.item].id, c.locations[p.site].id);
  }
  std::vector<store::StockPointKey> sorted = keys;
  std::sort(sorted.begin(), sorted.end());
  auto points = store::LoadMrpStockPoints(db, sorted, options.as_of, options.history_periods,
                                          model.settings.period);
  if (!points) return points.error();
  const mrp::Buckets buckets(options.as_of, model.settings.period, model.settings.horizon_periods);
  NodeContext context{model.settings, c, buckets};
  for (std::size_t n = 0; n < shape.points.size(); ++n) {
    const mrp::ShapedPoint& p = shape.points[n];
    mrp::Node& node = model.network.nodes[n];
    node.item = c.items[p.item].code;
    node.location = c.locations[p.site].code;
    node.replenishment = p.replenishment;
    node.source = p.source;
    model.info[n] = {static_cast<std::size_t>(p.item), static_cast<std::size_t>(p.site)};
    auto at = std::lower_bound(sorted.begin(), sorted.end(), keys[n]) - sorted.begin();
    if (Status filled = FillNode((*points)[at], context, node, model.info[n]); !filled) {
      return filled;
    }
  }
  return {};
}

}  // namespace

Result<MrpModel> LoadMrpModel(sqlite::Database& db, const MrpModelOptions& options) {
  if (options.history_periods < 1) return InvalidInput("history must be at least 1 period");
  MrpModel model;
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  auto mrp_settings = SettingsOf(*settings, options);
  if (!mrp_settings) return mrp_settings.error();
  model.settings = std::move(*mrp_settings);
  auto catalogue = store::LoadMrpCatalogue(db);
  if (!catalogue) return catalogue.error();
  model.catalogue = std::move(*catalogue);
  const MrpSettings& s = model.settings;
  auto calendar = CalendarOf(settings->Text("mrp.working_days"), model.catalogue.holidays,
                             "setting mrp.working_days");
  if (!calendar) return calendar.error();
  model.options = {options.as_of, s.period, s.horizon_periods, *calendar};
  if (model.catalogue.items.empty()) return model;
  Date history_from = PeriodStart(options.as_of, s.period);
  for (int i = 0; i < options.history_periods; ++i) {
    history_from = PeriodStart(history_from - std::chrono::days{1}, s.period);
  }
  auto active = store::ActiveMrpStockPoints(db, history_from);
  if (!active) return active.error();
  Shaping shaping = ShapingOf(model.catalogue, *active);
  mrp::Shape shape = ShapeNetwork(shaping.items, shaping.lines, shaping.sites, shaping.seeds);
  model.network.nodes.resize(shape.points.size());
  model.info.resize(shape.points.size());
  if (Status built = BuildNodes(db, options, shape, model); !built) return built.error();
  for (const mrp::ShapedLine& line : shape.lines) {
    model.network.lines.push_back(LineOf(model.catalogue.boms[line.line], line));
  }
  if (Status centres = AddWorkCentres(model); !centres) return centres.error();
  return model;
}

std::optional<int> FindNode(const MrpModel& model, const std::string& item_code,
                            const std::string& location_code) {
  for (std::size_t n = 0; n < model.network.nodes.size(); ++n) {
    const mrp::Node& node = model.network.nodes[n];
    if (node.item == item_code && node.location == location_code) return static_cast<int>(n);
  }
  return std::nullopt;
}

}  // namespace lagom::app
