// Cycle counting: how often each class is counted, turned into daily count lists over a
// working-day calendar that spread the work evenly, plus stock points that must be counted
// now (a recent discrepancy, a negative balance, zero stock with open demand). Pure
// functions; thread-safe.
//
// The rule: a class counted f times a year has a cycle of L = round(W / f) working days
// (at least 1), W being the working days in the year from the plan's first day. The class's
// n stock points, most overdue first (never counted, then the oldest count), take the
// offsets ⌊r·L/n⌋ (r = 0 … n−1) in the cycle and are counted again every L working days.
// So every working day of a cycle gets ⌊n/L⌋ or ⌈n/L⌉ counts of the class, and non-working
// days (weekends, holidays) none.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "engine/plan/order_calendar.h"

namespace lagom::analysis {

// Working days: weekdays (as plan::OrderCalendar parses them) less holidays.
class WorkingCalendar {
 public:
  WorkingCalendar() = default;  // every day
  WorkingCalendar(plan::OrderCalendar weekdays, std::set<Date> holidays)
      : weekdays_(weekdays), holidays_(std::move(holidays)) {}
  bool IsWorkingDay(Date date) const;
  // The working days in [from, until), in order.
  std::vector<Date> WorkingDays(Date from, Date until) const;

 private:
  plan::OrderCalendar weekdays_;
  std::set<Date> holidays_;
};

struct CountFrequency {
  std::string cls;   // an ABC label ("A", "N", "D" …)
  int per_year = 1;  // ≥ 1
};

struct CountCandidate {
  std::string cls;
  std::optional<Date> last_counted;
  std::string trigger;  // non-empty: count on the first working day, for this reason
};

struct CountTask {
  Date date;
  std::size_t candidate = 0;  // index into the candidates
  std::string reason;         // "class A, 12 a year" or the trigger
};

struct CountPlanOptions {
  Date from;
  Date until;  // exclusive
  std::vector<CountFrequency> frequencies;
  WorkingCalendar calendar;
};

// Candidates whose class has no frequency are only counted when triggered. A triggered
// candidate is counted on the first working day for its trigger, and its cycle continues
// as scheduled. Tasks by date, then candidate index. REQUIRES: per_year ≥ 1.
std::vector<CountTask> ScheduleCounts(std::span<const CountCandidate> candidates,
                                      const CountPlanOptions& options);

}  // namespace lagom::analysis
