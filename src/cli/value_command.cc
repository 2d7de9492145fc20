// `lagom value`: the inventory value at a date by FIFO, LIFO or weighted average cost, and
// what the period up to it cost (goods sold, write-downs, scrap, shrinkage).
#include <fmt/format.h>

#include <iostream>

#include "app/inventory_value.h"
#include "cli/commands.h"
#include "cli/ledger_cli.h"
#include "cli/table_output.h"

namespace lagom::cli {

namespace {

struct ValueArgs {
  std::string db, method, at, from, item;
  bool movements = false;
  Format format = Format::kTable;
};

// Each movement of the period with the value it added or took (its cost of goods sold).
int PrintMovementValues(sqlite::Database& db, const ValueArgs& args, Date from, Date at,
                        std::optional<ledger::CostMethod> method) {
  auto items = app::ValueItems(db, method, at, args.item);
  if (!items) return ReportError("value", items.error());
  TextTable table{{"item", "method", "date", "key", "line", "type", "lot", "quantity", "value"},
                  {}};
  for (const app::ItemLedger& item : *items) {
    app::ForEachInPeriod(item, from, at, [&](const store::MovementRow& m, Money value) {
      table.rows.push_back({item.item.code, std::string(ledger::CostMethodName(item.method)),
                            FormatDate(m.date), m.key, std::to_string(m.line), m.type, m.lot,
                            m.quantity.ToString(), value.ToString()});
    });
  }
  PrintTextTable(std::cout, table, args.format);
  return kOk;
}

std::vector<std::string> Cells(const std::string& item, const std::string& method,
                               Quantity quantity, Money value, const app::PeriodTotals& p) {
  return {item,
          method,
          quantity.ToString(),
          value.ToString(),
          p.cogs.ToString(),
          p.revenue.ToString(),
          p.write_downs.ToString(),
          p.scrapped.ToString(),
          p.shrinkage.ToString(),
          p.net_shrinkage().ToString()};
}

int RunValue(const ValueArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("value", db.error());
  auto at = DateOrReviewDate(**db, args.at, "--at");
  if (!at) return ReportError("value", at.error());
  std::chrono::year_month_day ymd{*at};
  auto from = args.from.empty() ? Result<Date>(Date{ymd.year() / ymd.month() / 1})
                                : DateOrToday(args.from, "--from");  // not empty here
  if (!from) return ReportError("value", from.error());
  std::optional<ledger::CostMethod> method;
  if (!args.method.empty()) method = ledger::ParseCostMethod(args.method);
  if (args.movements) return PrintMovementValues(**db, args, *from, *at, method);
  auto report = app::ValueInventory(**db, method, *from, *at, args.item);
  if (!report) return ReportError("value", report.error());
  TextTable table{{"item", "method", "quantity", "value", "cogs", "revenue", "write_downs",
                   "scrapped", "shrinkage", "net_shrinkage"},
                  {}};
  for (const app::ItemValueRow& row : report->items) {
    table.rows.push_back(Cells(row.item, std::string(ledger::CostMethodName(row.method)),
                               row.quantity, row.value, row.period));
  }
  if (args.format == Format::kTable) {
    fmt::print(
        "inventory value at {}; cogs, revenue, write-downs, scrap and shrinkage from {}\n"
        "(shrinkage: losses found by counts and adjustments; net: less the gains)\n",
        FormatDate(*at), FormatDate(*from));
    table.rows.push_back(Cells("total", "", Quantity(), report->total_value, report->total));
    table.rows.back()[2] = "";
  }
  PrintTextTable(std::cout, table, args.format);
  return kOk;
}

}  // namespace

void AddValueCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<ValueArgs>();
  CLI::App* verb =
      app.add_subcommand("value", "Value the stock at a date (FIFO, LIFO, weighted average)");
  AddDbOption(*verb, args->db);
  verb->add_option("--method", args->method,
                   "fifo, lifo (perpetual), lifo-periodic (monthly; not under IFRS) or wac "
                   "(moving average); default: each item's own, else the company setting")
      ->check(CLI::IsMember({"fifo", "lifo", "lifo-periodic", "wac"}));
  verb->add_option("--at", args->at, "Valuation date YYYY-MM-DD (default: today)");
  verb->add_option("--from", args->from, "Start of the period (default: first of --at's month)");
  verb->add_option("--item", args->item, "Only this item");
  verb->add_flag("--movements", args->movements,
                 "Each movement of the period with its value (cost of goods sold per movement)");
  AddFormatOption(*verb, args->format);
  verb->callback([args, &chosen] { chosen = [args] { return RunValue(*args); }; });
}

}  // namespace lagom::cli
