// Lagom's schema history. Never edit a released migration; add a new one.
// Conventions: quantities are INTEGER milli-units (core Quantity raw), money is INTEGER
// 1/10000 currency units (core Money raw), dates are TEXT 'YYYY-MM-DD', lead times REAL days.
#include "store/migrations.h"
#include "store/schema_analysis.h"
#include "store/schema_buyer.h"
#include "store/schema_demand.h"
#include "store/schema_hardening.h"
#include "store/schema_integration.h"
#include "store/schema_ledger.h"
#include "store/schema_mrp.h"

namespace lagom::store {

namespace {

constexpr std::string_view kInitialSchema = R"sql(
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

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

// Users of the API and dashboard, and their bearer tokens. Only hashes are stored: the
// password as an Argon2id string, the token as its BLAKE2b-256 digest (hex).
constexpr std::string_view kUsers = R"sql(
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('viewer', 'planner', 'operator', 'admin')),
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE api_tokens (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  label      TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  expires_at TEXT
);
)sql";

// Inventory policy per stock point: what `lagom plan` does for an item at a location (or at
// every location when location_id is NULL). A NULL column takes the company default from
// `settings` (keys policy.*). Proposals record the policy that produced them.
constexpr std::string_view kPolicies = R"sql(
CREATE TABLE policies (
  id              INTEGER PRIMARY KEY,
  item_id         INTEGER NOT NULL REFERENCES items (id),
  location_id     INTEGER REFERENCES locations (id),
  service_kind    TEXT CHECK (service_kind IN ('cycle', 'fill-rate', 'days-of-cover', 'fixed')),
  service_target  REAL,
  order_rule      TEXT CHECK (order_rule IN ('cover', 'up-to', 'eoq', 'fixed')),
  cover_periods   REAL,
  fixed_quantity  INTEGER,
  review_periods  REAL,
  distribution    TEXT CHECK (distribution IN ('auto', 'normal', 'poisson',
                                               'negative-binomial', 'gamma'))
);
CREATE UNIQUE INDEX policies_key ON policies (item_id, IFNULL(location_id, 0));
ALTER TABLE order_proposals ADD COLUMN policy TEXT NOT NULL DEFAULT '';
ALTER TABLE order_proposals ADD COLUMN achieved_service REAL NOT NULL DEFAULT 0;
)sql";

// Replenishment planning: supplier order rules (order days, minimum order value policy,
// free freight, containers), pallet sizes and maximum order quantities, transfers from a
// distribution centre, purchasing budgets, and what the planning run decided per proposal
// (kind, source, container, adjustments, hold) and the exceptions it raised.
constexpr std::string_view kReplenishment = R"sql(
ALTER TABLE suppliers ADD COLUMN order_days TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN below_minimum TEXT NOT NULL DEFAULT 'surpass'
  CHECK (below_minimum IN ('surpass', 'hold'));
ALTER TABLE suppliers ADD COLUMN free_freight_value INTEGER NOT NULL DEFAULT 0;
ALTER TABLE suppliers ADD COLUMN container_volume_m3 REAL NOT NULL DEFAULT 0;
ALTER TABLE suppliers ADD COLUMN container_weight_kg REAL NOT NULL DEFAULT 0;
ALTER TABLE suppliers ADD COLUMN container_pallets REAL NOT NULL DEFAULT 0;
ALTER TABLE suppliers ADD COLUMN container_fill TEXT NOT NULL DEFAULT 'greedy'
  CHECK (container_fill IN ('none', 'greedy', 'optimal'));
ALTER TABLE supply_terms ADD COLUMN max_order_quantity INTEGER NOT NULL DEFAULT 0;
ALTER TABLE supply_terms ADD COLUMN units_per_pallet REAL NOT NULL DEFAULT 0;
ALTER TABLE locations ADD COLUMN transfer_lead_time_days REAL NOT NULL DEFAULT 0;

CREATE TABLE transfer_orders (
  id               INTEGER PRIMARY KEY,
  number           TEXT NOT NULL UNIQUE,
  item_id          INTEGER NOT NULL REFERENCES items (id),
  from_location_id INTEGER NOT NULL REFERENCES locations (id),
  to_location_id   INTEGER NOT NULL REFERENCES locations (id),
  quantity         INTEGER NOT NULL,
  received         INTEGER NOT NULL DEFAULT 0,
  order_date       TEXT,
  due_date         TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'))
);
CREATE INDEX transfer_orders_to ON transfer_orders (item_id, to_location_id);

CREATE TABLE budgets (
  id     INTEGER PRIMARY KEY,
  scope  TEXT NOT NULL CHECK (scope IN ('company', 'supplier', 'group')),
  key    TEXT NOT NULL DEFAULT '',
  month  TEXT NOT NULL,
  amount INTEGER NOT NULL,
  UNIQUE (scope, key, month)
);

