// The alert worklist (ListAlerts, `lagom alerts list`, GET /api/v1/alerts) and a planner's
// action on open alerts — acknowledge (seen, being handled: out of the worklist while the
// condition lasts), snooze until a day, reopen — for `lagom alerts acknowledge|snooze|reopen`
// and POST /api/v1/alerts/actions. An action is checked first, then recorded for every alert
// named in one transaction: all or none. Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/alert_store.h"
#include "store/sqlite.h"

namespace lagom::app {

inline constexpr std::size_t kMaxAlertNoteBytes = 1000;

struct AlertActionRequest {
  store::AlertActionKind kind = store::AlertActionKind::kAcknowledge;
  std::vector<std::int64_t> ids;
  std::optional<Date> until;  // snooze only: back in the worklist on this day
  std::string note;           // why (optional)
  std::string by;             // the user
};

// `today`: the review date (app/as_of.h), which a snooze must end after; `now`: the
// timestamp recorded. Returns how many alerts were handled. kInvalidInput names the field;
// kNotFound/kConflict name the alert (store::RecordAlertAction).
Result<std::size_t> HandleAlerts(sqlite::Database& db, const AlertActionRequest& request,
                                 Date today, const std::string& now);

// The worklist: alerts matching `query`, the most money at risk first, then critical,
// warning, info, then by item code, location code, rule and subject; and how many match,
// ignoring limit and offset.
Result<std::vector<store::AlertRecord>> ListAlerts(sqlite::Database& db,
                                                   const store::AlertQuery& query);
Result<std::int64_t> CountAlerts(sqlite::Database& db, const store::AlertQuery& query);

// What planners did with alert `id`, oldest first (empty for an unknown alert).
Result<std::vector<store::AlertAction>> AlertHistory(sqlite::Database& db, std::int64_t id);

}  // namespace lagom::app
