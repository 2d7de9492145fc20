// `lagom import <entity> <file.csv>`: one file, one transaction, all or nothing.
#include <fmt/format.h>

#include <iostream>
#include <iterator>

#include "app/as_of.h"
#include "app/data_exchange.h"
#include "cli/commands.h"
#include "csv/reader.h"

namespace lagom::cli {

namespace {

struct ImportArgs {
  std::string entity;
  std::string file;
  std::string db;
  int max_errors = 50;
  bool force = false;
};

Result<std::string> ReadInput(const std::string& file) {
  if (file != "-") return csv::ReadFile(file);
  return std::string(std::istreambuf_iterator<char>(std::cin), {});
}

int RunImport(const ImportArgs& args) {
  auto text = ReadInput(args.file);
  if (!text) return ReportError("import", text.error());
  auto db = OpenDatabase(args.db, true);
  if (!db) return ReportError("import", db.error());
  auto outcome = app::ImportEntity(**db, args.entity, *text,
                                   {app::WallClockToday(), args.force, args.max_errors});
  if (!outcome) return ReportError("import", outcome.error());
  if (!outcome->ok()) {
    fmt::print(stderr, "{}", store::FormatProblems(*outcome, args.file));
    fmt::print(stderr, "lagom import: {} rejected, nothing was imported\n", args.file);
    return kFailed;
  }
  std::string already =
      outcome->unchanged > 0 ? fmt::format(", {} applied before", outcome->unchanged) : "";
  fmt::print("imported {} {} from {} ({} new, {} updated{})\n", outcome->rows, args.entity,
             args.file, outcome->inserted, outcome->updated, already);
  return kOk;
}

}  // namespace

void AddImportCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<ImportArgs>();
  CLI::App* verb = app.add_subcommand(
      "import", "Import a CSV file (one transaction: a file with any bad row imports nothing)");
  verb->add_option("entity", args->entity, "What the file holds")
      ->required()
      ->check(CLI::IsMember(app::EntityNames()));
  verb->add_option("file", args->file, "CSV file with a header line ('-' for standard input)")
      ->required();
  AddDbOption(*verb, args->db);
  verb->add_option("--max-errors", args->max_errors, "Problems to report before stopping")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  verb->add_flag("--force", args->force,
                 "Write stock snapshots even where movements are dated after the snapshot "
                 "(their difference is posted as an opening movement that reverses them)");
  verb->callback([args, &chosen] { chosen = [args] { return RunImport(*args); }; });
}

}  // namespace lagom::cli
