#include "server/plan_routes.h"

#include <chrono>

#include "app/as_of.h"
#include "app/plan_results.h"
#include "app/proposals.h"
#include "core/policy_terms.h"
#include "core/proposal_state.h"
#include "server/paging.h"
#include "server/plan_json.h"
#include "server/query_params.h"

namespace lagom::server {

namespace {

Result<std::int64_t> IdParam(const RequestContext& context, const char* what) {
  return PositiveId(context.Param(0), what);
}

// Reads optional members of a JSON body into plan options; unknown members are errors.
Status ReadPlanOptions(const Json& body, app::PlanOptions& options) {
  if (!body.is_object()) return InvalidInput("the body must be a JSON object");
  options.as_of = app::WallClockToday();
  for (const auto& [key, value] : body.items()) {
    if (key == "as_of" && value.is_string()) {
      auto date = ParseDate(value.get<std::string>());
      if (!date) return InvalidInput("as_of: " + date.error().message);
      options.as_of = *date;
    } else if (key == "service" && value.is_string()) {
      options.service_kind = ValueNamed<ServiceKind>(kServiceKinds, value.get<std::string>());
      if (!options.service_kind) {
        return InvalidInput("service: '" + value.get<std::string>() + "' is not " +
                            NameList(kServiceKinds));
      }
    } else if (key == "service_level" && value.is_number()) {
      options.service_target = value.get<double>();
    } else if (key == "history" && value.is_number_integer()) {
      options.history_periods = value.get<int>();
    } else if (key == "review_periods" && value.is_number()) {
      options.review_periods = value.get<double>();
    } else {
      return InvalidInput("'" + key +
                          "': not a plan option of the right type (as_of: string, "
                          "service_level: number, history: integer, review_periods: number)");
    }
  }
  return {};
}

Result<app::ProposalChange> ReadChange(const Json& body) {
  app::ProposalChange change;
  if (!body.is_object()) return InvalidInput("the body must be a JSON object");
  for (const auto& [key, value] : body.items()) {
    if (key == "quantity" && (value.is_number() || value.is_string())) {
      auto quantity =
          Quantity::Parse(value.is_string() ? value.get<std::string>() : value.dump(), "quantity");
      if (!quantity) return InvalidInput("quantity: " + quantity.error().message);
      change.quantity = *quantity;
    } else if (key == "due_date" && value.is_string()) {
      auto date = ParseDate(value.get<std::string>());
      if (!date) return InvalidInput("due_date: " + date.error().message);
      change.due_date = *date;
    } else if (key == "accept_warnings" && value.is_boolean()) {
      change.accept_warnings = value.get<bool>();
    } else {
      return InvalidInput("'" + key +
                          "': expected quantity (number), due_date (string) or accept_warnings "
                          "(boolean)");
    }
  }
  return change;
}

void StartRun(app::PlanJobs& jobs, RequestContext& c) {
  auto body = ParseOptionalBody(c.req);
  if (!body) return SendError(c.res, body.error());
  app::PlanOptions options;
  if (Status read = ReadPlanOptions(*body, options); !read) return SendError(c.res, read.error());
  auto job = jobs.Start(options);
  if (!job) return SendError(c.res, job.error());
  std::string url = "/api/v1/plan-jobs/" + std::to_string(*job);
  c.res.set_header("Location", url);
  SendJson(c.res, {{"job", *job}, {"status", url}}, 202);
}

void JobStatus(app::PlanJobs& jobs, RequestContext& c) {
  auto id = IdParam(c, "job");
  if (!id) return SendError(c.res, id.error());
  auto status = jobs.Status(*id);
  if (!status) return SendProblem(c.res, 404, "no plan job " + std::to_string(*id));
  Json body = {{"job", *id},
               {"state", app::PlanJobStateName(status->state)},
               {"done", status->done},
               {"total", status->total}};
  if (status->run_id) body["run"] = status->run_id;
  if (!status->error.empty()) body["error"] = status->error;
  SendJson(c.res, body);
}

void ListRuns(RequestContext& c) {
  auto page = ParsePaging(c.req);
  if (!page) return SendError(c.res, page.error());
  auto runs = app::ListPlanRuns(c.db, page->limit, page->offset);
  if (!runs) return SendError(c.res, runs.error());
  auto count = app::CountPlanRuns(c.db);
  if (!count) return SendError(c.res, count.error());
  Json items = Json::array();
  for (const auto& run : *runs) items.push_back(PlanRunJson(run));
  SendJson(c.res, PageJson(items, *count, page->limit, page->offset));
}

Json ForecastJson(const store::StockPointForecast& f) {
  return {{"item", f.item_code}, {"location", f.location_code},
          {"model", f.model},    {"mean_per_period", f.mean_per_period},
          {"sigma", f.sigma},    {"plan_run", f.plan_run_id}};
}

void ListForecasts(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"item", "location", "model", "limit", "offset"}); !only) {
    return SendError(c.res, only.error());
  }
  auto page = ParsePaging(c.req);
  if (!page) return SendError(c.res, page.error());
  store::ForecastQuery query{c.req.get_param_value("item"), c.req.get_param_value("location"),
                             c.req.get_param_value("model"), page->limit, page->offset};
  auto total = app::CountForecasts(c.db, query);
  auto forecasts = app::ListForecasts(c.db, query);
  if (!total) return SendError(c.res, total.error());
  if (!forecasts) return SendError(c.res, forecasts.error());
  Json items = Json::array();
  for (const auto& f : *forecasts) items.push_back(ForecastJson(f));
  SendJson(c.res, PageJson(items, *total, page->limit, page->offset));
}

