#include "engine/mrp/calendar.h"

#include <algorithm>

namespace lagom::mrp {

namespace {

// 0 = Monday … 6 = Sunday.
unsigned WeekdayIndex(Date day) {
  return std::chrono::weekday{day}.iso_encoding() - 1;
}

}  // namespace

WorkCalendar::WorkCalendar() : WorkCalendar({true, true, true, true, true, false, false}, {}) {}

WorkCalendar::WorkCalendar(std::array<bool, 7> working, std::vector<Date> holidays)
    : working_(working), holidays_(std::move(holidays)) {
  std::sort(holidays_.begin(), holidays_.end());
  any_working_ = std::find(working_.begin(), working_.end(), true) != working_.end();
}

bool WorkCalendar::IsWorking(Date day) const {
  if (!any_working_) return true;
  return working_[WeekdayIndex(day)] &&
         !std::binary_search(holidays_.begin(), holidays_.end(), day);
}

Date WorkCalendar::SubtractWorkingDays(Date due, int days) const {
  Date day = due;
  // Holidays could in principle cover every working weekday for years; a bound keeps it total.
  for (int found = 0, steps = 0; found < days && steps < 40000; ++steps) {
    day -= std::chrono::days{1};
    if (IsWorking(day)) ++found;
  }
  return day;
}

Date WorkCalendar::AddWorkingDays(Date start, int days) const {
  Date day = start;
  for (int found = 0, steps = 0; found < days && steps < 40000; ++steps) {
    if (IsWorking(day)) ++found;
    day += std::chrono::days{1};
  }
  for (int steps = 0; days > 0 && !IsWorking(day) && steps < 40000; ++steps) {
    day += std::chrono::days{1};
  }
  return day;
}

int WorkCalendar::WorkingDays(Date from, Date to) const {
  int count = 0;
  for (Date day = from; day < to; day += std::chrono::days{1}) count += IsWorking(day) ? 1 : 0;
  return count;
}

Buckets::Buckets(Date as_of, PeriodKind kind, int count) : as_of_(as_of), kind_(kind) {
  Date start = PeriodStart(as_of, kind);
  for (int i = 0; i < count; ++i, start = NextPeriod(start, kind)) starts_.push_back(start);
}

int Buckets::PeriodOf(Date date) const {
  if (date < starts_.front()) return 0;
  auto after = std::upper_bound(starts_.begin(), starts_.end(), date);
  int period = static_cast<int>(after - starts_.begin()) - 1;
  if (period == size() - 1 && date >= NextPeriod(starts_.back(), kind_)) return size();
  return period;
}

}  // namespace lagom::mrp
