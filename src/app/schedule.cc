#include "app/schedule.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

namespace lagom::app {

namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 7> kWeekdays = {"Sun", "Mon", "Tue", "Wed",
                                                       "Thu", "Fri", "Sat"};

Error Bad(std::string_view text) {
  return InvalidInput("'" + std::string(text) +
                      "' is not a schedule; write \"every 15m\", \"every 2h\", \"daily 02:00\", "
                      "\"weekly Mon 02:00\", \"monthly 1 03:00\" (UTC) or \"\" for never");
}

// "HH:MM" → minutes after midnight.
std::optional<minutes> TimeOfDay(const std::string& text) {
  unsigned hour = 0, minute = 0;
  char end = 0;
  if (std::sscanf(text.c_str(), "%2u:%2u%c", &hour, &minute, &end) != 2 || hour > 23 ||
      minute > 59 || text.size() != 5) {
    return std::nullopt;
  }
  return hours(hour) + minutes(minute);
}

sys_days DayOf(TimePoint now) {
  return floor<days>(now);
}

}  // namespace

Result<Schedule> ParseSchedule(std::string_view text) {
  Schedule s;
  if (text.empty()) return s;
  char word[16] = {}, second[16] = {}, third[16] = {};
  std::string copy(text);
  int fields = std::sscanf(copy.c_str(), "%15s %15s %15s", word, second, third);
  std::string kind = word;
  if (kind == "every" && fields == 2) {
    unsigned count = 0;
    char unit = 0, extra = 0;
    if (std::sscanf(second, "%u%c%c", &count, &unit, &extra) != 2 || count == 0) return Bad(text);
    s.every = unit == 'm' ? minutes(count) : unit == 'h' ? hours(count) : minutes(0);
    if (s.every < minutes(1) || s.every > hours(24)) return Bad(text);
    s.kind = Schedule::Kind::kEvery;
    return s;
  }
  auto at = TimeOfDay(fields == 2 ? second : third);
  if (!at) return Bad(text);
  s.at = *at;
  if (kind == "daily" && fields == 2) {
    s.kind = Schedule::Kind::kDaily;
  } else if (kind == "weekly" && fields == 3) {
    auto found = std::find(kWeekdays.begin(), kWeekdays.end(), std::string_view(second));
    if (found == kWeekdays.end()) return Bad(text);
    s.weekday = static_cast<unsigned>(found - kWeekdays.begin());
    s.kind = Schedule::Kind::kWeekly;
  } else if (kind == "monthly" && fields == 3) {
    unsigned day = 0;
    char extra = 0;
    if (std::sscanf(second, "%u%c", &day, &extra) != 1 || day < 1 || day > 28) return Bad(text);
    s.day = day;
    s.kind = Schedule::Kind::kMonthly;
  } else {
    return Bad(text);
  }
  return s;
}

std::optional<TimePoint> LastDue(const Schedule& s, TimePoint now) {
  sys_days today = DayOf(now);
  switch (s.kind) {
    case Schedule::Kind::kNever:
      return std::nullopt;
    case Schedule::Kind::kEvery:
      return TimePoint(today) + ((now - TimePoint(today)) / s.every) * s.every;
    case Schedule::Kind::kDaily: {
      TimePoint due = TimePoint(today) + s.at;
      return due <= now ? due : due - days(1);
    }
    case Schedule::Kind::kWeekly: {
      unsigned back = (weekday(today).c_encoding() + 7 - s.weekday) % 7;
      TimePoint due = TimePoint(today - days(back)) + s.at;
      return due <= now ? due : due - days(7);
    }
    case Schedule::Kind::kMonthly: {
      year_month month = year_month_day(today).year() / year_month_day(today).month();
      TimePoint due = TimePoint(sys_days(month / day(s.day))) + s.at;
      if (due <= now) return due;
      return TimePoint(sys_days((month - months(1)) / day(s.day))) + s.at;
    }
  }
  return std::nullopt;
}

std::optional<TimePoint> NextDue(const Schedule& s, TimePoint now) {
  auto last = LastDue(s, now);
  if (!last) return std::nullopt;
  switch (s.kind) {
    case Schedule::Kind::kEvery: {
      TimePoint next = *last + s.every;
      sys_days tomorrow = DayOf(*last) + days(1);  // the cycle restarts at midnight
      return next < TimePoint(tomorrow) ? next : TimePoint(tomorrow);
    }
    case Schedule::Kind::kDaily:
      return *last + days(1);
    case Schedule::Kind::kWeekly:
      return *last + days(7);
    case Schedule::Kind::kMonthly: {
      year_month_day ymd(DayOf(*last));
      year_month next = ymd.year() / ymd.month() + months(1);
      return TimePoint(sys_days(next / day(s.day))) + s.at;
    }
    case Schedule::Kind::kNever:
      break;
  }
  return std::nullopt;
}

}  // namespace lagom::app
