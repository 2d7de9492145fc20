#include "app/count_plan.h"

#include <algorithm>
#include <map>

#include "app/settings.h"
#include "engine/analysis/count_schedule.h"
#include "store/analysis_facts.h"
#include "store/classification_store.h"

namespace lagom::app {

namespace {

struct Candidate {
  store::PointKey key;
  std::string item_code, location_code;
  analysis::CountCandidate count;
};

// Why a stock point must be counted now, or "" when it need not: a negative balance, a
// recent count that disagreed with the ledger, or no stock although the last period had
// demand.
std::string TriggerOf(std::int64_t on_hand_milli, std::optional<Date> discrepancy,
                      const store::Activity* activity) {
  if (on_hand_milli < 0) return "negative balance";
  if (discrepancy) return "count discrepancy on " + FormatDate(*discrepancy);
  if (on_hand_milli == 0 && activity != nullptr && activity->last_period_milli > 0) {
    return "no stock although the last period had demand";
  }
  return "";
}

// What the triggers read: demand activity, stock on hand and recent count discrepancies.
struct PointFacts {
  std::map<store::PointKey, store::Activity> activity;
  std::map<store::PointKey, std::int64_t> on_hand;
  std::map<store::PointKey, Date> discrepancies;
};

Result<PointFacts> LoadPointFacts(sqlite::Database& db, Date from) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  PeriodKind kind = settings->Period();
  int days = settings->Integer("count.discrepancy_days");
  Date end = PeriodStart(from, kind);
  auto activity = store::LoadActivity(db, end, PeriodStart(end - std::chrono::days{1}, kind));
  auto on_hand = store::LoadOnHand(db);
  auto discrepancies = store::LoadCountDiscrepancies(db, from - std::chrono::days{days});
  if (!activity) return activity.error();
  if (!on_hand) return on_hand.error();
  if (!discrepancies) return discrepancies.error();
  return PointFacts{std::move(*activity), std::move(*on_hand), std::move(*discrepancies)};
}

// Every stock point with stock or demand whose item (or itself) has a class in the latest
// classification, by item and location code, with its trigger.
Result<std::vector<Candidate>> LoadCandidates(sqlite::Database& db, Date from) {
  auto run = store::LatestClassificationRun(db);
  if (!run) return run.error();
  if (!*run) return NotFound("nothing is classified yet; run `lagom classify` first");
  auto classes = store::FindClasses(db, {.run_id = (*run)->id});
  if (!classes) return classes.error();
  auto facts = LoadPointFacts(db, from);
  auto locations = store::LoadLocationCodes(db);
  if (!facts) return facts.error();
  if (!locations) return locations.error();
  std::map<store::PointKey, Candidate> points;
  for (const auto& [key, a] : facts->activity) points[key].key = key;
  for (const auto& [key, milli] : facts->on_hand) points[key].key = key;
  std::vector<Candidate> out;
  for (const store::ClassRecord& c : *classes) {
    auto first = points.lower_bound({c.item_id, c.location_id.value_or(0)});
    for (auto it = first; it != points.end() && it->first.first == c.item_id; ++it) {
      if (c.location_id && it->first.second != *c.location_id) break;
      Candidate candidate = it->second;
      candidate.item_code = c.item_code;
      candidate.location_code = locations->at(it->first.second);
      candidate.count.cls = c.abc;
      auto stock = facts->on_hand.find(it->first);
      auto demand = facts->activity.find(it->first);
      auto discrepancy = facts->discrepancies.find(it->first);
      candidate.count.trigger = TriggerOf(
          stock == facts->on_hand.end() ? 0 : stock->second,
          discrepancy == facts->discrepancies.end() ? std::nullopt
                                                    : std::optional<Date>(discrepancy->second),
          demand == facts->activity.end() ? nullptr : &demand->second);
      out.push_back(std::move(candidate));
    }
  }
  return out;
}

// Counts per year by class label, from the settings count.per_year.<label>.
Result<std::map<std::string, int>> CountsPerYear(sqlite::Database& db) {
  constexpr std::string_view kPrefix = "count.per_year.";
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  std::map<std::string, int> out;
  for (const SettingSpec& spec : AllSettings()) {
    if (!spec.name.starts_with(kPrefix)) continue;
    out[std::string(spec.name.substr(kPrefix.size()))] = settings->Integer(spec.name);
  }
  return out;
}

Result<analysis::WorkingCalendar> LoadCalendar(sqlite::Database& db) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  auto calendar = plan::OrderCalendar::Parse(settings->Text("count.working_days"));
  if (!calendar) return InvalidInput("setting count.working_days: " + calendar.error().message);
  auto holidays = store::LoadHolidays(db);
  if (!holidays) return holidays.error();
  return analysis::WorkingCalendar(*calendar, std::move(*holidays));
}

// The frequency of every class present: its own setting, else its first letter's.
std::vector<analysis::CountFrequency> Frequencies(const std::vector<Candidate>& candidates,
                                                  const std::map<std::string, int>& per_year) {
  std::map<std::string, int> used;
  for (const Candidate& c : candidates) {
    const std::string& cls = c.count.cls;
    auto found = per_year.find(cls);
    if (found == per_year.end()) found = per_year.find(cls.substr(0, 1));
    if (found != per_year.end()) used[cls] = found->second;
  }
  std::vector<analysis::CountFrequency> out;
  for (const auto& [cls, n] : used) out.push_back({cls, n});
  return out;
}

}  // namespace

Result<CountPlanResult> PlanCounts(sqlite::Database& db, const CountPlanRequest& request) {
  if (request.until <= request.from || request.until > AddMonths(request.from, 36)) {
    return InvalidInput("the plan must end after it starts and within three years");
  }
  auto candidates = LoadCandidates(db, request.from);
  if (!candidates) return candidates.error();
  std::sort(candidates->begin(), candidates->end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.item_code, a.location_code) < std::tie(b.item_code, b.location_code);
  });
  auto calendar = LoadCalendar(db);
  if (!calendar) return calendar.error();
  auto per_year = CountsPerYear(db);
  if (!per_year) return per_year.error();
  std::vector<analysis::CountCandidate> inputs;
  for (const Candidate& c : *candidates) inputs.push_back(c.count);
  analysis::CountPlanOptions options{request.from, request.until,
                                     Frequencies(*candidates, *per_year), *calendar};
  CountPlanResult result;
  result.stock_points = static_cast<int>(candidates->size());
  result.working_days = static_cast<int>(calendar->WorkingDays(request.from, request.until).size());
  for (const analysis::CountTask& task : analysis::ScheduleCounts(inputs, options)) {
    const Candidate& c = (*candidates)[task.candidate];
    if (!c.count.trigger.empty() && task.reason == c.count.trigger) ++result.triggered;
    result.tasks.push_back({task.date, c.key.first, c.key.second, c.item_code, c.location_code,
                            c.count.cls, task.reason});
  }
  if (Status saved = store::ReplaceCountTasks(db, request.from, result.tasks); !saved) {
    return saved.error();
  }
  return result;
}

Result<std::vector<store::CountTaskRecord>> ListCountTasks(sqlite::Database& db, Date from,
                                                           Date until) {
  return store::LoadCountTasks(db, from, until);
}

}  // namespace lagom::app
