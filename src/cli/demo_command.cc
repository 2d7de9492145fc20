// `lagom demo`: builds lagom-demo.db from the demo data set shipped in demo/data (real
// weekly demand of a UK online gift shop, see demo/README.md), runs the plan and shows it.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "app/as_of.h"
#include "app/classification.h"
#include "app/data_exchange.h"
#include "app/planning_run.h"
#include "cli/class_output.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/proposal_output.h"
#include "csv/reader.h"

namespace lagom::cli {

namespace {

// The demand data ends on Friday 2011-12-09; the plan runs on the following Monday.
constexpr Date kDemoAsOf = MakeDate(2011, 12, 12);
// Import order follows the references: codes must exist before rows that use them.
constexpr const char* kDemoEntities[] = {"locations",    "suppliers", "budgets",         "items",
                                         "supply-terms", "stock",     "purchase-orders", "demand"};

struct DemoArgs {
  std::string db = "lagom-demo.db";
  std::string data = LAGOM_DEMO_DATA_DIR;
};

Status RemoveOldDemo(const std::string& path) {
  std::error_code error;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(path + suffix, error);
    if (error) return IoError("cannot remove the old '" + path + suffix + "': " + error.message());
  }
  return {};
}

Status ImportDemoData(sqlite::Database& db, const std::string& dir) {
  for (const char* entity : kDemoEntities) {
    std::string path = dir + "/" + entity + ".csv";
    auto text = csv::ReadFile(path);
    if (!text) return text.error();
    auto outcome = app::ImportEntity(db, entity, *text, {app::WallClockToday()});
    if (!outcome) return outcome.error();
    if (!outcome->ok()) return InvalidInput(store::FormatProblems(*outcome, path));
    fmt::print("  {:<16} {:>6} rows\n", entity, outcome->rows);
  }
  return {};
}

// This executable as the user can type it where they stand: `lagom` when that is the one on
// the PATH, else its path below the current folder, else its absolute path (never a path
// that climbs out of the folder with "..").
std::string SelfPath() {
  std::error_code error;
  auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return "lagom";
  if (const char* path = std::getenv("PATH")) {
    std::string dirs = path;
    for (std::size_t start = 0; start <= dirs.size();) {
      std::size_t end = std::min(dirs.find(':', start), dirs.size());
      auto candidate = std::filesystem::path(dirs.substr(start, end - start)) / "lagom";
      if (std::filesystem::equivalent(candidate, self, error)) return "lagom";
      start = end + 1;
    }
  }
  auto relative = std::filesystem::relative(self, error);
  bool below = !error && !relative.empty() && *relative.begin() != "..";
  return below ? "./" + relative.string() : self.string();
}

void PrintNextSteps(const std::string& db) {
  fmt::print(
      "\nLook further:\n"
      "  every proposal with its reason:\n    {0} plan --db {1} --as-of 2011-12-12 --reasons\n"
      "  all the numbers, for a spreadsheet:\n"
      "    {0} plan --db {1} --as-of 2011-12-12 --format csv\n"
      "  the stock's value and KPIs on the plan's date:\n    {0} value --db {1}\n"
      "    {0} kpi --from 2011-11-01 --db {1}\n"
      "  the data behind it (or items, stock, supply-terms …):\n    {0} export demand --db {1}\n"
      "  the database itself:\n    sqlite3 {1} 'SELECT * FROM order_proposals LIMIT 5'\n",
      SelfPath(), db);
}

// ABC by revenue × XYZ with the company defaults, so that the plan takes its service
// targets and budget priorities from the classes.
Status Classify(sqlite::Database& db) {
  auto options = app::DefaultClassifyOptions(db, kDemoAsOf);
  if (!options) return options.error();
  auto result = app::RunClassification(db, *options);
  if (!result) return result.error();
  fmt::print("ABC by {} × XYZ, {}-wide, of {} items; each class sets its service target:\n",
             result->run.dimensions, result->run.scope, result->classes.size());
  PrintMatrix(std::cout, *result, Format::kTable);
  return {};
}

int RunDemo(const DemoArgs& args) {
  if (Status removed = RemoveOldDemo(args.db); !removed)
    return ReportError("demo", removed.error());
  auto db = OpenDatabase(args.db, true);
  if (!db) return ReportError("demo", db.error());
  fmt::print("Creating {} from {}\n", args.db, args.data);
  if (Status imported = ImportDemoData(**db, args.data); !imported) {
    return ReportError("demo", Error{ErrorCode::kIo, imported.error().message});
  }
  if (Status classified = Classify(**db); !classified)
    return ReportError("demo", classified.error());
  app::PlanOptions options;
  options.as_of = kDemoAsOf;
  ProgressBar progress("planning");
  options.on_progress = [&](std::size_t done, std::size_t total) { progress.Update(done, total); };
  auto result = app::RunPlan(**db, options);
  if (!result) return ReportError("demo", result.error());
  fmt::print("\n");
  PrintRunSummary(std::cout, result->run, result->without_supplier);
  PrintFailures(std::cerr, result->failures);
  PrintAlertSummary(std::cout, result->alerts);
  if (!result->exceptions.empty()) {
    fmt::print("{} exceptions (expedite, excess, no supplier …); the first of them:\n",
               result->exceptions.size());
    PrintExceptions(std::cout, result->exceptions, Format::kTable, 5);
  }
  fmt::print("\nTop 10 proposals by order value, each with the numbers behind it:\n");
  PrintProposals(std::cout, result->proposals, Format::kTable, 10, true);
  PrintNextSteps(args.db);
  return kOk;
}

}  // namespace

void AddDemoCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<DemoArgs>();
  CLI::App* verb = app.add_subcommand(
      "demo", "Build a demo database from real retail demand and run a planning run on it");
  verb->add_option("--db", args->db, "Demo database to (re)create")->capture_default_str();
  verb->add_option("--data", args->data, "Folder with the demo CSV files")->capture_default_str();
  verb->callback([args, &chosen] { chosen = [args] { return RunDemo(*args); }; });
}

}  // namespace lagom::cli
