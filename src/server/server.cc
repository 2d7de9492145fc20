#include "server/server.h"

#include <httplib.h>

#include <filesystem>

#include "app/open_store.h"
#include "app/plan_jobs.h"
#include "server/analysis_routes.h"
#include "server/dashboard_routes.h"
#include "server/demand_routes.h"
#include "server/entity_routes.h"
#include "server/job_routes.h"
#include "server/job_scheduler.h"
#include "server/ledger_routes.h"
#include "server/mrp_routes.h"
#include "server/order_routes.h"
#include "server/plan_routes.h"
#include "server/report_routes.h"
#include "server/session_routes.h"
#include "server/settings_routes.h"
#include "server/static_files.h"
#include "server/webhook_delivery.h"
#include "server/webhook_routes.h"

namespace lagom::server {

struct ApiServer::State {
  ServerOptions options;
  ConnectionPool pool;
  app::PlanJobs jobs;
  Router router;
  httplib::Server http;
  // Started by Serve() and ended when it returns: the webhook outbox's delivery and the
  // scheduled jobs.
  std::unique_ptr<WebhookDelivery> webhooks;
  std::unique_ptr<JobScheduler> scheduler;

  explicit State(ServerOptions o)
      : options(std::move(o)), pool(options.db_path), jobs(options.db_path) {}
};

namespace {

// 405 with Allow when the path is a route's but the method is not one of its (httplib says
// 404, or 400 for a method it does not know); false otherwise.
bool AnswerWrongMethod(const Router& router, const httplib::Request& req, httplib::Response& res) {
  if (res.status != 404 && res.status != 400) return false;
  std::vector<std::string> methods = router.MethodsOf(req.path);
  if (methods.empty()) return false;
  std::string allow;
  for (const std::string& m : methods) allow += (allow.empty() ? "" : ", ") + m;
  res.set_header("Allow", allow);
  SendProblem(res, 405,
              req.method + " is not allowed on " + req.path + " (allowed: " + allow + ")");
  return true;
}

// Gives every error that has no body of its own (unknown route, body too large, a request
// httplib could not parse) a problem document.
void AnswerBareErrors(httplib::Server& http, const Router& router) {
  http.set_error_handler([&router](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (AnswerWrongMethod(router, req, res)) return;
    std::string detail = res.status == 404   ? "no such resource: " + req.method + " " + req.path
                         : res.status == 413 ? "the request body is too large"
                                             : "the request could not be handled";
    SendProblem(res, res.status, detail);
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res,
                                std::exception_ptr) { SendProblem(res, 500, "internal error"); });
}

void Configure(ApiServer::State& s) {
  s.http.set_tcp_nodelay(true);
  s.http.set_keep_alive_max_count(10000);
  s.http.set_keep_alive_timeout(30);
  s.http.set_read_timeout(30);
  s.http.set_payload_max_length(s.options.max_body_bytes);
  int threads = s.options.threads;
  s.http.new_task_queue = [threads] {
    return new httplib::ThreadPool(static_cast<std::size_t>(threads));
  };
  AnswerBareErrors(s.http, s.router);
  AddSessionRoutes(s.router);
  AddEntityRoutes(s.router);
  AddPlanRoutes(s.router, s.jobs);
  AddOrderRoutes(s.router);
  AddDashboardRoutes(s.router);
  AddAnalysisRoutes(s.router);
  AddLedgerRoutes(s.router);
  AddChannelRoutes(s.router);
  AddReportRoutes(s.router);
  AddSettingsRoutes(s.router);
  AddMrpRoutes(s.router);
  AddDemandRoutes(s.router);
  AddWebhookRoutes(s.router);
  AddJobRoutes(s.router);
  AddOpenApiRoute(s.router);
  s.router.Install(s.http, s.pool);
  if (!s.options.web_root.empty()) ServeStaticFiles(s.http, s.options.web_root);
}

}  // namespace

ApiServer::ApiServer(ServerOptions options) : state_(std::make_unique<State>(std::move(options))) {}

ApiServer::~ApiServer() {
  Stop();
}

Result<int> ApiServer::Bind() {
  auto db = app::OpenStore(state_->options.db_path);  // creates and migrates once
  if (!db) return db.error();
  std::error_code ignored;
  if (!state_->options.web_root.empty() &&
      !std::filesystem::is_directory(state_->options.web_root, ignored)) {
    return NotFound("the dashboard folder '" + state_->options.web_root + "' does not exist");
  }
  Configure(*state_);
  int port = state_->options.port == 0
                 ? state_->http.bind_to_any_port(state_->options.host)
                 : (state_->http.bind_to_port(state_->options.host, state_->options.port)
                        ? state_->options.port
                        : -1);
  if (port < 0) {
    return IoError("cannot listen on " + state_->options.host + ":" +
                   std::to_string(state_->options.port));
  }
  return port;
}

void ApiServer::Serve() {
  state_->webhooks = std::make_unique<WebhookDelivery>(state_->options.db_path);
  state_->scheduler = std::make_unique<JobScheduler>(state_->options.db_path);
  state_->http.listen_after_bind();
  state_->webhooks.reset();
  state_->scheduler.reset();
}

void ApiServer::Stop() {
  state_->http.stop();
}

}  // namespace lagom::server
