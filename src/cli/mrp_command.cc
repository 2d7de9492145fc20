// `lagom mrp`: the MRP record of an item period by period (gross requirements, scheduled
// receipts, projected on hand, net requirements, planned order receipts and releases), its
// bill-of-material tree (--tree) or the rough-cut capacity load (--capacity); and
// `lagom pegging`: which demand each order of an item serves and what serves it.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <chrono>
#include <iostream>

#include "app/as_of.h"
#include "app/mrp_views.h"
#include "cli/commands.h"
#include "cli/table_output.h"
#include "server/mrp_json.h"

namespace lagom::cli {

namespace {

struct MrpArgs {
  std::string db, as_of, item, location;
  int history = 104;
  bool tree = false, capacity = false;
  Format format = Format::kTable;
};

std::string Number(double value) {
  return fmt::format("{:g}", std::abs(value) < 5e-10 ? 0.0 : value);
}

// --as-of, else the latest plan's as-of date, else today (decided here, at the edge).
Result<app::MrpRun> Compute(const MrpArgs& args, sqlite::Database& db) {
  Date as_of{};
  if (!args.as_of.empty()) {
    auto parsed = ParseDate(args.as_of);
    if (!parsed) return InvalidInput("--as-of: " + parsed.error().message);
    as_of = *parsed;
  } else {
    auto latest = app::ReviewDate(db, std::nullopt, app::WallClockToday());
    if (!latest) return latest.error();
    as_of = *latest;
  }
  return app::ComputeMrp(db, {as_of, args.history, std::nullopt});
}

void PrintRecord(const app::MrpRecordView& r, Format format) {
  if (format == Format::kJson) return void(fmt::print("{}\n", server::MrpRecordJson(r).dump(2)));
  TextTable table{{"item", "location", "period", "gross", "scheduled", "projected", "net",
                   "planned_receipts", "planned_releases"}};
  for (const auto& p : r.periods) {
    table.rows.push_back({r.item, r.location, FormatDate(p.start), Number(p.gross),
                          Number(p.scheduled), Number(p.projected), Number(p.net),
                          Number(p.receipts), Number(p.releases)});
  }
  if (format == Format::kCsv) return PrintTextTable(std::cout, table, format);
  fmt::print("MRP record of {}@{}: {}{}, lead time {:g} {}, {}{}, low-level code {}, on hand {:g}",
             r.item, r.location, r.replenishment, r.source.empty() ? "" : " from " + r.source,
             r.lead_time_days, r.working_days ? "working days" : "days", r.lot_sizing,
             r.lot_size > 0 ? fmt::format(" {:g}", r.lot_size) : "", r.low_level_code, r.on_hand);
  fmt::print("{}, safety stock {:g}\n",
             r.allocated > 0 ? fmt::format(" (allocated {:g})", r.allocated) : "", r.safety_stock);
  for (auto& row : table.rows) row.erase(row.begin(), row.begin() + 2);
  table.columns.erase(table.columns.begin(), table.columns.begin() + 2);
  PrintTextTable(std::cout, table, format);
  for (const auto& o : r.orders) {
    fmt::print("  {} {:g}: start {}, due {}{}\n    why: {}\n", o.kind, o.quantity,
               FormatDate(o.start), FormatDate(o.due), o.past_due ? " (past due)" : "", o.reason);
  }
  if (r.kanban_cards) fmt::print("  kanban: {} cards ({})\n", *r.kanban_cards, r.kanban_formula);
}

int PrintTree(const app::MrpRun& run, const MrpArgs& args) {
  auto rows = app::MrpBomTree(run, args.item, args.location);
  if (!rows) return ReportError("mrp", rows.error());
  if (args.format == Format::kJson) {
    fmt::print("{}\n", server::BomTreeJson(*rows).dump(2));
    return kOk;
  }
  TextTable table{{"item", "location", "replenishment", "quantity_per", "low_level_code", "on_hand",
                   "planned", "planned_orders"}};
  for (const auto& r : *rows) {
    std::string indent = args.format == Format::kTable ? std::string(2 * r.depth, ' ') : "";
    table.rows.push_back({indent + r.item, r.location, r.replenishment, Number(r.quantity_per),
                          std::to_string(r.low_level_code), Number(r.on_hand), Number(r.planned),
                          std::to_string(r.planned_orders)});
  }
  PrintTextTable(std::cout, table, args.format);
  return kOk;
}

int PrintCapacity(const app::MrpRun& run, Format format) {
  auto rows = app::MrpCapacity(run);
  if (format == Format::kJson) {
    fmt::print("{}\n", server::CapacityJson(rows).dump(2));
    return kOk;
  }
  TextTable table{{"work_centre", "week", "capacity_hours", "load_hours", "overloaded", "orders"}};
  for (const auto& r : rows) {
    std::string orders;
    for (const auto& o : r.orders) orders += (orders.empty() ? "" : "; ") + o;
    table.rows.push_back({r.work_centre, FormatDate(r.week), Number(r.capacity), Number(r.load),
                          r.overloaded ? "yes" : "", orders});
  }
  PrintTextTable(std::cout, table, format);
  return kOk;
}

int RunMrp(const MrpArgs& args) {
  if (!args.capacity && args.item.empty()) {
    return ReportError("mrp", InvalidInput("--item is required (or --capacity)"));
  }
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("mrp", db.error());
  auto run = Compute(args, **db);
  if (!run) return ReportError("mrp", run.error());
  if (args.capacity) return PrintCapacity(*run, args.format);
  if (args.tree) return PrintTree(*run, args);
  auto records = app::MrpRecords(*run, args.item, args.location);
  if (!records) return ReportError("mrp", records.error());
  if (args.format == Format::kJson && records->size() != 1) {
    server::Json all = server::Json::array();
    for (const auto& r : *records) all.push_back(server::MrpRecordJson(r));
    fmt::print("{}\n", all.dump(2));
    return kOk;
  }
  for (const auto& r : *records) PrintRecord(r, args.format);
  return kOk;
}

void PrintSteps(const std::vector<app::PegStepView>& steps, const char* none) {
  if (steps.size() <= 1) fmt::print("    {}\n", none);
  for (std::size_t i = 1; i < steps.size(); ++i) {
    const auto& s = steps[i];
    fmt::print("    {}{} {}@{} {:g}{}{}\n", std::string(2 * (s.depth - 1), ' '), s.kind, s.item,
               s.location, s.quantity, s.date ? " due " + FormatDate(*s.date) : "",
               s.ref.empty() ? "" : " (" + s.ref + ")");
  }
}

int RunPegging(const MrpArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("pegging", db.error());
  auto run = Compute(args, **db);
  if (!run) return ReportError("pegging", run.error());
  auto pegging = app::MrpPegging(*run, args.item, args.location);
  if (!pegging) return ReportError("pegging", pegging.error());
  if (args.format == Format::kJson) {
    fmt::print("{}\n", server::PeggingJson(*pegging).dump(2));
    return kOk;
  }
  if (pegging->orders.empty()) fmt::print("{}@{}: no orders to peg\n", args.item, args.location);
  for (const auto& o : pegging->orders) {
    fmt::print("{} order {}{}@{} {:g}, start {}, due {}\n", o.kind,
               o.ref.empty() ? "" : o.ref + " ", args.item, args.location, o.quantity,
               FormatDate(o.start), FormatDate(o.due));
    fmt::print("  for (where used, up to the demand it serves):\n");
    PrintSteps(o.what_for, "(nothing: stock for safety or the lot's excess)");
    fmt::print("  from (what its components come from):\n");
    PrintSteps(o.what_from, "(nothing below it: bought from a supplier)");
    if (o.truncated) fmt::print("  … (cut short: the tree is large)\n");
  }
  return kOk;
}

void AddCommon(CLI::App& verb, MrpArgs& args) {
  AddDbOption(verb, args.db);
  verb.add_option("--as-of", args.as_of,
                  "Date of the plan YYYY-MM-DD (default: the latest plan's, else today)");
  verb.add_option("--history", args.history, "Periods of demand history the forecast sees")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  AddFormatOption(verb, args.format);
}

}  // namespace

void AddMrpCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<MrpArgs>();
  CLI::App* verb = app.add_subcommand(
      "mrp", "The MRP record of an item period by period, its BOM tree, or the capacity load");
  AddCommon(*verb, *args);
  verb->add_option("--item", args->item, "Item code");
  verb->add_option("--location", args->location, "Location code (default: every location)");
  verb->add_flag("--tree", args->tree, "The bill-of-material tree with stock and planned orders");
  verb->add_flag("--capacity", args->capacity, "Rough-cut load per work centre and week");
  verb->callback([args, &chosen] { chosen = [args] { return RunMrp(*args); }; });
}

void AddPeggingCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<MrpArgs>();
  CLI::App* verb = app.add_subcommand(
      "pegging", "Which demand each order of an item serves, and what serves its components");
  AddCommon(*verb, *args);
  verb->add_option("--item", args->item, "Item code")->required();
  verb->add_option("--location", args->location, "Location code")->required();
  verb->callback([args, &chosen] { chosen = [args] { return RunPegging(*args); }; });
}

}  // namespace lagom::cli
