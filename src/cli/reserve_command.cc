// `lagom reserve`: promise stock to a sales order, or release or fulfil a promise.
#include <fmt/format.h>

#include <iostream>

#include "app/reservations.h"
#include "cli/commands.h"
#include "cli/ledger_cli.h"
#include "cli/table_output.h"

namespace lagom::cli {

namespace {

struct ReserveArgs {
  LedgerWriteArgs common;
  std::string item, location, quantity, channel, order, pick = "fefo";
  bool backorder = false, release = false, fulfil = false;
};

void PrintReservation(const app::Reserved& r, Format format) {
  const store::ReservationRow& row = r.reservation;
  PrintTextTable(std::cout,
                 {{"key", "channel", "order", "date", "requested", "promised", "backordered",
                   "open", "fulfilled", "status"},
                  {{row.key, row.channel, row.order_ref, FormatDate(row.date),
                    row.requested.ToString(), row.promised.ToString(), row.backordered.ToString(),
                    row.open.ToString(), row.fulfilled.ToString(), row.status}}},
                 format);
  if (r.replayed && format == Format::kTable) {
    fmt::print("replayed: this was done before; nothing new\n");
  }
}

int RunNew(const ReserveArgs& args, sqlite::Database& db, Date date) {
  auto quantity = OptionalQuantity(args.quantity, "--quantity");
  if (!quantity) return ReportError("reserve", quantity.error());
  if (args.item.empty() || args.location.empty() || !*quantity) {
    return ReportError("reserve", InvalidInput("a reservation needs --item, --location and "
                                               "--quantity (or --release / --fulfil)"));
  }
  auto reserved =
      app::Reserve(db, {args.common.key, args.channel, args.order, args.item, args.location, date,
                        **quantity, args.backorder, args.common.user});
  if (!reserved) return ReportError("reserve", reserved.error());
  PrintReservation(*reserved, args.common.format);
  return kOk;
}

int RunReserve(const ReserveArgs& args) {
  auto date = DateOrToday(args.common.date);
  if (!date) return ReportError("reserve", date.error());
  if (args.common.key.empty()) {
    return ReportError("reserve", InvalidInput("--key names the reservation; it is required"));
  }
  auto db = OpenDatabase(args.common.db, false);
  if (!db) return ReportError("reserve", db.error());
  if (args.release) {
    auto released = app::Release(**db, args.common.key);
    if (!released) return ReportError("reserve", released.error());
    PrintReservation(*released, args.common.format);
    return kOk;
  }
  if (args.fulfil) {
    auto shipped = app::Fulfil(**db, args.common.key, *date, *ledger::ParsePickPolicy(args.pick),
                               args.common.user);
    if (!shipped) return ReportError("reserve", shipped.error());
    Status printed = PrintPosted(std::cout, **db, *shipped, args.common.format);
    return printed ? kOk : ReportError("reserve", printed.error());
  }
  return RunNew(args, **db, *date);
}

}  // namespace

void AddReserveCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<ReserveArgs>();
  CLI::App* verb = app.add_subcommand(
      "reserve", "Reserve stock for a sales order (--key names it), or --release / --fulfil it");
  verb->add_option("--item", args->item, "Item code");
  verb->add_option("--location", args->location, "Location code");
  verb->add_option("--quantity", args->quantity, "Quantity to promise");
  verb->add_option("--channel", args->channel, "Sales channel (web, store, b2b …)");
  verb->add_option("--order", args->order, "Sales order reference");
  verb->add_flag("--backorder", args->backorder, "Record what is not in stock as a backorder");
  verb->add_flag("--release", args->release, "Give the reservation's stock back");
  verb->add_flag("--fulfil", args->fulfil, "Ship what the reservation promised (a sale)");
  verb->add_option("--pick", args->pick, "--fulfil: lots first by fefo or fifo")
      ->check(CLI::IsMember({"fefo", "fifo"}));
  AddLedgerWriteOptions(*verb, args->common);
  verb->callback([args, &chosen] { chosen = [args] { return RunReserve(*args); }; });
}

}  // namespace lagom::cli
