#include "app/count_plan.h"

#include <algorithm>
#include <map>

#include "engine/analysis/count_schedule.h"
#include "store/analysis_facts.h"
#include "store/classification_store.h"
#include "store/settings.h"

namespace lagom::app {

namespace {

struct Candidate {
  store::PointKey key;
  std::string item_code, location_code;
  analysis::CountCandidate count;
};

// Every stock point with stock or demand whose item (or itself) has a class in the latest
// classification, by item and location code, with its trigger.
Result<std::vector<Candidate>> LoadCandidates(sqlite::Database& db, Date from) {
  auto run = store::LatestClassificationRun(db);
  if (!run) return run.error();
  if (!*run) return NotFound("nothing is classified yet; run `lagom classify` first");
  auto classes = store::FindClasses(db, {.run_id = (*run)->id});
  auto kind = store::ReadPeriodSetting(db);
  if (!classes) return classes.error();
  if (!kind) return kind.error();
  Date end = PeriodStart(from, *kind);
  auto activity = store::LoadActivity(db, end, PeriodStart(end - std::chrono::days{1}, *kind));
  auto on_hand = store::LoadOnHand(db);
  auto locations = store::LoadLocationCodes(db);
  if (!activity) return activity.error();
  if (!on_hand) return on_hand.error();
  if (!locations) return locations.error();
  std::map<store::PointKey, Candidate> points;
  for (const auto& [key, a] : *activity) points[key].key = key;
  for (const auto& [key, milli] : *on_hand) points[key].key = key;
  std::vector<Candidate> out;
  for (const store::ClassRecord& c : *classes) {
    auto first = points.lower_bound({c.item_id, c.location_id.value_or(0)});
    for (auto it = first; it != points.end() && it->first.first == c.item_id; ++it) {
      if (c.location_id && it->first.second != *c.location_id) break;
      Candidate candidate = it->second;
      candidate.item_code = c.item_code;
      candidate.location_code = locations->at(it->first.second);
      candidate.count.cls = c.abc;
      auto stock = on_hand->find(it->first);
      std::int64_t milli = stock == on_hand->end() ? 0 : stock->second;
      auto demand = activity->find(it->first);
      if (milli < 0) {
        candidate.count.trigger = "negative balance";
      } else if (milli == 0 && demand != activity->end() && demand->second.last_period_milli > 0) {
        candidate.count.trigger = "no stock although the last period had demand";
      }
      out.push_back(std::move(candidate));
    }
  }
  return out;
}

Result<analysis::WorkingCalendar> LoadCalendar(sqlite::Database& db) {
  auto weekdays = store::ReadSetting(db, "count.working_days");
  if (!weekdays) return weekdays.error();
  auto calendar = plan::OrderCalendar::Parse(*weekdays);
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
  auto per_year = store::LoadCountFrequencies(db);
  if (!calendar) return calendar.error();
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

}  // namespace lagom::app
