#include "app/webhooks.h"

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <cmath>

#include "app/settings.h"
#include "store/schema_integration.h"

namespace lagom::app {

namespace {

std::string Hex(const unsigned char* bytes, std::size_t size) {
  std::string out;
  for (std::size_t i = 0; i < size; ++i) out += fmt::format("{:02x}", bytes[i]);
  return out;
}

bool KnownEvent(std::string_view name) {
  for (const auto& event : store::WebhookEvents()) {
    if (event.name == name) return true;
  }
  return false;
}

// The events as given, checked and normalised to "a,b,c".
Result<std::string> CheckEvents(const std::string& events) {
  std::string out;
  std::size_t start = 0;
  while (start <= events.size()) {
    std::size_t end = std::min(events.find(',', start), events.size());
    std::string name = events.substr(start, end - start);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    if (!KnownEvent(name)) {
      return InvalidInput("'" + name + "' is not an event; events are " + WebhookEventNames());
    }
    out += (out.empty() ? "" : ",") + name;
    start = end + 1;
  }
  return out;
}

std::string Body(const store::DueDelivery& d) {
  return fmt::format(R"({{"id":{},"event":"{}","created_at":"{}","data":{}}})", d.event_id, d.event,
                     d.created_at, d.payload);
}

// The wait after `attempts` failed attempts: first × 2^(attempts − 1), at most an hour.
std::chrono::milliseconds Backoff(double first_seconds, int attempts) {
  double seconds = std::min(3600.0, first_seconds * std::pow(2.0, attempts - 1));
  return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

Status Attempt(sqlite::Database& db, const WebhookSend& send, const store::DueDelivery& d,
               std::chrono::system_clock::time_point now, const Settings& settings,
               int& delivered) {
  std::string body = Body(d);
  Headers headers = {{"X-Lagom-Event-Id", std::to_string(d.event_id)},
                     {"X-Lagom-Event", d.event},
                     {"X-Lagom-Signature", WebhookSignature(d.secret, body)},
                     {"X-Lagom-Attempt", std::to_string(d.attempts + 1)}};
  Status sent = send(d.url, body, headers);
  if (sent) {
    ++delivered;
    return store::MarkDelivered(db, d.delivery_id, OutboxTime(now));
  }
  int attempts = d.attempts + 1;
  bool dead = attempts >= settings.Integer("webhook.max_attempts");
  auto next = now + Backoff(settings.Number("webhook.retry_seconds"), attempts);
  return store::MarkFailed(db, d.delivery_id, sent.error().message, OutboxTime(next), dead);
}

}  // namespace

std::string WebhookEventNames() {
  std::string names;
  for (const auto& event : store::WebhookEvents()) {
    names += (names.empty() ? "" : ", ") + std::string(event.name);
  }
  return names;
}

Result<store::Webhook> AddWebhook(sqlite::Database& db, const std::string& url,
                                  const std::string& events) {
  if (!url.starts_with("http://") && !url.starts_with("https://")) {
    return InvalidInput("the webhook URL '" + url + "' must start with http:// or https://");
  }
  auto checked = CheckEvents(events);
  if (!checked) return checked.error();
  if (sodium_init() < 0) return IoError("libsodium could not start");
  unsigned char key[32];
  randombytes_buf(key, sizeof key);
  store::Webhook webhook{0, url, *checked, Hex(key, sizeof key)};
  auto id = store::InsertWebhook(db, webhook);
  if (!id) return id.error();
  webhook.id = *id;
  return webhook;
}

std::string WebhookSignature(const std::string& secret, const std::string& body) {
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.data()),
                              secret.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(body.data()),
                                body.size());
  crypto_auth_hmacsha256_final(&state, mac);
  return "sha256=" + Hex(mac, sizeof mac);
}

Result<int> DeliverDueWebhooks(sqlite::Database& db, const WebhookSend& send,
                               std::chrono::system_clock::time_point now) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  auto due = store::DueDeliveries(db, OutboxTime(now), 100);
  if (!due) return due.error();
  int delivered = 0;
  for (const store::DueDelivery& delivery : *due) {
    if (Status done = Attempt(db, send, delivery, now, *settings, delivered); !done) {
      return done.error();
    }
  }
  return delivered;
}

std::string OutboxTime(std::chrono::system_clock::time_point time) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
  auto seconds = std::chrono::system_clock::time_point(std::chrono::seconds(ms / 1000));
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}.{:03}Z",
                     fmt::gmtime(std::chrono::system_clock::to_time_t(seconds)), ms % 1000);
}

Result<std::vector<store::Webhook>> ListWebhooks(sqlite::Database& db) {
  return store::ListWebhooks(db);
}

Status RemoveWebhook(sqlite::Database& db, std::int64_t id) {
  return store::DeleteWebhook(db, id);
}

Result<store::DeliveryCounts> CountDeliveries(sqlite::Database& db) {
  return store::CountDeliveries(db);
}

}  // namespace lagom::app
