#include "app/review_date.h"

#include <chrono>

#include "store/plan_store.h"

namespace lagom::app {

Result<Date> DefaultReviewDate(sqlite::Database& db) {
  auto latest = store::LatestPlanRun(db);
  if (!latest) return latest.error();
  if (*latest) return (*latest)->as_of;
  return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

}  // namespace lagom::app
