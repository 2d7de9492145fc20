// `lagom count`: records a cycle count; the difference becomes a count movement.
#include <fmt/format.h>

#include <iostream>

#include "app/counting.h"
#include "app/tag_reads.h"
#include "cli/commands.h"
#include "cli/ledger_cli.h"
#include "cli/table_output.h"

namespace lagom::cli {

namespace {

struct CountArgs {
  LedgerWriteArgs common;
  std::string item, location, lot, counted, tags;
};

// counts[i] is of items[i] at `location`.
void PrintCounts(const std::vector<std::string>& items, const std::string& location,
                 const std::vector<app::CountOutcome>& counts, Format format) {
  TextTable table{{"key", "date", "item", "location", "lot", "system", "counted", "difference"},
                  {}};
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const app::CountOutcome& out = counts[i];
    const store::CountRow& c = out.count;
    table.rows.push_back({c.key, FormatDate(c.date), items[i], location, c.lot,
                          c.system_quantity.ToString(), c.counted.ToString(),
                          out.difference().ToString()});
  }
  PrintTextTable(std::cout, table, format);
}

// A portal's batch of tag reads: one count per item and lot seen.
int RunTagCount(const CountArgs& args, Date date) {
  auto reads = ReadTagFile(args.tags);
  if (!reads) return ReportError("count", reads.error());
  auto db = OpenDatabase(args.common.db, false);
  if (!db) return ReportError("count", db.error());
  app::TagPosting posting{KeyOrNew(args.common.key), date, args.location, args.common.user,
                          std::move(*reads)};
  auto out = app::CountTags(**db, posting);
  if (!out) return ReportError("count", out.error());
  std::vector<std::string> items;
  for (const app::TagTally& tally : out->batch.tallies) items.push_back(tally.item);
  PrintCounts(items, args.location, out->counts, args.common.format);
  return kOk;
}

int RunCount(const CountArgs& args) {
  auto date = DateOrToday(args.common.date);
  if (!date) return ReportError("count", date.error());
  if (!args.tags.empty()) return RunTagCount(args, *date);
  if (args.item.empty() || args.counted.empty()) {
    return ReportError("count", InvalidInput("name the --item and what was --counted, or --tags"));
  }
  auto counted = OptionalQuantity(args.counted, "--counted");
  if (!counted) return ReportError("count", counted.error());
  auto db = OpenDatabase(args.common.db, false);
  if (!db) return ReportError("count", db.error());
  app::CountRequest request{
      KeyOrNew(args.common.key),     *date,           args.item, args.location, args.lot,
      counted->value_or(Quantity()), args.common.user};
  auto out = app::RecordCount(**db, request);
  if (!out) return ReportError("count", out.error());
  PrintCounts({args.item}, args.location, {*out}, args.common.format);
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
  verb->add_option("--item", args->item, "Item code");
  verb->add_option("--location", args->location, "Location code")->required();
  verb->add_option("--lot", args->lot, "Lot (default: stock without a lot)");
  verb->add_option("--counted", args->counted, "Quantity found");
  verb->add_option("--tags", args->tags,
                   "File of RFID tag reads, one per line (- = stdin): a count per item seen")
      ->excludes("--item")
      ->excludes("--counted")
      ->excludes("--lot");
  AddLedgerWriteOptions(*verb, args->common);
  verb->callback([args, &chosen] { chosen = [args] { return RunCount(*args); }; });
}

}  // namespace lagom::cli
