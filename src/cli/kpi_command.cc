// `lagom kpi`: inventory KPIs over a period per item, location, group or all; or, with
// --suppliers, supplier on-time-in-full and lead times.
#include <fmt/format.h>

#include <iostream>

#include "app/kpi_report.h"
#include "cli/commands.h"
#include "cli/ledger_cli.h"
#include "cli/table_output.h"

namespace lagom::cli {

namespace {

struct KpiArgs {
  std::string db, from, to, by = "item", method;
  bool suppliers = false;
  Format format = Format::kTable;
};

std::string Ratio(const std::optional<double>& value, int decimals = 3) {
  return value ? fmt::format("{:.{}f}", *value, decimals) : "";
}

std::string Share(int part, int whole) {
  return whole == 0 ? "" : fmt::format("{:.3f}", static_cast<double>(part) / whole);
}

TextTable KpiTable(const std::vector<app::KpiRow>& rows) {
  TextTable table{
      {"key", "begin_value", "end_value", "cogs", "revenue", "turnover", "dsi", "gmroi",
       "sell_through", "accuracy", "shrinkage", "net_shrinkage", "fill_rate", "stock_out_days"},
      {}};
  for (const app::KpiRow& r : rows) {
    table.rows.push_back(
        {r.key, r.begin_value.ToString(), r.end_value.ToString(), r.cogs.ToString(),
         r.revenue.ToString(), Ratio(r.turnover), Ratio(r.days_of_inventory, 1), Ratio(r.gmroi),
         Ratio(r.sell_through), Ratio(r.record_accuracy), Ratio(r.shrinkage_rate),
         Ratio(r.net_shrinkage_rate), Ratio(r.fill_rate), std::to_string(r.stock_out_days)});
  }
  return table;
}

TextTable SupplierTable(const std::vector<app::SupplierKpi>& rows) {
  TextTable table{{"supplier", "receipts", "on_time", "lines_completed", "otif", "lead_time_mean",
                   "lead_time_sd"},
                  {}};
  for (const app::SupplierKpi& s : rows) {
    bool timed = s.lead_time_days.n > 0;
    table.rows.push_back(
        {s.supplier, std::to_string(s.receipts), Share(s.on_time, s.receipts),
         std::to_string(s.lines), Share(s.in_full_on_time, s.lines),
         timed ? fmt::format("{:.2f}", s.lead_time_days.mean) : "",
         s.lead_time_days.n > 1 ? fmt::format("{:.2f}", s.lead_time_days.sd) : ""});
  }
  return table;
}

int RunKpi(const KpiArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("kpi", db.error());
  auto from = DateOrToday(args.from, "--from");  // required
  auto to = DateOrReviewDate(**db, args.to, "--to");
  if (!from) return ReportError("kpi", from.error());
  if (!to) return ReportError("kpi", to.error());
  if (args.suppliers) {
    auto rows = app::SupplierPerformance(**db, *from, *to);
    if (!rows) return ReportError("kpi", rows.error());
    PrintTextTable(std::cout, SupplierTable(*rows), args.format);
    return kOk;
  }
  app::KpiOptions options{*from, *to, app::KpiGroup::kItem, std::nullopt};
  options.by = args.by == "location" ? app::KpiGroup::kLocation
               : args.by == "group"  ? app::KpiGroup::kGroup
               : args.by == "class"  ? app::KpiGroup::kClass
               : args.by == "all"    ? app::KpiGroup::kAll
                                     : app::KpiGroup::kItem;
  if (!args.method.empty()) options.method = ledger::ParseCostMethod(args.method);
  auto rows = app::ComputeKpis(**db, options);
  if (!rows) return ReportError("kpi", rows.error());
  PrintTextTable(std::cout, KpiTable(*rows), args.format);
  return kOk;
}

}  // namespace

void AddKpiCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<KpiArgs>();
  CLI::App* verb = app.add_subcommand(
      "kpi", "Inventory KPIs for a period: turnover, DSI, GMROI, sell-through, accuracy …");
  AddDbOption(*verb, args->db);
  verb->add_option("--from", args->from, "First day of the period YYYY-MM-DD")->required();
  verb->add_option(
      "--to", args->to,
      "Last day of the period (default: the latest planning run's as-of date, else today)");
  verb->add_option("--by", args->by,
                   "item, location, group, class (ABC of the latest classification) or all")
      ->check(CLI::IsMember({"item", "location", "group", "class", "all"}))
      ->capture_default_str();
  verb->add_option("--method", args->method, "Cost method for values (default: each item's)")
      ->check(CLI::IsMember({"fifo", "lifo", "lifo-periodic", "wac"}));
  verb->add_flag("--suppliers", args->suppliers,
                 "Supplier performance instead: on time, in full, lead time mean and sd");
  AddFormatOption(*verb, args->format);
  verb->callback([args, &chosen] { chosen = [args] { return RunKpi(*args); }; });
}

}  // namespace lagom::cli