ALTER TABLE order_proposals ADD COLUMN kind TEXT NOT NULL DEFAULT 'purchase'
  CHECK (kind IN ('purchase', 'transfer'));
ALTER TABLE order_proposals ADD COLUMN source_location_id INTEGER REFERENCES locations (id);
ALTER TABLE order_proposals ADD COLUMN container TEXT NOT NULL DEFAULT '';
ALTER TABLE order_proposals ADD COLUMN adjustments TEXT NOT NULL DEFAULT '';
ALTER TABLE order_proposals ADD COLUMN hold_reason TEXT NOT NULL DEFAULT '';

CREATE TABLE plan_exceptions (
  id          INTEGER PRIMARY KEY,
  plan_run_id INTEGER NOT NULL REFERENCES plan_runs (id) ON DELETE CASCADE,
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER NOT NULL REFERENCES locations (id),
  kind        TEXT NOT NULL,
  severity    TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  message     TEXT NOT NULL
);
CREATE INDEX plan_exceptions_run ON plan_exceptions (plan_run_id);

)sql";

// The forecast behind each stock point's plan: which model the forecasting engine chose and
// the spread of its errors, kept for the latest run (a new run replaces it).
constexpr std::string_view kForecasts = R"sql(
CREATE TABLE plan_forecasts (
  plan_run_id     INTEGER NOT NULL REFERENCES plan_runs (id) ON DELETE CASCADE,
  item_id         INTEGER NOT NULL REFERENCES items (id),
  location_id     INTEGER NOT NULL REFERENCES locations (id),
  model           TEXT NOT NULL,
  mean_per_period REAL NOT NULL,
  sigma           REAL NOT NULL,
  PRIMARY KEY (item_id, location_id)
) WITHOUT ROWID;
ALTER TABLE order_proposals ADD COLUMN forecast_model TEXT NOT NULL DEFAULT '';
)sql";

// The change cursor of the stock feed: one row per stock point, its latest change that can
// move available to promise. Triggers write it in the transaction of the write itself, so
// every path (use case, CSV import, API, stock snapshot) advances it: a movement posted
// (a transfer out also at the receiving location, where it opens a stock point), a
// reservation made or changed (released, fulfilled, reduced), a lot's expiry set. A change
// deletes the point's row and inserts it again, so AUTOINCREMENT: an id is never reissued,
// even when the row holding the largest one is replaced. Existing stock points get a row
// here, so the changes since 0 are every stock point of the full feed.
constexpr std::string_view kStockChanges = R"sql(
CREATE TABLE stock_changes (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER NOT NULL REFERENCES locations (id),
  UNIQUE (item_id, location_id)
);
INSERT INTO stock_changes (item_id, location_id)
SELECT item_id, location_id FROM balances
UNION SELECT item_id, location_id FROM reservations WHERE status = 'open'
ORDER BY 1, 2;

CREATE TRIGGER stock_changes_movement AFTER INSERT ON movements
BEGIN
  DELETE FROM stock_changes WHERE item_id = NEW.item_id AND location_id IN
    (NEW.location_id, CASE WHEN NEW.type = 'transfer-out' THEN NEW.other_location_id END);
  INSERT INTO stock_changes (item_id, location_id) VALUES (NEW.item_id, NEW.location_id);
  INSERT INTO stock_changes (item_id, location_id)
  SELECT NEW.item_id, NEW.other_location_id WHERE NEW.type = 'transfer-out';
END;
CREATE TRIGGER stock_changes_reserved AFTER INSERT ON reservations
BEGIN
  DELETE FROM stock_changes WHERE item_id = NEW.item_id AND location_id = NEW.location_id;
  INSERT INTO stock_changes (item_id, location_id) VALUES (NEW.item_id, NEW.location_id);
END;
CREATE TRIGGER stock_changes_reservation AFTER UPDATE ON reservations
BEGIN
  DELETE FROM stock_changes WHERE (item_id = NEW.item_id AND location_id = NEW.location_id)
    OR (item_id = OLD.item_id AND location_id = OLD.location_id);
  INSERT INTO stock_changes (item_id, location_id) VALUES (NEW.item_id, NEW.location_id);
  INSERT INTO stock_changes (item_id, location_id)
  SELECT OLD.item_id, OLD.location_id
  WHERE OLD.item_id <> NEW.item_id OR OLD.location_id <> NEW.location_id;
END;
CREATE TRIGGER stock_changes_expiry AFTER UPDATE OF expiry ON lots
BEGIN
  DELETE FROM stock_changes WHERE item_id = NEW.item_id AND location_id IN
    (SELECT location_id FROM balances WHERE item_id = NEW.item_id AND lot = NEW.code);
  INSERT INTO stock_changes (item_id, location_id)
  SELECT item_id, location_id FROM balances WHERE item_id = NEW.item_id AND lot = NEW.code;
END;
)sql";

