// `lagom export <entity>`: the same columns that `lagom import` reads.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/data_exchange.h"
#include "cli/commands.h"

namespace lagom::cli {

namespace {

struct ExportArgs {
  std::string entity;
  std::string output;
  std::string db;
};

// Writes to a temporary file beside the target and renames it, so that a failed export
// never leaves a half-written file under the target name.
Result<int> ExportToFile(sqlite::Database& db, const std::string& entity, const std::string& path) {
  std::string temporary = path + ".partial";
  Result<int> rows = 0;
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return IoError("cannot write '" + temporary + "'");
    rows = app::ExportEntity(db, entity, out);
    out.close();
    if (rows && !out) rows = IoError("error while writing '" + temporary + "'");
  }
  std::error_code error;
  if (rows) std::filesystem::rename(temporary, path, error);
  if (!rows || error) {
    std::filesystem::remove(temporary, error);
    return rows ? IoError("cannot rename to '" + path + "'") : rows;
  }
  return rows;
}

int RunExport(const ExportArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("export", db.error());
  Result<int> rows = args.output.empty() || args.output == "-"
                         ? app::ExportEntity(**db, args.entity, std::cout)
                         : ExportToFile(**db, args.entity, args.output);
  if (!rows) return ReportError("export", rows.error());
  if (!args.output.empty() && args.output != "-") {
    fmt::print(stderr, "exported {} {} to {}\n", *rows, args.entity, args.output);
  }
  return kOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* verb = app.add_subcommand("export", "Export an entity as CSV (importable again)");
  verb->add_option("entity", args->entity, "What to export")
      ->required()
      ->check(CLI::IsMember(app::EntityNames()));
  verb->add_option("--output,-o", args->output, "Output file (default: standard output)");
  AddDbOption(*verb, args->db);
  verb->callback([args, &chosen] { chosen = [args] { return RunExport(*args); }; });
}

}  // namespace lagom::cli
