// `lagom receive`: goods in, against a purchase order line or free, typed or scanned.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <iostream>

#include "app/receiving.h"
#include "app/tag_reads.h"
#include "cli/commands.h"
#include "cli/ledger_cli.h"

namespace lagom::cli {

namespace {

struct ReceiveArgs {
  LedgerWriteArgs common;
  std::string po, item, location, lot, expiry, quantity, unit_cost, barcode, tags;
  int line = 0;
  bool close = false, allow_over = false, accept_expired = false;
};

Result<app::ReceiptRequest> MakeRequest(const ReceiveArgs& a) {
  app::ReceiptRequest r;
  r.key = KeyOrNew(a.common.key);
  r.po_number = a.po;
  r.po_line = a.line;
  r.item = a.item;
  r.location = a.location;
  r.lot = a.lot;
  r.barcode = a.barcode;
  r.close_line = a.close;
  r.allow_over_delivery = a.allow_over;
  r.accept_expired = a.accept_expired;
  r.user = a.common.user;
  auto date = DateOrToday(a.common.date);
  auto expiry = OptionalDate(a.expiry, "--expiry");
  auto quantity = OptionalQuantity(a.quantity, "--quantity");
  auto unit_cost = OptionalMoney(a.unit_cost, "--unit-cost");
  if (!date) return date.error();
  if (!expiry) return expiry.error();
  if (!quantity) return quantity.error();
  if (!unit_cost) return unit_cost.error();
  r.date = *date;
  r.expiry = *expiry;
  r.quantity = *quantity;
  r.unit_cost = *unit_cost;
  if (r.po_number.empty() && (r.location.empty() || (r.item.empty() && r.barcode.empty()))) {
    return InvalidInput("name a purchase order line (--po, --line) or the --item and --location");
  }
  return r;
}

void PrintLine(const app::ReceiptOutcome& out) {
  if (!out.against_order || out.posted.replayed) return;
  std::string lead =
      out.lead_time_days ? fmt::format(", lead time {} days", *out.lead_time_days) : std::string();
  fmt::print("order line: {} of {} received{}; {}{}\n", out.received.ToString(),
             out.ordered.ToString(), out.closed ? ", closed" : "", out.on_time ? "on time" : "late",
             lead);
}

// A portal's batch of tag reads: one free receipt per item and lot.
int RunTagReceipt(const ReceiveArgs& args) {
  auto date = DateOrToday(args.common.date);
  if (!date) return ReportError("receive", date.error());
  auto reads = ReadTagFile(args.tags);
  if (!reads) return ReportError("receive", reads.error());
  auto db = OpenDatabase(args.common.db, false);
  if (!db) return ReportError("receive", db.error());
  app::TagPosting posting{KeyOrNew(args.common.key), *date, args.location, args.common.user,
                          std::move(*reads)};
  auto out = app::ReceiveTags(**db, posting);
  if (!out) return ReportError("receive", out.error());
  if (Status printed = PrintPosted(std::cout, **db, out->posted, args.common.format); !printed) {
    return ReportError("receive", printed.error());
  }
  if (args.common.format == Format::kTable) {
    fmt::print("tag reads: {}, of which {} repeated a tag already counted\n", out->batch.reads,
               out->batch.repeated);
  }
  return kOk;
}

int RunReceive(const ReceiveArgs& args) {
  if (!args.tags.empty()) return RunTagReceipt(args);
  auto request = MakeRequest(args);
  if (!request) return ReportError("receive", request.error());
  auto db = OpenDatabase(args.common.db, false);
  if (!db) return ReportError("receive", db.error());
  auto out = app::Receive(**db, *request);
  if (!out) return ReportError("receive", out.error());
  if (Status printed = PrintPosted(std::cout, **db, out->posted, args.common.format); !printed) {
    return ReportError("receive", printed.error());
  }
  if (args.common.format == Format::kTable) PrintLine(*out);
  return kOk;
}

}  // namespace

void AddReceiveCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<ReceiveArgs>();
  CLI::App* verb = app.add_subcommand(
      "receive", "Receive goods against a purchase order line (or free), typed or scanned");
  verb->add_option("--po", args->po, "Purchase order number");
  verb->add_option("--line", args->line, "Purchase order line")->needs("--po");
  verb->add_option("--item", args->item, "Item code (free receipt)");
  verb->add_option("--location", args->location, "Location code (free receipt)");
  verb->add_option("--quantity", args->quantity, "Quantity received (or from the barcode)");
  verb->add_option("--lot", args->lot, "Lot or batch");
  verb->add_option("--expiry", args->expiry, "Expiry date of the lot YYYY-MM-DD");
  verb->add_option("--unit-cost", args->unit_cost, "Cost per unit (default: the order's price)");
  verb->add_option("--barcode", args->barcode,
                   "GS1 element string, e.g. (01)09501101530003(17)250131(10)AB12(37)6");
  verb->add_option("--tags", args->tags,
                   "File of RFID tag reads, one per line (- = stdin): a free receipt per item")
      ->needs("--location")
      ->excludes("--po")
      ->excludes("--item")
      ->excludes("--barcode")
      ->excludes("--quantity");
  verb->add_flag("--close", args->close, "Close the line even if it is not received in full");
  verb->add_flag("--allow-over", args->allow_over, "Accept more than ordered");
  verb->add_flag("--accept-expired", args->accept_expired,
                 "Take in a lot whose expiry date has passed (refused otherwise)");
  AddLedgerWriteOptions(*verb, args->common);
  verb->callback([args, &chosen] { chosen = [args] { return RunReceive(*args); }; });
}

}  // namespace lagom::cli
