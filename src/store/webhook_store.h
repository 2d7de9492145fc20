// Webhook subscriptions and their outbox (migration 18). Events are written by triggers
// (schema_integration.h) in the transaction of the change; this file reads what is due and
// records each attempt.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct Webhook {
  std::int64_t id = 0;
  std::string url;
  std::string events;  // comma list of event names
  std::string secret;  // the HMAC-SHA256 key
  bool active = true;
  std::string created_at;
};

Result<std::int64_t> InsertWebhook(sqlite::Database& db, const Webhook& webhook);
Result<std::vector<Webhook>> ListWebhooks(sqlite::Database& db);
// NotFound when there is no webhook `id`.
Status DeleteWebhook(sqlite::Database& db, std::int64_t id);

// One event still to deliver to one webhook.
struct DueDelivery {
  std::int64_t delivery_id = 0;
  std::int64_t event_id = 0;
  std::string event, payload, created_at;  // payload: a JSON object
  std::string url, secret;
  int attempts = 0;  // made so far
};

// Pending deliveries whose next attempt is at or before `now` (UTC "YYYY-MM-DDTHH:MM:SS.fffZ"),
// oldest event first, at most `limit`.
Result<std::vector<DueDelivery>> DueDeliveries(sqlite::Database& db, const std::string& now,
                                               int limit);
Status MarkDelivered(sqlite::Database& db, std::int64_t delivery_id, const std::string& now);
// A failed attempt: the next at `next_attempt_at`, or none (dead letter) when `dead`.
Status MarkFailed(sqlite::Database& db, std::int64_t delivery_id, const std::string& error,
                  const std::string& next_attempt_at, bool dead);

struct DeliveryCounts {
  int pending = 0, delivered = 0, dead = 0;
};
Result<DeliveryCounts> CountDeliveries(sqlite::Database& db);

}  // namespace lagom::store
