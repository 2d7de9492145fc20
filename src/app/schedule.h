// When a scheduled job runs, as a setting says it (times are UTC):
//   ""                  never (the default)
//   "every 15m"         every 15 minutes from midnight (m, h; 1 minute to 24 hours)
//   "daily 02:00"       every day at 02:00
//   "weekly Mon 02:00"  every Monday at 02:00
//   "monthly 1 03:00"   on the 1st of every month (days 1–28) at 03:00
// Pure: the caller passes the time.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "core/result.h"

namespace lagom::app {

using TimePoint = std::chrono::sys_seconds;

struct Schedule {
  enum class Kind { kNever, kEvery, kDaily, kWeekly, kMonthly } kind = Kind::kNever;
  std::chrono::minutes every{0};  // kEvery
  std::chrono::minutes at{0};     // time of day: kDaily, kWeekly, kMonthly
  unsigned weekday = 0;           // kWeekly: 0 = Sunday … 6 = Saturday
  unsigned day = 1;               // kMonthly
};

// InvalidInput saying the accepted forms when `text` is none of them.
Result<Schedule> ParseSchedule(std::string_view text);

// The latest time at or before `now` the schedule was due; nullopt for kNever.
std::optional<TimePoint> LastDue(const Schedule& schedule, TimePoint now);
// The first time after `now` it is due; nullopt for kNever.
std::optional<TimePoint> NextDue(const Schedule& schedule, TimePoint now);

}  // namespace lagom::app
