#include "store/schema_buyer.h"

#include <string>

#include "core/proposal_state.h"
#include "store/alert_store.h"

namespace lagom::store {

namespace {

// The states a proposal may be saved in, from the one table of them.
std::string StateList() {
  std::string list;
  for (const auto& state : kProposalStates) {
    list += (list.empty() ? "'" : ", '") + std::string(state.name) + "'";
  }
  return list;
}

// A proposal's state as data (the plan's: deferred, held, brought forward …); runs saved
// before it get theirs from the hold reason they recorded. The order an approved proposal
// became (several proposals become one supplier order), numbered as approvals did before.
// Alerts' money at stake, which ranks them.
std::string BuildSql() {
  return "ALTER TABLE order_proposals ADD COLUMN state TEXT NOT NULL DEFAULT 'proposed' "
         "CHECK (state IN (" +
         StateList() + R"sql());
UPDATE order_proposals SET state = 'deferred-budget' WHERE hold_reason LIKE 'deferred%';
UPDATE order_proposals SET state = 'held-below-minimum' WHERE hold_reason LIKE 'held%';
ALTER TABLE order_proposals ADD COLUMN order_number TEXT NOT NULL DEFAULT '';
UPDATE order_proposals SET order_number = CASE kind WHEN 'transfer' THEN 'LT'
  WHEN 'production' THEN 'LM' ELSE 'LG' END || plan_run_id || '-' || id
  WHERE status = 'approved';
ALTER TABLE alerts ADD COLUMN value_at_risk REAL NOT NULL DEFAULT 0;
CREATE INDEX alerts_value_at_risk ON alerts (status, value_at_risk DESC);
)sql";
}

// Who acknowledged or snoozed an open alert, until when, and why: the alert's current
// handling, and every action in `alert_actions`, the history.
std::string AlertHandlingSql() {
  std::string actions;
  for (std::string_view name : kAlertActionNames) {
    actions += (actions.empty() ? "'" : ", '") + std::string(name) + "'";
  }
  return R"sql(
ALTER TABLE alerts ADD COLUMN acknowledged_by TEXT NOT NULL DEFAULT '';
ALTER TABLE alerts ADD COLUMN snoozed_until TEXT;
ALTER TABLE alerts ADD COLUMN handled_by TEXT NOT NULL DEFAULT '';
ALTER TABLE alerts ADD COLUMN handled_at TEXT;
ALTER TABLE alerts ADD COLUMN handled_note TEXT NOT NULL DEFAULT '';
CREATE TABLE alert_actions (
  id            INTEGER PRIMARY KEY,
  alert_id      INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  action        TEXT NOT NULL CHECK (action IN ()sql" +
         actions + R"sql()),
  by_user       TEXT NOT NULL,
  at            TEXT NOT NULL,
  snoozed_until TEXT,
  note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alert_actions_alert ON alert_actions (alert_id, id);
)sql";
}

}  // namespace

// A supplier's price from a quantity on (all-units: the whole order at that price), for the
// supply terms with the same item, supplier and location. Below the lowest break the supply
// terms' unit_price applies. Quantities in milli-units, prices in Money raw.
std::string_view PriceBreakSchemaSql() {
  return R"sql(
CREATE TABLE supply_price_breaks (
  id           INTEGER PRIMARY KEY,
  item_id      INTEGER NOT NULL REFERENCES items (id),
  supplier_id  INTEGER NOT NULL REFERENCES suppliers (id),
  location_id  INTEGER REFERENCES locations (id),
  min_quantity INTEGER NOT NULL CHECK (min_quantity > 0),
  unit_price   INTEGER NOT NULL CHECK (unit_price >= 0)
);
CREATE UNIQUE INDEX supply_price_breaks_key
  ON supply_price_breaks (item_id, supplier_id, IFNULL(location_id, 0), min_quantity);
)sql";
}

std::string_view PurchaseUnitSchemaSql() {
  return R"sql(
ALTER TABLE supply_terms ADD COLUMN purchase_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE supply_terms ADD COLUMN purchase_unit_quantity INTEGER NOT NULL DEFAULT 1000
  CHECK (purchase_unit_quantity > 0);
ALTER TABLE order_proposals ADD COLUMN purchase_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE order_proposals ADD COLUMN purchase_unit_quantity INTEGER NOT NULL DEFAULT 1000;
ALTER TABLE purchase_orders ADD COLUMN purchase_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE purchase_orders ADD COLUMN purchase_unit_quantity INTEGER NOT NULL DEFAULT 1000;
)sql";
}

std::string_view AlertHandlingSchemaSql() {
  static const std::string sql = AlertHandlingSql();
  return sql;
}

std::string_view BuyerSchemaSql() {
  static const std::string sql = BuildSql();
  return sql;
}

}  // namespace lagom::store
