// Alerts in the store: each condition (rule, stock point, subject) is one row while it
// lasts. SyncAlerts keeps the table in step with what a run found: an alert already open
// keeps its row (its numbers updated if they changed; not raised again), a new condition is
// inserted, and an open alert the run no longer finds is resolved. Open alerts are as the
// latest run found them. Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
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
};

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

struct AlertQuery {
  std::string status = "open";          // open, resolved; empty: both
  std::vector<std::string> severities;  // empty: all
  std::string rule, item, location;     // empty: any
  std::int64_t limit = -1;              // -1: all
  std::int64_t offset = 0;
};
// Critical first, then warning, info; then by item code, location code, rule, subject.
// Each item's unit cost and sales price (Money raw; price 0 = unknown), by item id: what
// alerts value the units at risk at.
struct ItemValues {
  std::int64_t unit_cost_raw = 0, price_raw = 0;
};
Result<std::map<std::int64_t, ItemValues>> LoadItemValues(sqlite::Database& db);

Result<std::vector<AlertRecord>> FindAlerts(sqlite::Database& db, const AlertQuery& query);
Result<std::int64_t> CountAlerts(sqlite::Database& db, const AlertQuery& query);

}  // namespace lagom::store
