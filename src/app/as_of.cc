#include "app/as_of.h"

#include <fmt/chrono.h>

#include <chrono>

#include "store/plan_store.h"

namespace lagom::app {

Date WallClockToday() {
  return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

std::string WallClockTimestamp() {
  auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}Z", now);
}

Result<Date> ReviewDate(sqlite::Database& db, std::optional<Date> asked, Date today) {
  if (asked) return *asked;
  auto latest = store::LatestPlanRun(db);
  if (!latest) return latest.error();
  if (*latest) return (*latest)->as_of;
  return today;
}

}  // namespace lagom::app
