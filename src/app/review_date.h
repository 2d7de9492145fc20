// The date the dashboard and API look at when the caller names none: the as-of date of the
// latest planning run (so that a plan made for a past or future date is seen as it was
// made), else today (UTC).
#pragma once

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::app {

Result<Date> DefaultReviewDate(sqlite::Database& db);

}  // namespace lagom::app
