#include "engine/analysis/count_schedule.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace lagom::analysis {

namespace {

using std::chrono::days;

// The candidates of one class, most overdue first: never counted, then the oldest count,
// then in the order given.
std::vector<std::size_t> ClassMembers(std::span<const CountCandidate> candidates,
                                      const std::string& cls) {
  std::vector<std::size_t> members;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (candidates[i].cls == cls) members.push_back(i);
  }
  std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
    return candidates[a].last_counted < candidates[b].last_counted;  // nullopt first
  });
  return members;
}

void ScheduleClass(std::span<const CountCandidate> candidates, const CountFrequency& frequency,
                   std::span<const Date> working, std::size_t year_days,
                   std::vector<CountTask>& tasks) {
  std::vector<std::size_t> members = ClassMembers(candidates, frequency.cls);
  std::size_t n = members.size();
  double exact = static_cast<double>(year_days) / frequency.per_year;
  std::size_t cycle = std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(exact)));
  std::string reason = fmt::format("class {}, {} a year", frequency.cls, frequency.per_year);
  for (std::size_t r = 0; r < n; ++r) {
    for (std::size_t day = r * cycle / n; day < working.size(); day += cycle) {
      tasks.push_back({working[day], members[r], reason});
    }
  }
}

}  // namespace

bool WorkingCalendar::IsWorkingDay(Date date) const {
  return weekdays_.IsOrderDay(date) && !holidays_.contains(date);
}

std::vector<Date> WorkingCalendar::WorkingDays(Date from, Date until) const {
  std::vector<Date> out;
  for (Date day = from; day < until; day += days{1}) {
    if (IsWorkingDay(day)) out.push_back(day);
  }
  return out;
}

std::vector<CountTask> ScheduleCounts(std::span<const CountCandidate> candidates,
                                      const CountPlanOptions& options) {
  std::vector<Date> working = options.calendar.WorkingDays(options.from, options.until);
  std::size_t year_days =
      options.calendar.WorkingDays(options.from, AddMonths(options.from, 12)).size();
  std::vector<CountTask> tasks;
  if (working.empty()) return tasks;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (!candidates[i].trigger.empty())
      tasks.push_back({working.front(), i, candidates[i].trigger});
  }
  for (const CountFrequency& frequency : options.frequencies) {
    ScheduleClass(candidates, frequency, working, year_days, tasks);
  }
  std::stable_sort(tasks.begin(), tasks.end(), [](const CountTask& a, const CountTask& b) {
    return std::tie(a.date, a.candidate) < std::tie(b.date, b.candidate);
  });
  // A triggered candidate that its cycle also counts on the first day is counted once.
  auto same = [](const CountTask& a, const CountTask& b) {
    return a.date == b.date && a.candidate == b.candidate;
  };
  tasks.erase(std::unique(tasks.begin(), tasks.end(), same), tasks.end());
  return tasks;
}

}  // namespace lagom::analysis
