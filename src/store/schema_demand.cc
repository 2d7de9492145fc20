#include "store/schema_demand.h"

#include <string>

namespace lagom::store {

namespace {

// Every run's forecast per stock point (forecast_versions.h has the encoding): `periods`
// values from the run's period on, the statistical forecast and the final one (NULL: the
// same). Keyed by run first, so that a run's versions are deleted as one range and a stock
// point's are found run by run.
constexpr std::string_view kForecastVersions = R"sql(
CREATE TABLE forecast_versions (
  plan_run_id INTEGER NOT NULL REFERENCES plan_runs (id) ON DELETE CASCADE,
  item_id     INTEGER NOT NULL,
  location_id INTEGER NOT NULL,
  periods     INTEGER NOT NULL CHECK (periods > 0),
  statistical BLOB NOT NULL,
  final       BLOB,
  PRIMARY KEY (plan_run_id, item_id, location_id)
) WITHOUT ROWID;
)sql";

// Planners' forecast overrides (the entity `forecast-overrides`): a stock point's forecast, or
// an item's at all locations (location_id NULL, split by each location's share), for the
// periods from_period..to_period (period starts), as a quantity per period (milli-units), a
// percentage change, or a total over the range (milli-units); runs as of `expires` or later
// ignore it. Every version written is kept in forecast_override_history, with when.
constexpr std::string_view kForecastOverrides = R"sql(
CREATE TABLE forecast_overrides (
  id          INTEGER PRIMARY KEY,
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER REFERENCES locations (id),
  from_period TEXT NOT NULL,
  to_period   TEXT NOT NULL,
  quantity    INTEGER CHECK (quantity >= 0),
  percent     REAL CHECK (percent >= -100),
  total       INTEGER CHECK (total >= 0),
  reason      TEXT NOT NULL DEFAULT '',
  author      TEXT NOT NULL DEFAULT '',
  expires     TEXT,
  CHECK (to_period >= from_period),
  -- exactly one of the three (in the SQL both backends speak)
  CHECK ((CASE WHEN quantity IS NULL THEN 0 ELSE 1 END) + (CASE WHEN percent IS NULL THEN 0 ELSE 1
    END) + (CASE WHEN total IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE UNIQUE INDEX forecast_overrides_key
  ON forecast_overrides (item_id, IFNULL(location_id, 0), from_period);
CREATE TABLE forecast_override_history (
  id          INTEGER PRIMARY KEY,
  override_id INTEGER NOT NULL,
  item_id     INTEGER NOT NULL,
  location_id INTEGER,
  from_period TEXT NOT NULL,
  to_period   TEXT NOT NULL,
  quantity    INTEGER,
  percent     REAL,
  total       INTEGER,
  reason      TEXT NOT NULL,
  author      TEXT NOT NULL,
  expires     TEXT,
  written_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TRIGGER forecast_overrides_inserted AFTER INSERT ON forecast_overrides
BEGIN
  INSERT INTO forecast_override_history (override_id, item_id, location_id, from_period,
    to_period, quantity, percent, total, reason, author, expires)
  VALUES (NEW.id, NEW.item_id, NEW.location_id, NEW.from_period, NEW.to_period, NEW.quantity,
    NEW.percent, NEW.total, NEW.reason, NEW.author, NEW.expires);
END;
CREATE TRIGGER forecast_overrides_updated AFTER UPDATE ON forecast_overrides
BEGIN
  INSERT INTO forecast_override_history (override_id, item_id, location_id, from_period,
    to_period, quantity, percent, total, reason, author, expires)
  VALUES (NEW.id, NEW.item_id, NEW.location_id, NEW.from_period, NEW.to_period, NEW.quantity,
    NEW.percent, NEW.total, NEW.reason, NEW.author, NEW.expires);
END;
)sql";

// Events and campaigns (the entity `events`, event_store.h): the items (codes) or item
// groups and the locations (codes; empty: all) they concern, as space-separated lists.
constexpr std::string_view kEvents = R"sql(
CREATE TABLE events (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  type           TEXT NOT NULL CHECK (type IN ('promotion', 'holiday', 'closure', 'price-change')),
  item_codes     TEXT NOT NULL DEFAULT '',
  item_groups    TEXT NOT NULL DEFAULT '',
  location_codes TEXT NOT NULL DEFAULT '',
  from_date      TEXT NOT NULL,
  to_date        TEXT NOT NULL,
  uplift_percent REAL CHECK (uplift_percent >= -100),
  CHECK (to_date >= from_date)
);
)sql";

}  // namespace

// PostgreSQL's trigger in place of the two above: every written override kept in its history.
constexpr std::string_view kOverrideHistoryPostgres = R"sql(
CREATE FUNCTION forecast_overrides_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO forecast_override_history (override_id, item_id, location_id, from_period,
    to_period, quantity, percent, total, reason, author, expires)
  VALUES (NEW.id, NEW.item_id, NEW.location_id, NEW.from_period, NEW.to_period, NEW.quantity,
    NEW.percent, NEW.total, NEW.reason, NEW.author, NEW.expires);
  RETURN NULL;
END $$;
CREATE TRIGGER forecast_overrides_written AFTER INSERT OR UPDATE ON forecast_overrides
FOR EACH ROW EXECUTE FUNCTION forecast_overrides_written();
)sql";

std::string_view DemandPostgresTriggersSql() {
  return kOverrideHistoryPostgres;
}

std::string_view DemandSchemaSql() {
  static const std::string sql =
      std::string(kForecastVersions) + std::string(kForecastOverrides) + std::string(kEvents);
  return sql;
}

}  // namespace lagom::store