// The same change cursor's triggers for PostgreSQL (an identity column never reissues an id).
constexpr std::string_view kStockChangesPostgres = R"sql(
CREATE FUNCTION stock_changes_movement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM stock_changes WHERE item_id = NEW.item_id AND location_id IN
    (NEW.location_id, CASE WHEN NEW.type = 'transfer-out' THEN NEW.other_location_id END);
  INSERT INTO stock_changes (item_id, location_id) VALUES (NEW.item_id, NEW.location_id);
  IF NEW.type = 'transfer-out' THEN
    INSERT INTO stock_changes (item_id, location_id) VALUES (NEW.item_id, NEW.other_location_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER stock_changes_movement AFTER INSERT ON movements
FOR EACH ROW EXECUTE FUNCTION stock_changes_movement();

CREATE FUNCTION stock_changes_reservation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM stock_changes WHERE (item_id = NEW.item_id AND location_id = NEW.location_id)
      OR (item_id = OLD.item_id AND location_id = OLD.location_id);
  ELSE
    DELETE FROM stock_changes WHERE item_id = NEW.item_id AND location_id = NEW.location_id;
  END IF;
  INSERT INTO stock_changes (item_id, location_id) VALUES (NEW.item_id, NEW.location_id);
  IF TG_OP = 'UPDATE' AND (OLD.item_id <> NEW.item_id OR OLD.location_id <> NEW.location_id) THEN
    INSERT INTO stock_changes (item_id, location_id) VALUES (OLD.item_id, OLD.location_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER stock_changes_reservation AFTER INSERT OR UPDATE ON reservations
FOR EACH ROW EXECUTE FUNCTION stock_changes_reservation();

CREATE FUNCTION stock_changes_expiry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM stock_changes WHERE item_id = NEW.item_id AND location_id IN
    (SELECT location_id FROM balances WHERE item_id = NEW.item_id AND lot = NEW.code);
  INSERT INTO stock_changes (item_id, location_id)
  SELECT item_id, location_id FROM balances WHERE item_id = NEW.item_id AND lot = NEW.code;
  RETURN NULL;
END $$;
CREATE TRIGGER stock_changes_expiry AFTER UPDATE OF expiry ON lots
FOR EACH ROW EXECUTE FUNCTION stock_changes_expiry();
)sql";

// Reservations behind a proposal's position, so its reason can say what was promised away.
constexpr std::string_view kProposalReserved = R"sql(
ALTER TABLE order_proposals ADD COLUMN reserved INTEGER NOT NULL DEFAULT 0;
)sql";

// Every planned stock point's policy numbers in the run, so the stock point page shows the
// numbers of the run the planner acts on; what a transfer order has shipped, so stock on its
// way counts once (as the order's open quantity) until it arrives.
constexpr std::string_view kRunNumbers = R"sql(
ALTER TABLE transfer_orders ADD COLUMN shipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN demand_per_period REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN demand_sd REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN lead_time_periods REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN lead_time_sd_periods REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN review_periods REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN service_target REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN safety_stock REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN reorder_point REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN order_up_to REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN achieved_service REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN stockout_risk REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plan_forecasts ADD COLUMN policy TEXT NOT NULL DEFAULT '';
)sql";

const Migration kMigrations[] = {
    {1, "initial schema", kInitialSchema},
    {2, "users and API tokens", kUsers},
    {3, "inventory policies per stock point", kPolicies},
    {4, "replenishment planning", kReplenishment},
    {5, "forecast per stock point", kForecasts},
    {6, "stock ledger", LedgerSchemaSql(), LedgerPostgresTriggersSql()},
    {7, "classification, service targets by class, cycle counts, alerts", AnalysisSchemaSql()},
    {8, "change cursor of the stock feed", kStockChanges, kStockChangesPostgres},
    {9, "reservations in order proposals", kProposalReserved},
    {10, "each planned stock point's numbers in the run; transfer orders' shipments", kRunNumbers},
    {11, "MRP: make or buy, lot sizing, sales orders, MPS, work centres, routings, production",
     MrpSchemaSql()},
    {14, "the buyer's day: proposal states, supplier orders, exceptions", BuyerSchemaSql()},
    {15, "alerts acknowledged and snoozed", AlertHandlingSchemaSql()},
    {16, "demand planning: forecast versions, overrides, events", DemandSchemaSql(),
     DemandPostgresTriggersSql()},
    {17, "hardening: the ledger's limits, idempotency keys' requests, disabled users",
     HardeningSchemaSql(), HardeningPostgresTriggersSql()},
    {18, "integration: ERP sync state and pushes, webhooks and their outbox, job runs",
     IntegrationSchemaSql(), IntegrationPostgresTriggersSql()},
    {19, "suppliers' quantity price breaks", PriceBreakSchemaSql()},
    {21, "purchase units: suppliers selling in cases of N stock units", PurchaseUnitSchemaSql()},
};

}  // namespace

std::span<const Migration> SchemaMigrations() {
  return kMigrations;
}

}  // namespace lagom::store
