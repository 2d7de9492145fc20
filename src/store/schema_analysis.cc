// Classification, service targets by class, cycle counts and alerts. Never edit it once
// released; add a migration. Units as in schema.cc.
//
// `classification_runs` keeps every `lagom classify` (the history of classes: what moved
// from A to B and when); the latest run's classes feed the planning run through
// `service_targets` (company default < class target < policies row). A class row with
// location_id NULL classifies the item at every location (company or group scope).
// `alerts` holds each condition once while it lasts: at most one open alert per rule, stock
// point and subject, as the latest planning run found it; a run that no longer finds it
// resolves it.
#include "store/schema_analysis.h"

namespace lagom::store {

namespace {

constexpr std::string_view kSql = R"sql(
CREATE TABLE classification_runs (
  id            INTEGER PRIMARY KEY,
  as_of         TEXT NOT NULL,
  scope         TEXT NOT NULL CHECK (scope IN ('location', 'group', 'company')),
  dimensions    TEXT NOT NULL,
  cutoffs       TEXT NOT NULL,
  window_months INTEGER NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE classifications (
  run_id      INTEGER NOT NULL REFERENCES classification_runs (id) ON DELETE CASCADE,
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER REFERENCES locations (id),
  scope_key   TEXT NOT NULL DEFAULT '',
  abc         TEXT NOT NULL,
  xyz         TEXT NOT NULL CHECK (xyz IN ('X', 'Y', 'Z')),
  pattern     TEXT NOT NULL,
  value       INTEGER NOT NULL,
  value2      INTEGER,
  mean        REAL NOT NULL,
  cv          REAL,
  adi         REAL,
  cv2         REAL NOT NULL
);
CREATE UNIQUE INDEX classifications_key
  ON classifications (run_id, item_id, IFNULL(location_id, 0));
CREATE INDEX classifications_item ON classifications (item_id, run_id);

CREATE TABLE service_targets (
  id             INTEGER PRIMARY KEY,
  abc            TEXT NOT NULL,
  xyz            TEXT CHECK (xyz IN ('X', 'Y', 'Z')),
  service_kind   TEXT NOT NULL DEFAULT 'fill-rate'
                 CHECK (service_kind IN ('cycle', 'fill-rate', 'days-of-cover', 'fixed')),
  service_target REAL NOT NULL
);
CREATE UNIQUE INDEX service_targets_key ON service_targets (abc, IFNULL(xyz, ''));
INSERT INTO service_targets (abc, xyz, service_target) VALUES
  ('A', 'X', 0.98), ('A', 'Y', 0.97), ('A', 'Z', 0.95),
  ('B', 'X', 0.96), ('B', 'Y', 0.95), ('B', 'Z', 0.93),
  ('C', 'X', 0.93), ('C', 'Y', 0.92), ('C', 'Z', 0.90);

CREATE TABLE holidays (
  date TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE count_tasks (
  id          INTEGER PRIMARY KEY,
  date        TEXT NOT NULL,
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER NOT NULL REFERENCES locations (id),
  class       TEXT NOT NULL,
  reason      TEXT NOT NULL,
  UNIQUE (date, item_id, location_id)
);

CREATE TABLE alerts (
  id            INTEGER PRIMARY KEY,
  rule          TEXT NOT NULL,
  item_id       INTEGER NOT NULL REFERENCES items (id),
  location_id   INTEGER NOT NULL REFERENCES locations (id),
  subject       TEXT NOT NULL DEFAULT '',
  severity      TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  value         REAL NOT NULL,
  limit_value   REAL NOT NULL,
  quantity      REAL NOT NULL,
  message       TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  raised_on     TEXT NOT NULL,
  raised_run_id INTEGER REFERENCES plan_runs (id) ON DELETE SET NULL,
  resolved_on   TEXT
);
CREATE UNIQUE INDEX alerts_open ON alerts (item_id, location_id, rule, subject)
  WHERE status = 'open';

)sql";

}  // namespace

std::string_view AnalysisSchemaSql() {
  return kSql;
}

}  // namespace lagom::store
