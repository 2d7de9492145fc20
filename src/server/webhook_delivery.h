// `lagom serve`'s delivery of the webhook outbox (app/webhooks.h): every half second, on its
// own connection, it posts what is due over HTTP (cpp-httplib). Thread-safe.
#pragma once

#include <memory>
#include <string>

#include "app/webhooks.h"
#include "server/background_loop.h"

namespace lagom::server {

// POSTs over HTTP/HTTPS; 2xx is delivered, anything else an error naming the status.
app::WebhookSend HttpWebhookSend();

class WebhookDelivery {
 public:
  explicit WebhookDelivery(std::string db_path);

 private:
  void Tick();

  std::string db_path_;
  std::unique_ptr<sqlite::Database> db_;
  BackgroundLoop loop_;  // last: starts once the members above are ready
};

}  // namespace lagom::server
