// Alerts in the store: each condition (rule, stock point, subject) is one row while it
// lasts. SyncAlerts keeps the table in step with what a run found: an alert already open
// keeps its row (its numbers updated if they changed; not raised again), a new condition is
// inserted, and an open alert the run no longer finds is resolved. Open alerts are as the
// latest run found them. A planner handles an open alert by acknowledging it (hidden from the
// worklist while the condition lasts) or snoozing it until a day; either lapses when a run
// finds the condition more severe than before. Thread-safety: as sqlite::Database.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/planning_data.h"
#include "store/sqlite.h"

namespace lagom::store {

struct AlertRecord {
  std::int64_t id = 0;  // set when read back
  std::string rule;     // engine/analysis/alert_rules.h
  std::int64_t item_id = 0, location_id = 0;
  std::string item_code, location_code;  // filled when read back
  std::string subject;                   // lot or purchase order line; empty otherwise
  std::string severity;                  // info, warning, critical
  double value = 0, limit = 0, quantity = 0;
  std::string message;
  double value_at_risk = 0;     // money at stake, company currency (analysis::Alert)
  std::string status = "open";  // open, resolved
  Date raised_on;               // the as-of date of the run that raised it
  std::optional<Date> resolved_on;
  std::optional<std::int64_t> raised_run_id;
  std::string acknowledged_by;                       // empty: not acknowledged
  std::optional<Date> snoozed_until;                 // out of the worklist before this day
  std::string handled_by, handled_at, handled_note;  // the last action on it (at: UTC ISO-8601)
};

// What a planner does with an open alert; the names are the CLI verbs, the API's `action`
// values and the history's `action` column.
enum class AlertActionKind { kAcknowledge, kSnooze, kReopen };
inline constexpr std::array<std::string_view, 3> kAlertActionNames = {"acknowledge", "snooze",
                                                                      "reopen"};
std::optional<AlertActionKind> AlertActionNamed(std::string_view name);

struct AlertAction {
  AlertActionKind kind = AlertActionKind::kAcknowledge;
  std::string by;             // the user
  std::string at;             // when, UTC ISO-8601 (decided by the caller)
  std::optional<Date> until;  // snooze: back in the worklist on this day
  std::string note;
};

// Inside the caller's transaction: sets the alert's handling (acknowledge clears a snooze,
// snooze clears an acknowledgement, reopen clears both) and adds the action to its history.
// kNotFound: no alert `id`; kConflict: it is resolved.
Status RecordAlertAction(sqlite::Database& db, std::int64_t id, const AlertAction& action);

// An alert's actions, oldest first: `by` and `until` as recorded.
Result<std::vector<AlertAction>> AlertHistory(sqlite::Database& db, std::int64_t id);

struct AlertSync {
  int raised = 0;    // new conditions
  int ongoing = 0;   // already open: updated, not raised again
  int resolved = 0;  // open before, not found now
  AlertSync& operator+=(const AlertSync& other);
};

// In one transaction. `found`: every condition found as of `as_of` (by the plan run
// `run_id`, if any); every open alert not among them is resolved.
Result<AlertSync> SyncAlerts(sqlite::Database& db, std::span<const AlertRecord> found, Date as_of,
                             std::optional<std::int64_t> run_id);

// As SyncAlerts for the alerts of the items in `items` only, inside a transaction the caller
// holds; open alerts of other items are left alone. A catalogue synced range by range holds
// one range's alerts in memory at a time. REQUIRES: every `found` item is in `items`.
Result<AlertSync> SyncAlertsOfItems(sqlite::Database& db, std::span<const AlertRecord> found,
                                    Date as_of, std::optional<std::int64_t> run_id,
                                    ItemRange items);

// Which alerts a list shows by their handling: the worklist hides acknowledged alerts and
// those snoozed past `today`.
enum class Handled { kHide, kInclude, kOnly };
inline constexpr std::array<std::string_view, 3> kHandledNames = {"hide", "include", "only"};
std::optional<Handled> HandledNamed(std::string_view name);

struct AlertQuery {
  std::string status = "open";  // open, resolved; empty: both
  Handled handled = Handled::kHide;
  std::optional<Date> today;            // a snooze ending after it hides; none: every snooze
  std::vector<std::string> severities;  // empty: all
  std::string rule, item, location;     // empty: any
  std::int64_t limit = -1;              // -1: all
  std::int64_t offset = 0;
};
// Each item's unit cost and sales price (Money raw; price 0 = unknown), by item id: what
// alerts value the units at risk at.
struct ItemValues {
  std::int64_t unit_cost_raw = 0, price_raw = 0;
};
Result<std::map<std::int64_t, ItemValues>> LoadItemValues(sqlite::Database& db);

// The most money at risk first; then critical, warning, info; then by item code, location
// code, rule, subject.
Result<std::vector<AlertRecord>> FindAlerts(sqlite::Database& db, const AlertQuery& query);
Result<std::int64_t> CountAlerts(sqlite::Database& db, const AlertQuery& query);

}  // namespace lagom::store
