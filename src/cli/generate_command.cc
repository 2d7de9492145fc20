// `lagom generate`: a synthetic catalogue for scale tests (see app/generate.h).
#include <fmt/format.h>

#include <filesystem>

#include "app/generate.h"
#include "cli/commands.h"
#include "cli/progress.h"

namespace lagom::cli {

namespace {

struct GenerateArgs {
  std::string db = "lagom-generated.db";
  std::string as_of = "2026-01-05";
  app::GenerateOptions options;
};

int RunGenerate(GenerateArgs& args) {
  auto as_of = ParseDate(args.as_of);
  if (!as_of) return ReportError("generate", InvalidInput("--as-of: " + as_of.error().message));
  args.options.as_of = *as_of;
  std::error_code ignored;
  if (std::filesystem::exists(args.db, ignored)) {
    return ReportError("generate", Error{ErrorCode::kConflict,
                                         "'" + args.db + "' exists; generate into a new file"});
  }
  auto db = OpenDatabase(args.db, true);
  if (!db) return ReportError("generate", db.error());
  ProgressBar progress("generating");
  args.options.on_progress = [&](std::int64_t done, std::int64_t total) {
    progress.Update(static_cast<std::size_t>(done), static_cast<std::size_t>(total));
  };
  auto summary = app::Generate(**db, args.options);
  if (!summary) return ReportError("generate", summary.error());
  fmt::print(
      "generated {}: {} items, {} stock points, {} demand rows ({} weeks before {}), {} "
      "open purchase orders\n",
      args.db, summary->items, summary->stock_points, summary->demand_rows, args.options.weeks,
      args.as_of, summary->purchase_orders);
  if (summary->bom_lines > 0) {
    fmt::print("  {} BOM lines in {} levels, 20 work centres, a routing per made item\n",
               summary->bom_lines, args.options.bom_levels);
  }
  return kOk;
}

}  // namespace

void AddGenerateCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<GenerateArgs>();
  CLI::App* verb = app.add_subcommand(
      "generate", "Create a synthetic catalogue (smooth, seasonal, intermittent, lumpy demand)");
  verb->add_option("--db", args->db, "New database to create (file or postgresql:// URI)")
      ->capture_default_str();
  verb->add_option("--stock-points", args->options.stock_points, "Items × locations")
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{100'000'000}))
      ->capture_default_str();
  verb->add_option("--locations", args->options.locations, "Locations")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  verb->add_option("--suppliers", args->options.suppliers, "Suppliers")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  verb->add_option("--weeks", args->options.weeks, "Weeks of demand history")
      ->check(CLI::Range(1, 1040))
      ->capture_default_str();
  verb->add_option("--as-of", args->as_of, "The Monday the history ends before")
      ->capture_default_str();
  verb->add_option("--bom-levels", args->options.bom_levels,
                   "Multi-level BOMs this deep (0: none); only level 0 has demand")
      ->check(CLI::Range(0, 10))
      ->capture_default_str();
  verb->add_option("--components", args->options.components,
                   "Average BOM lines per made item (with --bom-levels)")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  verb->add_option("--seed", args->options.seed, "Random seed")->capture_default_str();
  verb->callback([args, &chosen] { chosen = [args] { return RunGenerate(*args); }; });
}

}  // namespace lagom::cli
