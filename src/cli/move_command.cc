// `lagom move <type>`: posts one movement of stock (sale, issue, transfer, adjustment,
// scrap, production, return, write-down, write-off of expired lots) to the ledger.
#include <fmt/format.h>

#include <iostream>

#include "app/ledger_posting.h"
#include "cli/commands.h"
#include "cli/ledger_cli.h"

namespace lagom::cli {

namespace {

struct MoveArgs {
  LedgerWriteArgs common;
  std::string type, item, location, to, from, lot, expiry, quantity, unit_cost, price, amount;
  std::string reference, transfer_order;
  std::string pick = "fefo";
  bool in_transit = false;
  bool accept_expired = false;
};

const std::vector<std::string> kVerbTypes = {
    "receipt", "sale",    "issue",   "transfer", "transfer-in", "adjustment",
    "scrap",   "consume", "produce", "return",   "write-down",  "write-off-expired"};

Result<app::MovementRequest> MakeRequest(const MoveArgs& a) {
  app::MovementRequest r;
  r.type = a.type == "transfer" ? ledger::MovementType::kTransferOut
                                : *ledger::ParseMovementType(a.type);
  r.key = KeyOrNew(a.common.key);
  r.item = a.item;
  r.location = a.location;
  r.other_location = a.type == "transfer" ? a.to : a.from;
  r.lot = a.lot;
  r.in_transit = a.in_transit;
  r.accept_expired = a.accept_expired;
  r.transfer_order = a.transfer_order;
  r.pick = *ledger::ParsePickPolicy(a.pick);
  r.reference = a.reference;
  r.user = a.common.user;
  auto date = DateOrToday(a.common.date);
  auto expiry = OptionalDate(a.expiry, "--expiry");
  auto quantity = OptionalQuantity(a.quantity, "--quantity");
  auto unit_cost = OptionalMoney(a.unit_cost, "--unit-cost");
  auto price = OptionalMoney(a.price, "--price");
  auto amount = OptionalMoney(a.amount, "--amount");
  if (!date) return date.error();
  if (!expiry) return expiry.error();
  if (!quantity) return quantity.error();
  if (!unit_cost) return unit_cost.error();
  if (!price) return price.error();
  if (!amount) return amount.error();
  r.date = *date;
  r.expiry = *expiry;
  r.quantity = quantity->value_or(Quantity());
  r.unit_cost = *unit_cost;
  r.price = *price;
  r.amount = amount->value_or(Money());
  return r;
}

int RunMove(const MoveArgs& args) {
  auto db = OpenDatabase(args.common.db, false);
  if (!db) return ReportError("move", db.error());
  Result<app::Posted> posted = app::Posted{};
  if (args.type == "write-off-expired") {
    auto date = DateOrToday(args.common.date);
    if (!date) return ReportError("move", date.error());
    posted = app::WriteOffExpired(**db, KeyOrNew(args.common.key), *date, args.location, args.item,
                                  args.common.user);
  } else {
    auto request = MakeRequest(args);
    if (!request) return ReportError("move", request.error());
    posted = app::PostMovement(**db, *request);
  }
  if (!posted) return ReportError("move", posted.error());
  if (Status printed = PrintPosted(std::cout, **db, *posted, args.common.format); !printed) {
    return ReportError("move", printed.error());
  }
  return kOk;
}

}  // namespace

void AddMoveCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<MoveArgs>();
  CLI::App* verb = app.add_subcommand(
      "move", "Post a movement of stock: sale, issue, transfer, adjustment, scrap, write-down …");
  verb->add_option("type", args->type, "What happens to the stock")
      ->required()
      ->check(CLI::IsMember(kVerbTypes));
  verb->add_option("--item", args->item, "Item code (write-off-expired: all items if omitted)");
  verb->add_option("--location", args->location, "Where (transfer: from; transfer-in: to)")
      ->required();
  verb->add_option("--to", args->to, "transfer: the destination");
  verb->add_option("--from", args->from, "transfer-in: where it comes from");
  verb->add_option("--quantity", args->quantity,
                   "In the item's unit, above zero (adjustment: signed, as --quantity=-2)");
  verb->add_option("--lot", args->lot, "Lot: of stock coming in, or the one to take from");
  verb->add_option("--expiry", args->expiry, "Expiry date of the lot coming in");
  verb->add_option("--unit-cost", args->unit_cost, "Cost of stock coming in (default: item's)");
  verb->add_option("--price", args->price, "sale: price per unit (default: item's)");
  verb->add_option("--amount", args->amount, "write-down: the reduction in value");
  verb->add_option("--pick", args->pick, "Lots to take first: fefo or fifo")
      ->check(CLI::IsMember({"fefo", "fifo"}))
      ->capture_default_str();
  verb->add_flag("--in-transit", args->in_transit, "transfer: leave it in transit");
  verb->add_flag("--accept-expired", args->accept_expired,
                 "Take in a lot whose expiry date has passed (refused otherwise)");
  verb->add_option("--order", args->transfer_order,
                   "transfer, transfer-in: the transfer order shipped or received (closes it "
                   "once all of it has arrived)");
  verb->add_option("--reference", args->reference, "Document or reason, for the record");
  AddLedgerWriteOptions(*verb, args->common);
  verb->callback([args, &chosen] { chosen = [args] { return RunMove(*args); }; });
}

}  // namespace lagom::cli
