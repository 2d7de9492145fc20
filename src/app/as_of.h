// "Today" and the as-of date, decided in one place. The CLI and the server read the clock only
// through WallClockToday() and pass dates down; nothing below them reads a clock.
//   - Work done now (a movement, a reservation, a planning run, a count list) is dated today
//     unless the caller names a date.
//   - What the planner looks at (reports, the dashboard's screens) is as of ReviewDate(): the
//     date asked for, else the as-of date of the latest planning run — so a plan made for a
//     past or future date is seen with the stock, value and KPIs of that date — else today.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::app {

// The current date in UTC.
Date WallClockToday();
// The current time in UTC as ISO-8601 to the second ("2026-12-05T12:30:00Z"): when a
// planner's action (an acknowledgement, a snooze) was taken.
std::string WallClockTimestamp();

// `asked`, else the latest planning run's as-of date, else `today`.
Result<Date> ReviewDate(sqlite::Database& db, std::optional<Date> asked, Date today);

}  // namespace lagom::app
