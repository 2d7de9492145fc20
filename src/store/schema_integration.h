// The integration migration (number 18, schema_integration.cc): ERP sync state and pushed
// proposals, webhook subscriptions with their outbox, and scheduled jobs' last runs.
#pragma once

#include <span>
#include <string_view>

namespace lagom::store {

// An event a webhook can subscribe to, declared once: its name, the write that raises it
// (a trigger, so the event is in the outbox in the same transaction as the change, whatever
// path writes it) and its payload (SQL over NEW).
struct WebhookEventSpec {
  std::string_view name;     // "stock.changed"
  std::string_view trigger;  // "AFTER INSERT ON stock_changes"
  std::string_view when;     // extra condition over NEW/OLD; empty = always
  std::string_view payload;  // a json_object(…) expression
  std::string_view help;
};

std::span<const WebhookEventSpec> WebhookEvents();

std::string_view IntegrationSchemaSql();
// The same triggers in PostgreSQL's language (a function per event).
std::string_view IntegrationPostgresTriggersSql();

}  // namespace lagom::store
