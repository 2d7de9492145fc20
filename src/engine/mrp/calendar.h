// Time in an MRP run: the working-day calendar that production lead times count in, and the
// buckets (periods) that requirements are netted in. Pure values; thread-compatible.
#pragma once

#include <array>
#include <vector>

#include "core/date.h"
#include "core/period.h"

namespace lagom::mrp {

// Which weekdays are worked, less holidays. A calendar without any working weekday counts
// every day (so a lead time can always be offset).
class WorkCalendar {
 public:
  // Monday to Friday, no holidays.
  WorkCalendar();
  // working[0] = Monday … working[6] = Sunday; `holidays` in any order.
  WorkCalendar(std::array<bool, 7> working, std::vector<Date> holidays);

  bool IsWorking(Date day) const;
  // The day `days` working days before `due`: the latest start that leaves `days` working
  // days in [start, due). days <= 0 gives `due`.
  Date SubtractWorkingDays(Date due, int days) const;
  // The working day on which `days` working days from `start` are over: the first working
  // day on or after the earliest due that leaves `days` working days in [start, due), so
  // that SubtractWorkingDays(AddWorkingDays(s, d), d) = s for a working day s.
  // days <= 0 gives `start`.
  Date AddWorkingDays(Date start, int days) const;
  // Working days in [from, to); 0 when to <= from.
  int WorkingDays(Date from, Date to) const;

 private:
  std::array<bool, 7> working_;
  std::vector<Date> holidays_;  // sorted
  bool any_working_ = true;
};

// The periods of a run: period 0 is the one containing the as-of date, then `count` − 1 more.
class Buckets {
 public:
  // REQUIRES: count >= 1.
  Buckets(Date as_of, PeriodKind kind, int count);
  Buckets() : Buckets(Date{}, PeriodKind::kWeek, 1) {}

  int size() const { return static_cast<int>(starts_.size()); }
  Date as_of() const { return as_of_; }
  PeriodKind kind() const { return kind_; }
  Date start(int period) const { return starts_[static_cast<std::size_t>(period)]; }
  // When what a period needs is due: the as-of date in period 0, else the period's start.
  Date due(int period) const { return period == 0 ? as_of_ : start(period); }
  // The period a date falls in: 0 for dates before the horizon (past due), size() for dates
  // after it.
  int PeriodOf(Date date) const;

 private:
  Date as_of_;
  PeriodKind kind_;
  std::vector<Date> starts_;
};

}  // namespace lagom::mrp
