#include "server/webhook_routes.h"

#include "app/webhooks.h"
#include "server/body_reader.h"
#include "server/query_params.h"

namespace lagom::server {

namespace {

Json WebhookJson(const store::Webhook& w) {
  return {{"id", w.id},         {"url", w.url},       {"events", w.events},
          {"secret", w.secret}, {"active", w.active}, {"created_at", w.created_at}};
}

void ListWebhooks(RequestContext& c) {
  auto webhooks = app::ListWebhooks(c.db);
  if (!webhooks) return SendError(c.res, webhooks.error());
  Json items = Json::array();
  for (const auto& webhook : *webhooks) items.push_back(WebhookJson(webhook));
  SendJson(c.res, {{"items", items}});
}

// The body {url, events: [...]}, read like every other write: unknown members are problems.
void AddWebhook(RequestContext& c) {
  ExactJson body;
  if (!ReadObjectBody(c.req, c.res, body)) return;
  BodyReader in(body);
  std::string url = in.Text("url", true);
  std::string events;
  for (const std::string& name : in.TextList("events", true)) {
    events += (events.empty() ? "" : ",") + name;
  }
  if (SendProblems(c.res, in)) return;
  auto webhook = app::AddWebhook(c.db, url, events);
  if (!webhook) {
    return SendProblem(c.res, 400, webhook.error().message,
                       Json::array({{{"field", "events"}, {"reason", webhook.error().message}}}));
  }
  SendJson(c.res, WebhookJson(*webhook), 201);
}

void DeleteWebhook(RequestContext& c) {
  auto id = PositiveId(c.Param(0), "webhook");
  if (!id) return SendError(c.res, id.error());
  if (Status deleted = app::RemoveWebhook(c.db, *id); !deleted) {
    return SendError(c.res, deleted.error());
  }
  c.res.status = 204;
}

}  // namespace

void AddWebhookRoutes(Router& router) {
  std::string events = "events: " + app::WebhookEventNames();
  router.Add({"GET",
              "/api/v1/webhooks",
              app::Permission::kAdmin,
              {"Webhook subscriptions", "webhooks"},
              ListWebhooks});
  router.Add({"POST",
              "/api/v1/webhooks",
              app::Permission::kAdmin,
              {"Subscribe a URL to events (" + events + "); answers the signing secret",
               "webhooks",
               {},
               {{"type", "object"},
                {"required", {"url", "events"}},
                {"properties",
                 {{"url", {{"type", "string"}}},
                  {"events", {{"type", "array"}, {"items", {{"type", "string"}}}}}}}},
               nullptr,
               201},
              AddWebhook});
  router.Add({"DELETE",
              "/api/v1/webhooks/{id}",
              app::Permission::kAdmin,
              {"Remove a webhook subscription (its pending deliveries too)",
               "webhooks",
               {},
               nullptr,
               nullptr,
               204},
              DeleteWebhook});
}

}  // namespace lagom::server
