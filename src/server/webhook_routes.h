// Webhook subscriptions over the API (admin): GET /api/v1/webhooks, POST /api/v1/webhooks
// {"url", "events": [..] or "a,b"} (answers the secret that signs the deliveries), DELETE
// /api/v1/webhooks/{id}. Delivery: app/webhooks.h.
#pragma once

#include "server/router.h"

namespace lagom::server {

void AddWebhookRoutes(Router& router);

}  // namespace lagom::server
