#include "store/schema_integration.h"

#include <regex>
#include <string>

namespace lagom::store {

namespace {

constexpr WebhookEventSpec kEvents[] = {
    {"stock.changed", "AFTER INSERT ON stock_changes", "",
     "json_object('item', (SELECT code FROM items WHERE id = NEW.item_id), "
     "'location', (SELECT code FROM locations WHERE id = NEW.location_id), 'cursor', NEW.id)",
     "a stock point's stock or promises changed; `cursor` is the stock feed's (GET "
     "/api/v1/stock/changes?since=)"},
    {"alert.raised", "AFTER INSERT ON alerts", "",
     "json_object('alert', NEW.id, 'rule', NEW.rule, 'severity', NEW.severity, "
     "'item', (SELECT code FROM items WHERE id = NEW.item_id), "
     "'location', (SELECT code FROM locations WHERE id = NEW.location_id), "
     "'message', NEW.message, 'raised_on', NEW.raised_on)",
     "an alert was raised"},
    {"proposal.approved", "AFTER UPDATE OF status ON order_proposals",
     "NEW.status = 'approved' AND OLD.status <> 'approved'",
     "json_object('proposal', NEW.id, 'plan_run', NEW.plan_run_id, 'kind', NEW.kind, "
     "'item', (SELECT code FROM items WHERE id = NEW.item_id), "
     "'location', (SELECT code FROM locations WHERE id = NEW.location_id), "
     "'quantity', NEW.quantity / 1000.0, 'due_date', NEW.due_date)",
     "a planner approved an order proposal"},
    {"purchase_order.created", "AFTER INSERT ON purchase_orders", "",
     "json_object('po_number', NEW.po_number, 'line', NEW.line, "
     "'supplier', (SELECT code FROM suppliers WHERE id = NEW.supplier_id), "
     "'item', (SELECT code FROM items WHERE id = NEW.item_id), "
     "'location', (SELECT code FROM locations WHERE id = NEW.location_id), "
     "'quantity', NEW.quantity / 1000.0, 'due_date', NEW.due_date)",
     "a purchase order line was created (approval, import, API, ERP sync)"},
    {"plan.finished", "AFTER INSERT ON plan_runs", "",
     "json_object('plan_run', NEW.id, 'as_of', NEW.as_of, 'stock_points', NEW.stock_points, "
     "'proposals', NEW.proposals, 'order_value', NEW.order_value / 10000.0)",
     "a planning run finished and saved its proposals"},
};

constexpr std::string_view kTables = R"sql(
CREATE TABLE erp_sync_state (
  erp       TEXT NOT NULL,
  source    TEXT NOT NULL,
  cursor    TEXT NOT NULL DEFAULT '',
  synced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (erp, source)
);
CREATE TABLE erp_pushes (
  id          INTEGER PRIMARY KEY,
  erp         TEXT NOT NULL,
  source      TEXT NOT NULL,
  proposal_id INTEGER NOT NULL REFERENCES order_proposals (id) ON DELETE CASCADE,
  reference   TEXT NOT NULL,
  quantity    INTEGER NOT NULL,
  pushed_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (erp, source, proposal_id)
);

CREATE TABLE webhooks (
  id         INTEGER PRIMARY KEY,
  url        TEXT NOT NULL,
  events     TEXT NOT NULL,
  secret     TEXT NOT NULL,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE webhook_events (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  event      TEXT NOT NULL,
  payload    TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE webhook_deliveries (
  id              INTEGER PRIMARY KEY,
  event_id        INTEGER NOT NULL REFERENCES webhook_events (id),
  webhook_id      INTEGER NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
  status          TEXT NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'delivered', 'dead')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  last_error      TEXT NOT NULL DEFAULT '',
  delivered_at    TEXT,
  UNIQUE (event_id, webhook_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);

CREATE TABLE job_runs (
  job         TEXT PRIMARY KEY,
  status      TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed')),
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  duration_ms INTEGER NOT NULL DEFAULT 0,
  error       TEXT NOT NULL DEFAULT ''
);
)sql";

// An event row and one delivery per active webhook subscribed to it ("events" is a comma
// list), only when some webhook is: without subscribers nothing is written.
std::string TriggerName(const WebhookEventSpec& e) {
  std::string name = "webhook_" + std::string(e.name);
  for (char& c : name) c = c == '.' ? '_' : c;
  return name;
}

// The trigger's body in either language, given the payload expression in that language.
std::string OutboxInserts(const WebhookEventSpec& e, const std::string& payload) {
  std::string name(e.name);
  std::string subscribed =
      "FROM webhooks WHERE active = 1 AND ',' || events || ',' LIKE '%," + name + ",%'";
  return "  INSERT INTO webhook_events (event, payload) SELECT '" + name + "', " + payload +
         " WHERE EXISTS (SELECT 1 " + subscribed +
         ");\n  INSERT INTO webhook_deliveries (event_id, webhook_id) SELECT (SELECT MAX(id) "
         "FROM webhook_events), id " +
         subscribed + ";\n";
}

std::string TriggerSql(const WebhookEventSpec& e) {
  return "CREATE TRIGGER " + TriggerName(e) + " " + std::string(e.trigger) +
         (e.when.empty() ? "" : " WHEN " + std::string(e.when)) + "\nBEGIN\n" +
         OutboxInserts(e, std::string(e.payload)) + "END;\n";
}

// SQLite's json_object becomes json_build_object, and a scaled quantity a double precision
// (as SQLite's real: 2.5, not numeric's 2.5000000000000000), stored as text.
std::string PostgresPayload(std::string_view payload) {
  static const std::regex scaled(R"((NEW\.\w+ / [0-9.]+))");
  std::string sql = std::regex_replace(std::string(payload), scaled, "($1)::float8");
  sql = std::regex_replace(sql, std::regex(R"(\bjson_object\()"), "json_build_object(");
  return "(" + sql + ")::text";
}

std::string PostgresTriggerSql(const WebhookEventSpec& e) {
  std::string name = TriggerName(e);
  return "CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n" +
         OutboxInserts(e, PostgresPayload(e.payload)) + "  RETURN NULL;\nEND $$;\n" +
         "CREATE TRIGGER " + name + " " + std::string(e.trigger) + " FOR EACH ROW" +
         (e.when.empty() ? "" : " WHEN (" + std::string(e.when) + ")") + " EXECUTE FUNCTION " +
         name + "();\n";
}

std::string BuildSql() {
  std::string sql(kTables);
  for (const WebhookEventSpec& event : kEvents) sql += TriggerSql(event);
  return sql;
}

std::string BuildPostgresTriggers() {
  std::string sql;
  for (const WebhookEventSpec& event : kEvents) sql += PostgresTriggerSql(event);
  return sql;
}

}  // namespace

std::span<const WebhookEventSpec> WebhookEvents() {
  return kEvents;
}

std::string_view IntegrationSchemaSql() {
  static const std::string sql = BuildSql();
  return sql;
}

std::string_view IntegrationPostgresTriggersSql() {
  static const std::string sql = BuildPostgresTriggers();
  return sql;
}

}  // namespace lagom::store
