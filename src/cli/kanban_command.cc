// `lagom kanban`: a card signal — an empty container of a kanban part was scanned — places
// one container's replenishment (app/kanban.h).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "app/kanban.h"
#include "cli/commands.h"
#include "cli/ledger_cli.h"

namespace lagom::cli {

namespace {

struct KanbanArgs {
  LedgerWriteArgs common;
  std::string item, location;
};

int Run(const KanbanArgs& a) {
  app::KanbanSignal signal{KeyOrNew(a.common.key), a.item, a.location, {}};
  auto date = DateOrToday(a.common.date);
  if (!date) return ReportError("kanban", date.error());
  signal.date = *date;
  auto db = OpenDatabase(a.common.db, false);
  if (!db) return ReportError("kanban", db.error());
  auto r = app::SignalKanban(**db, signal);
  if (!r) return ReportError("kanban", r.error());
  if (a.common.format == Format::kJson) {
    nlohmann::ordered_json out = {
        {"kind", r->kind}, {"number", r->number}, {"replayed", r->replayed}};
    if (!r->replayed) {
      out["quantity"] = r->quantity.ToDouble();
      out["start"] = FormatDate(r->start);
      out["due"] = FormatDate(r->due);
    }
    fmt::print("{}\n", out.dump());
  } else if (a.common.format == Format::kCsv) {
    fmt::print("kind,number,quantity,start_date,due_date,replayed\n{},{},{},{},{},{}\n", r->kind,
               r->number, r->replayed ? "" : r->quantity.ToString(),
               r->replayed ? "" : FormatDate(r->start), r->replayed ? "" : FormatDate(r->due),
               r->replayed);
  } else if (r->replayed) {
    fmt::print("{} order {} was placed for this signal before; nothing new\n", r->kind, r->number);
  } else {
    fmt::print("{} order {}: {} {}@{}, start {}, due {}\n", r->kind, r->number,
               r->quantity.ToString(), a.item, a.location, FormatDate(r->start),
               FormatDate(r->due));
  }
  return kOk;
}

}  // namespace

void AddKanbanCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<KanbanArgs>();
  CLI::App* verb = app.add_subcommand(
      "kanban", "A kanban card signal: replenish one container of a kanban part");
  verb->add_option("--item", args->item, "The kanban part")->required();
  verb->add_option("--location", args->location, "Where the container was emptied")->required();
  AddLedgerWriteOptions(*verb, args->common);
  verb->callback([args, &chosen] { chosen = [args] { return Run(*args); }; });
}

}  // namespace lagom::cli
