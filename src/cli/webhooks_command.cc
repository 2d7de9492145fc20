// `lagom webhooks add URL --events a,b | list | remove ID`: subscriptions to Lagom's events,
// delivered by `lagom serve` (app/webhooks.h).
#include <fmt/format.h>

#include "app/webhooks.h"
#include "cli/commands.h"

namespace lagom::cli {

namespace {

struct WebhookArgs {
  std::string db, url, events;
  std::int64_t id = 0;
};

int Add(const WebhookArgs& a) {
  auto db = OpenDatabase(a.db, false);
  if (!db) return ReportError("webhooks", db.error());
  auto webhook = app::AddWebhook(**db, a.url, a.events);
  if (!webhook) return ReportError("webhooks", webhook.error());
  fmt::print("webhook {} → {} ({})\nsecret {} (signs X-Lagom-Signature: sha256=HMAC)\n",
             webhook->id, webhook->url, webhook->events, webhook->secret);
  return kOk;
}

int List(const WebhookArgs& a) {
  auto db = OpenDatabase(a.db, false);
  if (!db) return ReportError("webhooks", db.error());
  auto webhooks = app::ListWebhooks(**db);
  if (!webhooks) return ReportError("webhooks", webhooks.error());
  auto counts = app::CountDeliveries(**db);
  if (!counts) return ReportError("webhooks", counts.error());
  for (const auto& w : *webhooks) fmt::print("{}  {}  {}\n", w.id, w.url, w.events);
  fmt::print("deliveries: {} pending, {} delivered, {} dead\n", counts->pending, counts->delivered,
             counts->dead);
  return kOk;
}

int Remove(const WebhookArgs& a) {
  auto db = OpenDatabase(a.db, false);
  if (!db) return ReportError("webhooks", db.error());
  if (Status removed = app::RemoveWebhook(**db, a.id); !removed) {
    return ReportError("webhooks", removed.error());
  }
  return kOk;
}

}  // namespace

void AddWebhooksCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<WebhookArgs>();
  CLI::App* verb = app.add_subcommand("webhooks", "Subscribe other systems to Lagom's events");
  verb->require_subcommand(1);
  CLI::App* add = verb->add_subcommand("add", "Subscribe a URL (delivered by `lagom serve`)");
  add->add_option("url", args->url, "Where events are POSTed")->required();
  add->add_option("--events", args->events, "Comma list: " + app::WebhookEventNames())->required();
  AddDbOption(*add, args->db);
  add->callback([args, &chosen] { chosen = [args] { return Add(*args); }; });
  CLI::App* list = verb->add_subcommand("list", "Subscriptions and their deliveries");
  AddDbOption(*list, args->db);
  list->callback([args, &chosen] { chosen = [args] { return List(*args); }; });
  CLI::App* remove = verb->add_subcommand("remove", "Remove a subscription");
  remove->add_option("id", args->id, "The webhook's id")->required();
  AddDbOption(*remove, args->db);
  remove->callback([args, &chosen] { chosen = [args] { return Remove(*args); }; });
}

}  // namespace lagom::cli
