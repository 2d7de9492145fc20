// The MRP and production migration. Never edit it once released; add a migration.
//
// Items learn how they are planned (make or buy, production lead time in working days, lot
// sizing, phantom, planning time fence, yield); BOM lines get validity dates (engineering
// changes). Independent demand besides the forecast: customer orders (sales_orders) and the
// master production schedule (mps). Capacity: work centres and routings. Production orders
// (planned = firm, released, completed) are supply MRP keeps as it finds them. Proposals may be
// production orders; `kind` is recreated to allow it (SQLite cannot change a CHECK in place).
// Units as in schema.cc: quantities in milli-units, money in 1/10000, dates 'YYYY-MM-DD'.
#include "store/schema_mrp.h"

namespace lagom::store {

namespace {

constexpr std::string_view kSql = R"sql(
ALTER TABLE items ADD COLUMN make_or_buy TEXT NOT NULL DEFAULT 'buy'
  CHECK (make_or_buy IN ('make', 'buy'));
ALTER TABLE items ADD COLUMN production_lead_time_days INTEGER NOT NULL DEFAULT 0
  CHECK (production_lead_time_days >= 0);
ALTER TABLE items ADD COLUMN lot_sizing TEXT NOT NULL DEFAULT 'lot-for-lot'
  CHECK (lot_sizing IN ('lot-for-lot', 'fixed', 'poq', 'eoq', 'wagner-whitin', 'silver-meal',
                        'min-max', 'kanban'));
ALTER TABLE items ADD COLUMN lot_size REAL NOT NULL DEFAULT 0 CHECK (lot_size >= 0);
ALTER TABLE items ADD COLUMN phantom INTEGER NOT NULL DEFAULT 0 CHECK (phantom IN (0, 1));
ALTER TABLE items ADD COLUMN planning_time_fence_days INTEGER NOT NULL DEFAULT 0
  CHECK (planning_time_fence_days >= 0);
ALTER TABLE items ADD COLUMN yield_pct REAL NOT NULL DEFAULT 100
  CHECK (yield_pct > 0 AND yield_pct <= 100);

ALTER TABLE boms ADD COLUMN valid_from TEXT;
ALTER TABLE boms ADD COLUMN valid_to TEXT;
CREATE INDEX boms_component ON boms (component_item_id);

CREATE TABLE sales_orders (
  id          INTEGER PRIMARY KEY,
  number      TEXT NOT NULL,
  line        INTEGER NOT NULL CHECK (line > 0),
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER NOT NULL REFERENCES locations (id),
  quantity    INTEGER NOT NULL CHECK (quantity > 0),
  delivered   INTEGER NOT NULL DEFAULT 0 CHECK (delivered >= 0),
  due_date    TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  UNIQUE (number, line)
);
CREATE INDEX sales_orders_stock_point ON sales_orders (item_id, location_id);

CREATE TABLE mps (
  id          INTEGER PRIMARY KEY,
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER NOT NULL REFERENCES locations (id),
  date        TEXT NOT NULL,
  quantity    INTEGER NOT NULL CHECK (quantity >= 0),
  UNIQUE (item_id, location_id, date)
);

CREATE TABLE work_centres (
  id                     INTEGER PRIMARY KEY,
  code                   TEXT NOT NULL UNIQUE,
  name                   TEXT NOT NULL DEFAULT '',
  capacity_hours_per_day REAL NOT NULL DEFAULT 8 CHECK (capacity_hours_per_day >= 0),
  calendar               TEXT NOT NULL DEFAULT 'Mon Tue Wed Thu Fri',
  cost_per_hour          INTEGER NOT NULL DEFAULT 0 CHECK (cost_per_hour >= 0)
);

CREATE TABLE routings (
  id                 INTEGER PRIMARY KEY,
  item_id            INTEGER NOT NULL REFERENCES items (id),
  operation          INTEGER NOT NULL CHECK (operation > 0),
  work_centre_id     INTEGER NOT NULL REFERENCES work_centres (id),
  setup_hours        REAL NOT NULL DEFAULT 0 CHECK (setup_hours >= 0),
  run_hours_per_unit REAL NOT NULL DEFAULT 0 CHECK (run_hours_per_unit >= 0),
  UNIQUE (item_id, operation)
);

CREATE TABLE production_orders (
  id          INTEGER PRIMARY KEY,
  number      TEXT NOT NULL UNIQUE,
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER NOT NULL REFERENCES locations (id),
  quantity    INTEGER NOT NULL CHECK (quantity > 0),
  completed   INTEGER NOT NULL DEFAULT 0 CHECK (completed >= 0),
  start_date  TEXT NOT NULL,
  due_date    TEXT NOT NULL CHECK (due_date >= start_date),
  status      TEXT NOT NULL DEFAULT 'planned'
              CHECK (status IN ('planned', 'released', 'completed'))
);
CREATE INDEX production_orders_stock_point ON production_orders (item_id, location_id);

ALTER TABLE order_proposals RENAME COLUMN kind TO kind_before_production;
ALTER TABLE order_proposals ADD COLUMN kind TEXT NOT NULL DEFAULT 'purchase'
  CHECK (kind IN ('purchase', 'transfer', 'production'));
UPDATE order_proposals SET kind = kind_before_production;
ALTER TABLE order_proposals DROP COLUMN kind_before_production;

)sql";

}  // namespace

std::string_view MrpSchemaSql() {
  return kSql;
}

}  // namespace lagom::store
