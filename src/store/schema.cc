// Lagom's schema history. Never edit a released migration; add a new one.
// Conventions: quantities are INTEGER milli-units (core Quantity raw), money is INTEGER
// 1/10000 currency units (core Money raw), dates are TEXT 'YYYY-MM-DD', lead times REAL days.
#include "store/migrations.h"
#include "store/schema_ledger.h"

namespace lagom::store {

namespace {

constexpr std::string_view kInitialSchema = R"sql(
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES ('period', 'week'), ('currency', 'EUR');

CREATE TABLE items (
  id              INTEGER PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,
  name            TEXT NOT NULL DEFAULT '',
  type            TEXT NOT NULL DEFAULT 'finished'
                  CHECK (type IN ('raw', 'wip', 'finished', 'mro')),
  uom             TEXT NOT NULL DEFAULT 'pcs',
  unit_cost       INTEGER NOT NULL DEFAULT 0,
  price           INTEGER,
  volume_m3       REAL,
  weight_kg       REAL,
  shelf_life_days INTEGER,
  item_group      TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'active'
                  CHECK (status IN ('active', 'new', 'phase-out', 'obsolete'))
);

CREATE TABLE locations (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL DEFAULT '',
  type          TEXT NOT NULL DEFAULT 'warehouse'
                CHECK (type IN ('warehouse', 'store', 'plant', 'dc')),
  supplied_from INTEGER REFERENCES locations (id)
);

CREATE TABLE suppliers (
  id              INTEGER PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,
  name            TEXT NOT NULL DEFAULT '',
  min_order_value INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE supply_terms (
  id                 INTEGER PRIMARY KEY,
  item_id            INTEGER NOT NULL REFERENCES items (id),
  supplier_id        INTEGER NOT NULL REFERENCES suppliers (id),
  location_id        INTEGER REFERENCES locations (id),
  lead_time_days     REAL NOT NULL,
  lead_time_sd_days  REAL NOT NULL DEFAULT 0,
  min_order_quantity INTEGER NOT NULL DEFAULT 0,
  order_multiple     INTEGER NOT NULL DEFAULT 1000 CHECK (order_multiple > 0),
  unit_price         INTEGER NOT NULL DEFAULT 0,
  order_days         TEXT NOT NULL DEFAULT '',
  is_primary         INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1))
);
CREATE UNIQUE INDEX supply_terms_key ON supply_terms (item_id, supplier_id, IFNULL(location_id, 0));

CREATE TABLE boms (
  id                INTEGER PRIMARY KEY,
  parent_item_id    INTEGER NOT NULL REFERENCES items (id),
  component_item_id INTEGER NOT NULL REFERENCES items (id),
  quantity_per      INTEGER NOT NULL,
  scrap_pct         REAL NOT NULL DEFAULT 0,
  UNIQUE (parent_item_id, component_item_id)
);

CREATE TABLE stock (
  id          INTEGER PRIMARY KEY,
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER NOT NULL REFERENCES locations (id),
  lot         TEXT NOT NULL DEFAULT '',
  expiry      TEXT,
  quantity    INTEGER NOT NULL,
  UNIQUE (item_id, location_id, lot)
);

CREATE TABLE purchase_orders (
  id          INTEGER PRIMARY KEY,
  po_number   TEXT NOT NULL,
  line        INTEGER NOT NULL,
  supplier_id INTEGER NOT NULL REFERENCES suppliers (id),
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER NOT NULL REFERENCES locations (id),
  quantity    INTEGER NOT NULL,
  received    INTEGER NOT NULL DEFAULT 0,
  unit_price  INTEGER NOT NULL DEFAULT 0,
  order_date  TEXT,
  due_date    TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  UNIQUE (po_number, line)
);
CREATE INDEX purchase_orders_stock_point ON purchase_orders (item_id, location_id);

CREATE TABLE demand (
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER NOT NULL REFERENCES locations (id),
  period      TEXT NOT NULL,
  quantity    INTEGER NOT NULL,
  lines       INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (item_id, location_id, period)
) WITHOUT ROWID;

CREATE TABLE plan_runs (
  id              INTEGER PRIMARY KEY,
  as_of           TEXT NOT NULL,
  period          TEXT NOT NULL,
  options         TEXT NOT NULL DEFAULT '',
  stock_points    INTEGER NOT NULL DEFAULT 0,
  proposals       INTEGER NOT NULL DEFAULT 0,
  order_value     INTEGER NOT NULL DEFAULT 0,
  duration_ms     INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE order_proposals (
  id                  INTEGER PRIMARY KEY,
  plan_run_id         INTEGER NOT NULL REFERENCES plan_runs (id) ON DELETE CASCADE,
  item_id             INTEGER NOT NULL REFERENCES items (id),
  location_id         INTEGER NOT NULL REFERENCES locations (id),
  supplier_id         INTEGER REFERENCES suppliers (id),
  quantity            INTEGER NOT NULL,
  unit_price          INTEGER NOT NULL,
  order_value         INTEGER NOT NULL,
  order_date          TEXT NOT NULL,
  due_date            TEXT NOT NULL,
  status              TEXT NOT NULL DEFAULT 'proposed'
                      CHECK (status IN ('proposed', 'approved', 'rejected')),
  forecast_per_period REAL NOT NULL,
  forecast_sd         REAL NOT NULL,
  lead_time_periods   REAL NOT NULL,
  review_periods      REAL NOT NULL,
  service_target      REAL NOT NULL,
  safety_stock        REAL NOT NULL,
  reorder_point       REAL NOT NULL,
  order_up_to         REAL NOT NULL,
  on_hand             INTEGER NOT NULL,
  on_order            INTEGER NOT NULL,
  projected           INTEGER NOT NULL,
  raw_need            REAL NOT NULL,
  reason              TEXT NOT NULL
);
CREATE INDEX order_proposals_run ON order_proposals (plan_run_id);
)sql";

const Migration kMigrations[] = {
    {1, "initial schema", kInitialSchema},
    {2, "stock ledger", LedgerSchemaSql()},
};

}  // namespace

std::span<const Migration> SchemaMigrations() {
  return kMigrations;
}

}  // namespace lagom::store
