// `lagom count`: records a cycle count; the difference becomes a count movement.
#include <fmt/format.h>

#include <iostream>

#include "app/counting.h"
#include "cli/commands.h"
#include "cli/ledger_cli.h"
#include "cli/table_output.h"

namespace lagom::cli {

namespace {

struct CountArgs {
  LedgerWriteArgs common;
  std::string item, location, lot, counted;
};

int RunCount(const CountArgs& args) {
  auto date = DateOrToday(args.common.date);
  if (!date) return ReportError("count", date.error());
  auto counted = OptionalQuantity(args.counted, "--counted");
  if (!counted) return ReportError("count", counted.error());
  auto db = OpenDatabase(args.common.db, false);
  if (!db) return ReportError("count", db.error());
  app::CountRequest request{
      KeyOrNew(args.common.key),     *date,           args.item, args.location, args.lot,
      counted->value_or(Quantity()), args.common.user};
  auto out = app::RecordCount(**db, request);
  if (!out) return ReportError("count", out.error());
  const store::CountRow& c = out->count;
  PrintTextTable(
      std::cout,
      {{"key", "date", "item", "location", "lot", "system", "counted", "difference"},
       {{c.key, FormatDate(c.date), args.item, args.location, c.lot, c.system_quantity.ToString(),
         c.counted.ToString(), out->difference().ToString()}}},
      args.common.format);
  if (out->replayed && args.common.format == Format::kTable) {
    fmt::print("replayed: this key was counted before; nothing new\n");
  }
  return kOk;
}

}  // namespace

void AddCountCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<CountArgs>();
  CLI::App* verb = app.add_subcommand(
      "count", "Record a cycle count; the difference to the ledger becomes an adjustment");
  verb->add_option("--item", args->item, "Item code")->required();
  verb->add_option("--location", args->location, "Location code")->required();
  verb->add_option("--lot", args->lot, "Lot (default: stock without a lot)");
  verb->add_option("--counted", args->counted, "Quantity found")->required();
  AddLedgerWriteOptions(*verb, args->common);
  verb->callback([args, &chosen] { chosen = [args] { return RunCount(*args); }; });
}

}  // namespace lagom::cli