void GetRun(RequestContext& c) {
  auto id = IdParam(c, "plan run");
  if (!id) return SendError(c.res, id.error());
  auto run = app::FindPlanRun(c.db, *id);
  if (!run) return SendError(c.res, run.error());
  if (!*run) return SendProblem(c.res, 404, "no plan run " + std::to_string(*id));
  SendJson(c.res, PlanRunJson(**run));
}

void ListProposals(RequestContext& c) {
  auto id = IdParam(c, "plan run");
  if (!id) return SendError(c.res, id.error());
  auto page = ParsePaging(c.req);
  if (!page) return SendError(c.res, page.error());
  store::ProposalQuery query{.run_id = *id, .limit = page->limit, .offset = page->offset};
  for (const auto& [name, value] : c.req.params) {
    if (name == "item")
      query.item = value;
    else if (name == "location")
      query.location = value;
    else if (name == "supplier")
      query.supplier = value;
    else if (name == "status")
      query.status = value;
    else if (name == "state" && ValueNamed<ProposalState>(kProposalStates, value))
      query.state = value;
    else if (name == "without_supplier" && (value == "true" || value == "false"))
      query.without_supplier = value == "true";
    else if (name == "state")
      return SendProblem(c.res, 400, "state: '" + value + "' is not a proposal state");
    else if (name != "limit" && name != "offset") {
      return SendProblem(c.res, 400, "'" + name + "' is not a query parameter of proposals");
    }
  }
  auto total = app::CountProposals(c.db, query);
  auto proposals = app::ListProposals(c.db, query);
  if (!total) return SendError(c.res, total.error());
  if (!proposals) return SendError(c.res, proposals.error());
  Json items = Json::array();
  for (const auto& p : *proposals) items.push_back(ProposalJson(p));
  SendJson(c.res, PageJson(items, *total, page->limit, page->offset));
}

void SupplierTotals(RequestContext& c) {
  auto id = IdParam(c, "plan run");
  if (!id) return SendError(c.res, id.error());
  auto run = app::FindPlanRun(c.db, *id);
  if (!run) return SendError(c.res, run.error());
  if (!*run) return SendProblem(c.res, 404, "no plan run " + std::to_string(*id));
  auto totals = app::SupplierTotals(c.db, *id);
  if (!totals) return SendError(c.res, totals.error());
  SendJson(c.res, {{"run", *id}, {"suppliers", SupplierTotalsJson(*totals)}});
}

void GetProposal(RequestContext& c) {
  auto id = IdParam(c, "proposal");
  if (!id) return SendError(c.res, id.error());
  auto found = app::ListProposals(c.db, {.id = *id});
  if (!found) return SendError(c.res, found.error());
  if (found->empty()) return SendProblem(c.res, 404, "no order proposal " + std::to_string(*id));
  SendJson(c.res, ProposalJson(found->front()));
}

