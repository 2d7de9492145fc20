// `lagom production list|release|complete`: production orders from planned (firm) to
// released to completed; completing backflushes the components and receives the output at
// its cost (app/production.h).
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <iostream>

#include "app/production.h"
#include "cli/commands.h"
#include "cli/ledger_cli.h"
#include "cli/table_output.h"

namespace lagom::cli {

namespace {

struct ProductionArgs {
  LedgerWriteArgs common;
  std::string action, number, status, quantity, lot, expiry;
};

TextTable OrdersTable(const std::vector<store::ProductionOrderRow>& orders) {
  TextTable table{
      {"number", "item", "location", "quantity", "completed", "start_date", "due_date", "status"}};
  for (const auto& o : orders) {
    table.rows.push_back({o.number, o.item_code, o.location_code,
                          Quantity::FromRaw(o.quantity_milli).ToString(),
                          Quantity::FromRaw(o.completed_milli).ToString(), FormatDate(o.start),
                          FormatDate(o.due), o.status});
  }
  return table;
}

int List(const ProductionArgs& a, sqlite::Database& db) {
  auto orders = app::ListProductionOrders(db, a.status);
  if (!orders) return ReportError("production", orders.error());
  PrintTextTable(std::cout, OrdersTable(*orders), a.common.format);
  return kOk;
}

int Release(const ProductionArgs& a, sqlite::Database& db) {
  auto order = app::ReleaseProductionOrder(db, a.number);
  if (!order) return ReportError("production", order.error());
  PrintTextTable(std::cout, OrdersTable({*order}), a.common.format);
  return kOk;
}

int Complete(const ProductionArgs& a, sqlite::Database& db) {
  app::CompletionRequest r;
  r.key = KeyOrNew(a.common.key);
  r.number = a.number;
  r.lot = a.lot;
  r.user = a.common.user;
  auto date = DateOrToday(a.common.date);
  auto quantity = OptionalQuantity(a.quantity, "--quantity");
  auto expiry = OptionalDate(a.expiry, "--expiry");
  if (!date) return ReportError("production", date.error());
  if (!quantity) return ReportError("production", quantity.error());
  if (!expiry) return ReportError("production", expiry.error());
  r.date = *date;
  r.quantity = *quantity;
  r.expiry = *expiry;
  auto done = app::CompleteProductionOrder(db, r);
  if (!done) return ReportError("production", done.error());
  if (Status printed = PrintPosted(std::cout, db, done->posted, a.common.format); !printed) {
    return ReportError("production", printed.error());
  }
  if (a.common.format == Format::kTable && done->posted.replayed) {
    fmt::print("{} {}: {} of {} completed; unit cost {}\n", done->order.number, done->order.status,
               Quantity::FromRaw(done->order.completed_milli).ToString(),
               Quantity::FromRaw(done->order.quantity_milli).ToString(),
               done->unit_cost.ToString());
  } else if (a.common.format == Format::kTable) {
    fmt::print("{} {}: {} of {} completed; unit cost {} = (components {} + routing {}) / {}\n",
               done->order.number, done->order.status,
               Quantity::FromRaw(done->order.completed_milli).ToString(),
               Quantity::FromRaw(done->order.quantity_milli).ToString(), done->unit_cost.ToString(),
               done->components_cost.ToString(), done->routing_cost.ToString(),
               done->posted.movements.empty() ? std::string("0")
                                              : done->posted.movements.back().quantity.ToString());
  }
  return kOk;
}

int Run(const ProductionArgs& a) {
  if (a.action != "list" && a.number.empty()) {
    return ReportError("production", InvalidInput("--number is required to " + a.action));
  }
  auto db = OpenDatabase(a.common.db, false);
  if (!db) return ReportError("production", db.error());
  if (a.action == "list") return List(a, **db);
  if (a.action == "release") return Release(a, **db);
  return Complete(a, **db);
}

}  // namespace

void AddProductionCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<ProductionArgs>();
  CLI::App* verb = app.add_subcommand(
      "production",
      "Production orders: list, release, complete (consume components, receive output)");
  verb->add_option("action", args->action, "list, release or complete")
      ->required()
      ->check(CLI::IsMember({"list", "release", "complete"}));
  verb->add_option("--number", args->number, "The production order (release, complete)");
  verb->add_option("--status", args->status, "list: only planned, released or completed");
  verb->add_option("--quantity", args->quantity,
                   "complete: good output (default: what is still to complete)");
  verb->add_option("--lot", args->lot, "complete: lot of the output");
  verb->add_option("--expiry", args->expiry, "complete: expiry of the output's lot");
  AddLedgerWriteOptions(*verb, args->common);
  verb->callback([args, &chosen] { chosen = [args] { return Run(*args); }; });
}

}  // namespace lagom::cli
