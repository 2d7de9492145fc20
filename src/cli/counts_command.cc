// `lagom counts plan|list`: cycle-count lists. `plan` spreads the counts of each class over
// the working days from a date (replacing the lists from then on); `list` prints the lists
// of a day or a range.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <chrono>
#include <iostream>
#include <map>

#include "app/as_of.h"
#include "app/count_plan.h"
#include "cli/commands.h"
#include "cli/list_output.h"
#include "server/analysis_json.h"

namespace lagom::cli {

namespace {

struct CountArgs {
  std::string db, from, until;
  int days = 0;
  Format format = Format::kTable;
};

// [from, until): --from (default today); --until, else --days after from, else `fallback`.
Result<std::pair<Date, Date>> Range(const CountArgs& args, int fallback_days, bool year) {
  Date from = app::WallClockToday();
  if (!args.from.empty()) {
    auto parsed = ParseDate(args.from);
    if (!parsed) return InvalidInput("--from: " + parsed.error().message);
    from = *parsed;
  }
  Date until = year ? AddMonths(from, 12) : from + std::chrono::days{fallback_days};
  if (args.days > 0) until = from + std::chrono::days{args.days};
  if (!args.until.empty()) {
    auto parsed = ParseDate(args.until);
    if (!parsed) return InvalidInput("--until: " + parsed.error().message);
    until = *parsed;
  }
  if (until <= from) return InvalidInput("--until must be after --from");
  return std::pair{from, until};
}

std::vector<std::string> Fields(const store::CountTaskRecord& t) {
  return {FormatDate(t.date), t.item_code, t.location_code, t.cls, t.reason};
}

void Line(std::ostream& out, const store::CountTaskRecord& t) {
  fmt::print(out, "{} {:<14} {:<8} {:<3} {}\n", FormatDate(t.date), t.item_code, t.location_code,
             t.cls, t.reason);
}

void Print(const std::vector<store::CountTaskRecord>& tasks, Format format) {
  PrintList<store::CountTaskRecord>(
      std::cout, tasks, format,
      {{"date", "item", "location", "class", "reason"}, server::CountTaskJson, Fields, Line});
}

// Totals, the first day (where triggered counts go) and the range of the other days.
void PrintSummary(std::ostream& out, const app::CountPlanResult& r) {
  std::map<Date, int> per_day;
  for (const auto& t : r.tasks) ++per_day[t.date];
  fmt::print(out, "{} counts of {} stock points over {} working days", r.tasks.size(),
             r.stock_points, r.working_days);
  if (per_day.empty()) return fmt::print(out, "\n");
  fmt::print(out, "; first day {} ({} triggered)", per_day.begin()->second, r.triggered);
  if (per_day.size() == 1) return fmt::print(out, "\n");
  int least = std::next(per_day.begin())->second, most = least;
  for (auto it = std::next(per_day.begin()); it != per_day.end(); ++it) {
    least = std::min(least, it->second);
    most = std::max(most, it->second);
  }
  fmt::print(out, ", then {} to {} a day with counts\n", least, most);
}

int Plan(const CountArgs& args) {
  auto range = Range(args, 0, true);
  if (!range) return ReportError("counts plan", range.error());
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("counts plan", db.error());
  auto result = app::PlanCounts(**db, {range->first, range->second});
  if (!result) return ReportError("counts plan", result.error());
  PrintSummary(args.format == Format::kTable ? std::cout : std::cerr, *result);
  if (args.format != Format::kTable) Print(result->tasks, args.format);
  return kOk;
}

int List(const CountArgs& args) {
  auto range = Range(args, 1, false);
  if (!range) return ReportError("counts list", range.error());
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("counts list", db.error());
  auto tasks = app::ListCountTasks(**db, range->first, range->second);
  if (!tasks) return ReportError("counts list", tasks.error());
  Print(*tasks, args.format);
  if (tasks->empty() && args.format == Format::kTable) fmt::print("nothing to count\n");
  return kOk;
}

void AddRange(CLI::App& verb, CountArgs& args, const char* until_default) {
  AddDbOption(verb, args.db);
  verb.add_option("--from", args.from, "First day YYYY-MM-DD (default: today)");
  verb.add_option("--until", args.until,
                  std::string("Day after the last, YYYY-MM-DD (default: ") + until_default + ")");
  verb.add_option("--days", args.days, "Days from --from instead of --until")
      ->check(CLI::Range(1, 1100));
  AddFormatOption(verb, args.format);
}

}  // namespace

void AddCountsCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<CountArgs>();
  CLI::App* verb = app.add_subcommand("counts", "Cycle-count lists by class");
  verb->require_subcommand(1);
  CLI::App* plan = verb->add_subcommand(
      "plan",
      "Spread each class's counts evenly over the working days (from the latest "
      "classification)");
  AddRange(*plan, *args, "a year after --from");
  plan->callback([args, &chosen] { chosen = [args] { return Plan(*args); }; });
  CLI::App* list = verb->add_subcommand("list", "The count list of a day (or a range)");
  AddRange(*list, *args, "the day after --from");
  list->callback([args, &chosen] { chosen = [args] { return List(*args); }; });
}

}  // namespace lagom::cli