template <class Decide>
void DecideOn(RequestContext& c, Decide decide) {
  auto id = IdParam(c, "proposal");
  if (!id) return SendError(c.res, id.error());
  auto body = ParseOptionalBody(c.req);
  if (!body) return SendError(c.res, body.error());
  auto change = ReadChange(*body);
  if (!change) return SendError(c.res, change.error());
  Result<store::ProposalRecord> decided = decide(c.db, *id, *change);
  if (!decided) return SendError(c.res, decided.error());
  Json answer = ProposalJson(*decided);
  if (decided->status == "approved") answer["purchase_order"] = app::PurchaseOrderNumber(*decided);
  SendJson(c.res, answer);
}

Json Ref(const char* name) {
  return {{"$ref", std::string("#/components/schemas/") + name}};
}

}  // namespace

void AddPlanRoutes(Router& router, app::PlanJobs& jobs) {
  using app::Permission;
  Json options = {{"type", "object"},
                  {"properties",
                   {{"as_of", {{"type", "string"}, {"format", "date"}}},
                    {"service", {{"type", "string"}}},
                    {"service_level", {{"type", "number"}}},
                    {"history", {{"type", "integer"}}},
                    {"review_periods", {{"type", "number"}}}}}};
  Json change = {{"type", "object"},
                 {"properties",
                  {{"quantity", {{"type", "number"}}},
                   {"due_date", {{"type", "string"}, {"format", "date"}}},
                   {"accept_warnings", {{"type", "boolean"}}}}}};
  router.Add({"POST",
              "/api/v1/plan-runs",
              Permission::kPlan,
              {"Start a planning run in the background", "planning", {}, options, nullptr, 202},
              [&jobs](RequestContext& c) { StartRun(jobs, c); }});
  router.Add({"GET",
              "/api/v1/plan-jobs/{job}",
              Permission::kRead,
              {"Progress of a planning run", "planning"},
              [&jobs](RequestContext& c) { JobStatus(jobs, c); }});
  router.Add({"GET",
              "/api/v1/plan-runs",
              Permission::kRead,
              {"Planning runs, newest first",
               "planning",
               {"limit", "offset"},
               nullptr,
               PageSchema(Ref("plan-run"))},
              ListRuns});
  router.Add({"GET",
              "/api/v1/plan-runs/{run}",
              Permission::kRead,
              {"One planning run", "planning", {}, nullptr, Ref("plan-run")},
              GetRun});
  router.Add(
      {"GET",
       "/api/v1/plan-runs/{run}/proposals",
       Permission::kRead,
       {"A run's order proposals, largest value first",
        "proposals",
        {"item", "location", "supplier", "without_supplier", "status", "state", "limit", "offset"},
        nullptr,
        PageSchema(Ref("proposal"))},
       ListProposals});
  router.Add({"GET",
              "/api/v1/forecasts",
              Permission::kRead,
              {"The latest run's forecast per stock point: model chosen, mean demand per period, "
               "σ of its one-period errors",
               "planning",
               {"item", "location", "model", "limit", "offset"}},
              ListForecasts});
  router.Add({"GET",
              "/api/v1/plan-runs/{run}/suppliers",
              Permission::kRead,
              {"A run's proposals per supplier: count and value by state, minimum order value",
               "proposals"},
              SupplierTotals});
  router.Add({"GET",
              "/api/v1/proposals/{proposal}",
              Permission::kRead,
              {"One order proposal with its reason", "proposals", {}, nullptr, Ref("proposal")},
              GetProposal});
  router.Add({"PATCH",
              "/api/v1/proposals/{proposal}",
              Permission::kPlan,
              {"Edit a proposal's quantity or due date", "proposals", {}, change, Ref("proposal")},
              [](RequestContext& c) { DecideOn(c, app::EditProposal); }});
  router.Add({"POST",
              "/api/v1/proposals/{proposal}/approve",
              Permission::kPlan,
              {"Approve (optionally edited): it becomes a purchase order",
               "proposals",
               {},
               change,
               Ref("proposal")},
              [](RequestContext& c) { DecideOn(c, app::ApproveProposal); }});
  router.Add({"POST",
              "/api/v1/proposals/{proposal}/reject",
              Permission::kPlan,
              {"Reject a proposal", "proposals", {}, nullptr, Ref("proposal")},
              [](RequestContext& c) {
                DecideOn(c, [](sqlite::Database& db, std::int64_t id, const app::ProposalChange&) {
                  return app::RejectProposal(db, id);
                });
              }});
}

}  // namespace lagom::server
