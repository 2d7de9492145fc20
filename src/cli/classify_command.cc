// `lagom classify`: ABC/XYZ classification of the stock points (or items), saved as a run
// whose classes set the service targets the next plan uses. Prints the ABC×XYZ matrix
// (default), the classes, or what moved since the previous run; `--history` lists every
// recorded move without classifying.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <chrono>
#include <iostream>

#include "app/as_of.h"
#include "app/classification.h"
#include "cli/class_output.h"
#include "cli/commands.h"
#include "cli/list_output.h"
#include "csv/writer.h"
#include "server/analysis_json.h"

namespace lagom::cli {

namespace {

struct ClassifyArgs {
  std::string db, as_of, show = "matrix", item;
  std::optional<std::string> dimensions, cutoffs, scope;
  std::optional<int> window, new_months, dead_months;
  bool history = false;
  Format format = Format::kTable;
};

Result<app::ClassifyOptions> Options(sqlite::Database& db, const ClassifyArgs& args) {
  Date as_of = app::WallClockToday();
  if (!args.as_of.empty()) {
    auto parsed = ParseDate(args.as_of);
    if (!parsed) return InvalidInput("--as-of: " + parsed.error().message);
    as_of = *parsed;
  }
  auto options = app::DefaultClassifyOptions(db, as_of);
  if (!options) return options.error();
  if (args.dimensions) {
    auto dimensions = app::ParseDimensions(*args.dimensions);
    if (!dimensions) return InvalidInput("--dimensions: " + dimensions.error().message);
    options->dimensions = *dimensions;
  }
  if (args.cutoffs) options->cutoffs = *args.cutoffs;
  if (args.scope) options->scope = *args.scope;
  if (args.window) options->window_months = *args.window;
  if (args.new_months) options->new_months = *args.new_months;
  if (args.dead_months) options->dead_months = *args.dead_months;
  return options;
}

std::string LocationOrAll(const std::string& code) {
  return code.empty() ? "*" : code;
}

void PrintClasses(const app::ClassifyResult& r, Format format) {
  auto mean = [](const store::ClassRecord& c) { return fmt::format("{:.3f}", c.mean); };
  auto cv = [](const store::ClassRecord& c) { return c.cv ? fmt::format("{:.3f}", *c.cv) : ""; };
  ListFormat<store::ClassRecord> list{
      {"item", "location", "class", "abc", "xyz", "pattern", "mean", "cv"},
      [&](const store::ClassRecord& c) { return server::ClassJson(c, r.run); },
      [&](const store::ClassRecord& c) {
        return std::vector<std::string>{c.item_code, c.location_code, c.abc + c.xyz, c.abc,
                                        c.xyz,       c.pattern,       mean(c),       cv(c)};
      },
      [&](std::ostream& out, const store::ClassRecord& c) {
        fmt::print(out, "{:<14} {:<8} {:<6} {:<13} {:>10} {:>7}\n", c.item_code,
                   LocationOrAll(c.location_code), c.abc + c.xyz, c.pattern, mean(c), cv(c));
      }};
  if (format == Format::kTable) {
    fmt::print("{:<14} {:<8} {:<6} {:<13} {:>10} {:>7}\n", "item", "location", "class", "pattern",
               "mean", "cv");
  }
  PrintList<store::ClassRecord>(std::cout, r.classes, format, list);
}

std::vector<std::string> ChangeFields(const store::ClassChange& c) {
  return {c.item_code,         c.location_code, FormatDate(c.from_as_of), c.from_abc + c.from_xyz,
          FormatDate(c.as_of), c.abc + c.xyz};
}

void ChangeLine(std::ostream& out, const store::ClassChange& c) {
  fmt::print(out, "{}@{}: {} ({}) → {} ({})\n", c.item_code, LocationOrAll(c.location_code),
             c.from_abc + c.from_xyz, FormatDate(c.from_as_of), c.abc + c.xyz, FormatDate(c.as_of));
}

void PrintChanges(const std::vector<store::ClassChange>& changes, Format format) {
  PrintList<store::ClassChange>(std::cout, changes, format,
                                {{"item", "location", "from_as_of", "from", "as_of", "to"},
                                 server::ClassChangeJson,
                                 ChangeFields,
                                 ChangeLine});
}

int Classify(const ClassifyArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("classify", db.error());
  if (args.history) {
    auto changes = app::ListClassChanges(**db, args.item, "", 0);
    if (!changes) return ReportError("classify", changes.error());
    PrintChanges(*changes, args.format);
    return kOk;
  }
  auto options = Options(**db, args);
  if (!options) return ReportError("classify", options.error());
  auto result = app::RunClassification(**db, *options);
  if (!result) return ReportError("classify", result.error());
  const auto& run = result->run;
  fmt::print(args.format == Format::kTable ? std::cout : std::cerr,
             "classification run {} as of {}: {} by {}, cut-offs {}, {} months: {} classified, "
             "{} moved\n",
             run.id, FormatDate(run.as_of), run.dimensions, run.scope, run.cutoffs,
             run.window_months, result->classes.size(), result->changes.size());
  if (args.show == "classes") {
    PrintClasses(*result, args.format);
  } else if (args.show == "changes") {
    PrintChanges(result->changes, args.format);
  } else {
    PrintMatrix(std::cout, *result, args.format);
  }
  return kOk;
}

}  // namespace

void AddClassifyCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<ClassifyArgs>();
  CLI::App* verb = app.add_subcommand(
      "classify", "ABC/XYZ classification; its classes set the service targets of the next plan");
  AddDbOption(*verb, args->db);
  verb->add_option("--as-of", args->as_of, "Classify as of YYYY-MM-DD (default: today)");
  verb->add_option("--dimensions", args->dimensions,
                   "One or two of revenue, cogs, quantity, hits, margin, stock-value, consumption "
                   "(default: setting classify.dimensions)");
  verb->add_option("--cutoffs", args->cutoffs,
                   "Shares of the cumulative total per class, e.g. 80,15,5 (default: setting "
                   "classify.cutoffs)");
  verb->add_option("--by", args->scope, "Rank per location, per item group or company-wide")
      ->check(CLI::IsMember({"location", "group", "company"}));
  verb->add_option("--window", args->window, "Months of demand before the as-of date")
      ->check(CLI::Range(1, 120));
  verb->add_option("--new", args->new_months, "First demand within this many months: class N")
      ->check(CLI::Range(0, 120));
  verb->add_option("--dead", args->dead_months, "No sale for this many months: class D")
      ->check(CLI::Range(1, 120));
  verb->add_option("--show", args->show, "What to print: matrix, classes or changes")
      ->check(CLI::IsMember({"matrix", "classes", "changes"}))
      ->capture_default_str();
  verb->add_flag("--history", args->history,
                 "Print every recorded class change (newest first) without classifying");
  verb->add_option("--item", args->item, "With --history: only this item");
  AddFormatOption(*verb, args->format);
  verb->callback([args, &chosen] { chosen = [args] { return Classify(*args); }; });
}

}  // namespace lagom::cli
