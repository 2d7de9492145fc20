#include "store/webhook_store.h"

namespace lagom::store {

Result<std::int64_t> InsertWebhook(sqlite::Database& db, const Webhook& webhook) {
  auto stmt =
      db.Prepare("INSERT INTO webhooks (url, events, secret, active) VALUES (?1, ?2, ?3, ?4)");
  if (!stmt) return stmt.error();
  stmt->Bind(1, webhook.url);
  stmt->Bind(2, webhook.events);
  stmt->Bind(3, webhook.secret);
  stmt->Bind(4, std::int64_t{webhook.active ? 1 : 0});
  if (Status run = stmt->Run(); !run) return run.error();
  return db.LastInsertId();
}

Result<std::vector<Webhook>> ListWebhooks(sqlite::Database& db) {
  auto stmt =
      db.Prepare("SELECT id, url, events, secret, active, created_at FROM webhooks ORDER BY id");
  if (!stmt) return stmt.error();
  std::vector<Webhook> out;
  Status read = stmt->ForEach([&] {
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Int(4) == 1,
                   stmt->Text(5)});
  });
  if (!read) return read.error();
  return out;
}

Status DeleteWebhook(sqlite::Database& db, std::int64_t id) {
  auto stmt = db.Prepare("DELETE FROM webhooks WHERE id = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, id);
  if (Status run = stmt->Run(); !run) return run;
  if (db.Changes() == 0) return NotFound("there is no webhook " + std::to_string(id));
  return {};
}

Result<std::vector<DueDelivery>> DueDeliveries(sqlite::Database& db, const std::string& now,
                                               int limit) {
  auto stmt = db.Prepare(
      "SELECT d.id, e.id, e.event, e.payload, e.created_at, w.url, w.secret, d.attempts "
      "FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id "
      "JOIN webhooks w ON w.id = d.webhook_id "
      "WHERE d.status = 'pending' AND d.next_attempt_at <= ?1 ORDER BY e.id, d.id LIMIT ?2");
  if (!stmt) return stmt.error();
  stmt->Bind(1, now);
  stmt->Bind(2, std::int64_t{limit});
  std::vector<DueDelivery> out;
  Status read = stmt->ForEach([&] {
    out.push_back({stmt->Int(0), stmt->Int(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), static_cast<int>(stmt->Int(7))});
  });
  if (!read) return read.error();
  return out;
}

Status MarkDelivered(sqlite::Database& db, std::int64_t delivery_id, const std::string& now) {
  auto stmt = db.Prepare(
      "UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, "
      "delivered_at = ?2, last_error = '' WHERE id = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, delivery_id);
  stmt->Bind(2, now);
  return stmt->Run();
}

Status MarkFailed(sqlite::Database& db, std::int64_t delivery_id, const std::string& error,
                  const std::string& next_attempt_at, bool dead) {
  auto stmt = db.Prepare(
      "UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = ?2, "
      "next_attempt_at = ?3, status = CASE WHEN ?4 = 1 THEN 'dead' ELSE 'pending' END WHERE id = "
      "?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, delivery_id);
  stmt->Bind(2, error);
  stmt->Bind(3, next_attempt_at);
  stmt->Bind(4, std::int64_t{dead ? 1 : 0});
  return stmt->Run();
}

Result<DeliveryCounts> CountDeliveries(sqlite::Database& db) {
  auto stmt = db.Prepare(
      "SELECT COUNT(CASE WHEN status = 'pending' THEN 1 END), "
      "COUNT(CASE WHEN status = 'delivered' THEN 1 END), "
      "COUNT(CASE WHEN status = 'dead' THEN 1 END) FROM webhook_deliveries");
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  return DeliveryCounts{static_cast<int>(stmt->Int(0)), static_cast<int>(stmt->Int(1)),
                        static_cast<int>(stmt->Int(2))};
}

}  // namespace lagom::store
