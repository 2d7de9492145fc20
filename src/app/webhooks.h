// Webhooks: other systems (web shops, an ERP) subscribe to Lagom's events and receive each
// as an HTTP POST. Events are in the outbox in the same transaction as the change that
// causes them (store triggers, schema_integration.h); `lagom serve` delivers them
// (DeliverDueWebhooks) at least once, oldest first (a retry may come after later events):
//   POST <url>  {"id": <event id>, "event": "stock.changed", "created_at": …, "data": {…}}
//   X-Lagom-Event-Id: <event id>          (the same on a retry: de-duplicate by it)
//   X-Lagom-Event: stock.changed
//   X-Lagom-Signature: sha256=<hex HMAC-SHA256 of the body with the subscription's secret>
// Any 2xx answer delivers it; anything else (or no answer) is retried after
// webhook.retry_seconds, doubling each time (at most an hour apart), until
// webhook.max_attempts attempts: then it is a dead letter (kept, no longer tried).
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "store/sqlite.h"
#include "store/webhook_store.h"

namespace lagom::app {

// Subscribes `url` (http:// or https://) to `events` (comma list of WebhookEvents() names)
// with a new random secret, returned once here and in the listing.
Result<store::Webhook> AddWebhook(sqlite::Database& db, const std::string& url,
                                  const std::string& events);

// "stock.changed, alert.raised, …": the events one can subscribe to.
std::string WebhookEventNames();

// "sha256=<hex>": the signature header's value for `body`.
std::string WebhookSignature(const std::string& secret, const std::string& body);

using Headers = std::vector<std::pair<std::string, std::string>>;
// Sends one POST; Status fails (with the reason: HTTP status, connection refused …) unless
// the receiver answered 2xx.
using WebhookSend =
    std::function<Status(const std::string& url, const std::string& body, const Headers&)>;

// Attempts every delivery due at `now`, oldest event first; returns how many were
// delivered. Each attempt's outcome is written before the next is made, so a crash loses
// at most the record of one attempt (that delivery is then simply made again).
Result<int> DeliverDueWebhooks(sqlite::Database& db, const WebhookSend& send,
                               std::chrono::system_clock::time_point now);

// `time` as the outbox's timestamps: UTC "YYYY-MM-DDTHH:MM:SS.fffZ".
std::string OutboxTime(std::chrono::system_clock::time_point time);

// The subscriptions, by id, secrets included (the listing is admin-only).
Result<std::vector<store::Webhook>> ListWebhooks(sqlite::Database& db);
// Ends subscription `id`; its deliveries, done or due, go with it. NotFound when there is none.
Status RemoveWebhook(sqlite::Database& db, std::int64_t id);
// The outbox's deliveries: pending, delivered and dead (given up after the last retry).
Result<store::DeliveryCounts> CountDeliveries(sqlite::Database& db);

}  // namespace lagom::app
