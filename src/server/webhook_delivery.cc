#include "server/webhook_delivery.h"

#include <fmt/format.h>
#include <httplib.h>

#include "app/open_store.h"

namespace lagom::server {

app::WebhookSend HttpWebhookSend() {
  return [](const std::string& url, const std::string& body, const app::Headers& headers) {
    std::size_t host_end = url.find('/', url.find("://") + 3);
    std::string origin = url.substr(0, host_end);
    std::string path = host_end == std::string::npos ? "/" : url.substr(host_end);
    httplib::Client client(origin);
    client.set_connection_timeout(5);
    client.set_read_timeout(10);
    httplib::Headers sent;
    for (const auto& [name, value] : headers) sent.emplace(name, value);
    auto response = client.Post(path, sent, body, "application/json");
    if (!response) return Status(IoError(httplib::to_string(response.error())));
    if (response->status < 200 || response->status > 299) {
      return Status(IoError("HTTP " + std::to_string(response->status)));
    }
    return Status();
  };
}

WebhookDelivery::WebhookDelivery(std::string db_path)
    : db_path_(std::move(db_path)), loop_(std::chrono::milliseconds(500), [this] { Tick(); }) {}

void WebhookDelivery::Tick() {
  if (!db_) {
    auto db = app::OpenStore(db_path_);
    if (!db) {
      fmt::print(stderr, "lagom serve: webhooks: {}\n", db.error().message);
      return;
    }
    db_ = std::move(*db);
  }
  static const app::WebhookSend send = HttpWebhookSend();
  auto delivered = app::DeliverDueWebhooks(*db_, send, std::chrono::system_clock::now());
  if (!delivered) fmt::print(stderr, "lagom serve: webhooks: {}\n", delivered.error().message);
}

}  // namespace lagom::server
