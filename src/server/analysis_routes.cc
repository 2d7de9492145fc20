#include "server/analysis_routes.h"

#include "app/alert_actions.h"
#include "app/as_of.h"
#include "app/classification.h"
#include "app/count_plan.h"
#include "server/analysis_json.h"
#include "server/body_reader.h"
#include "server/paging.h"
#include "server/query_params.h"
#include "server/schema.h"

namespace lagom::server {

namespace {

// ?run=N, else the latest classification run; NotFound when there is none.
Result<store::ClassificationRunRecord> Run(RequestContext& c) {
  auto id = IntParam(c.req, "run", 0, 1, INT64_MAX);
  if (!id) return id.error();
  auto run = app::FindClassificationRun(c.db, *id);
  if (!run) return run.error();
  if (!*run) {
    return NotFound(*id == 0 ? "nothing is classified yet"
                             : "no classification run " + std::to_string(*id));
  }
  return **run;
}

void ListClasses(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"run", "item", "location", "abc", "xyz", "limit", "offset"});
      !only) {
    return SendError(c.res, only.error());
  }
  auto run = Run(c);
  auto page = ParsePaging(c.req);
  if (!run) return SendError(c.res, run.error());
  if (!page) return SendError(c.res, page.error());
  store::ClassQuery query{run->id,
                          c.req.get_param_value("item"),
                          c.req.get_param_value("location"),
                          c.req.get_param_value("abc"),
                          c.req.get_param_value("xyz"),
                          page->limit,
                          page->offset};
  auto total = app::CountClasses(c.db, query);
  auto classes = app::ListClasses(c.db, query);
  if (!total) return SendError(c.res, total.error());
  if (!classes) return SendError(c.res, classes.error());
  Json items = Json::array();
  for (const auto& record : *classes) items.push_back(ClassJson(record, *run));
  Json body = PageJson(items, *total, page->limit, page->offset);
  body["run"] = ClassificationRunJson(*run);
  SendJson(c.res, body);
}

void GetMatrix(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"run"}); !only) return SendError(c.res, only.error());
  auto run = Run(c);
  if (!run) return SendError(c.res, run.error());
  auto matrix = app::LoadClassMatrix(c.db, run->id);
  if (!matrix) return SendError(c.res, matrix.error());
  SendJson(c.res, {{"run", ClassificationRunJson(*run)}, {"cells", MatrixJson(*matrix, *run)}});
}

void ListChanges(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"item", "location", "run"}); !only) {
    return SendError(c.res, only.error());
  }
  auto run = IntParam(c.req, "run", 0, 1, INT64_MAX);
  if (!run) return SendError(c.res, run.error());
  auto changes = app::ListClassChanges(c.db, c.req.get_param_value("item"),
                                       c.req.get_param_value("location"), *run);
  if (!changes) return SendError(c.res, changes.error());
  Json items = Json::array();
  for (const auto& change : *changes) items.push_back(ClassChangeJson(change));
  SendJson(c.res, {{"items", items}});
}

// Reads optional members of the body into classification options over the defaults.
Status ReadClassifyBody(const Json& body, app::ClassifyOptions& o) {
  if (!body.is_object()) return InvalidInput("the body must be a JSON object");
  for (const auto& [key, value] : body.items()) {
    bool text = value.is_string(), whole = value.is_number_integer();
    if (key == "dimensions" && text) {
      auto dimensions = app::ParseDimensions(value.get<std::string>());
      if (!dimensions) return InvalidInput("dimensions: " + dimensions.error().message);
      o.dimensions = *dimensions;
    } else if (key == "cutoffs" && text) {
      o.cutoffs = value.get<std::string>();
    } else if (key == "by" && text) {
      o.scope = value.get<std::string>();
    } else if (key == "window_months" && whole) {
      o.window_months = value.get<int>();
    } else if (key == "new_months" && whole) {
      o.new_months = value.get<int>();
    } else if (key == "dead_months" && whole) {
      o.dead_months = value.get<int>();
    } else if (key != "as_of") {
      return InvalidInput("'" + key +
                          "': not a classification option of the right type (as_of, dimensions, "
                          "cutoffs, by: strings; window_months, new_months, dead_months: "
                          "integers)");
    }
  }
  return {};
}

Result<Date> BodyDate(const Json& body, const char* name, Date fallback) {
  if (!body.is_object() || !body.contains(name)) return fallback;
  if (!body[name].is_string()) return InvalidInput(std::string(name) + ": expected a date");
  auto date = ParseDate(body[name].get<std::string>());
  if (!date) return InvalidInput(std::string(name) + ": " + date.error().message);
  return *date;
}

void Classify(RequestContext& c) {
  auto body = ParseOptionalBody(c.req);
  if (!body) return SendError(c.res, body.error());
  auto today = app::ReviewDate(c.db, std::nullopt, app::WallClockToday());
  if (!today) return SendError(c.res, today.error());
  auto as_of = BodyDate(*body, "as_of", *today);
  if (!as_of) return SendError(c.res, as_of.error());
  auto options = app::DefaultClassifyOptions(c.db, *as_of);
  if (!options) return SendError(c.res, options.error());
  if (Status read = ReadClassifyBody(*body, *options); !read) return SendError(c.res, read.error());
  auto result = app::RunClassification(c.db, *options);
  if (!result) return SendError(c.res, result.error());
  Json changes = Json::array();
  for (const auto& change : result->changes) changes.push_back(ClassChangeJson(change));
  SendJson(c.res,
           {{"run", ClassificationRunJson(result->run)},
            {"classified", result->classes.size()},
            {"matrix", MatrixJson(result->matrix, result->run)},
            {"changes", changes}},
           201);
}

Result<store::AlertQuery> ReadAlertQuery(RequestContext& c, const Paging& page) {
  if (Status only = OnlyParams(
          c.req, {"status", "handled", "severity", "rule", "item", "location", "limit", "offset"});
      !only) {
    return only.error();
  }
  store::AlertQuery query{.limit = page.limit, .offset = page.offset};
  std::string status = c.req.has_param("status") ? c.req.get_param_value("status") : "open";
  if (status != "open" && status != "resolved" && status != "all") {
    return InvalidInput("status: '" + status + "' is not open, resolved or all");
  }
  query.status = status == "all" ? "" : status;
  std::string handled = c.req.has_param("handled") ? c.req.get_param_value("handled") : "hide";
  auto shown = store::HandledNamed(handled);
  if (!shown) return InvalidInput("handled: '" + handled + "' is not hide, include or only");
  query.handled = *shown;
  auto today = app::ReviewDate(c.db, std::nullopt, app::WallClockToday());
  if (!today) return today.error();
  query.today = *today;
  std::string severities = c.req.get_param_value("severity");
  for (std::size_t pos = 0; !severities.empty() && pos <= severities.size();) {
    std::size_t end = std::min(severities.find(',', pos), severities.size());
    std::string s = severities.substr(pos, end - pos);
    if (s != "critical" && s != "warning" && s != "info") {
      return InvalidInput("severity: '" + s + "' is not critical, warning or info");
    }
    query.severities.push_back(s);
    pos = end + 1;
  }
  query.rule = c.req.get_param_value("rule");
  query.item = c.req.get_param_value("item");
  query.location = c.req.get_param_value("location");
  return query;
}

void ListAlerts(RequestContext& c) {
  auto page = ParsePaging(c.req);
  if (!page) return SendError(c.res, page.error());
  auto query = ReadAlertQuery(c, *page);
  if (!query) return SendError(c.res, query.error());
  auto total = app::CountAlerts(c.db, *query);
  auto alerts = app::ListAlerts(c.db, *query);
  if (!total) return SendError(c.res, total.error());
  if (!alerts) return SendError(c.res, alerts.error());
  Json items = Json::array();
  for (const auto& alert : *alerts) items.push_back(AlertJson(alert));
  SendJson(c.res, PageJson(items, *total, page->limit, page->offset));
}

// POST /alerts/{id}/actions {"action", "until", "note"}: by the signed-in user, as of the
// review date.
void ActOnAlert(RequestContext& c) {
  auto id = PositiveId(c.Param(0), "alert");
  if (!id) return SendError(c.res, id.error());
  ExactJson body;
  if (!ReadObjectBody(c.req, c.res, body)) return;
  BodyReader in(body);
  std::string name = in.Text("action", true);
  auto kind = store::AlertActionNamed(name);
  if (!name.empty() && !kind) in.Reject("action", "acknowledge, snooze or reopen");
  std::optional<Date> until = in.OptionalDate("until");
  std::string note = in.Text("note");
  if (SendProblems(c.res, in)) return;
  auto today = app::ReviewDate(c.db, std::nullopt, app::WallClockToday());
  if (!today) return SendError(c.res, today.error());
  app::AlertActionRequest request{*kind, {*id}, until, note, c.user->name};
  auto handled = app::HandleAlerts(c.db, request, *today, app::WallClockTimestamp());
  if (!handled) return SendError(c.res, handled.error());
  SendJson(c.res, {{"id", *id},
                   {"action", name},
                   {"until", until ? Json(FormatDate(*until)) : Json()},
                   {"by", c.user->name}});
}

void AlertHistory(RequestContext& c) {
  auto id = PositiveId(c.Param(0), "alert");
  if (!id) return SendError(c.res, id.error());
  auto history = app::AlertHistory(c.db, *id);
  if (!history) return SendError(c.res, history.error());
  Json items = Json::array();
  for (const auto& action : *history) {
    items.push_back({{"action", store::kAlertActionNames[static_cast<std::size_t>(action.kind)]},
                     {"by", action.by},
                     {"at", action.at},
                     {"until", action.until ? Json(FormatDate(*action.until)) : Json()},
                     {"note", action.note}});
  }
  SendJson(c.res, {{"id", *id}, {"items", items}});
}

void ListCounts(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"from", "until"}); !only) {
    return SendError(c.res, only.error());
  }
  auto from = DateParam(c.req, "from");
  auto until = DateParam(c.req, "until");
  auto today = app::ReviewDate(c.db, std::nullopt, app::WallClockToday());
  if (!from) return SendError(c.res, from.error());
  if (!until) return SendError(c.res, until.error());
  if (!today) return SendError(c.res, today.error());
  Date first = from->value_or(*today);
  Date last = until->value_or(first + std::chrono::days{1});
  auto tasks = app::ListCountTasks(c.db, first, last);
  if (!tasks) return SendError(c.res, tasks.error());
  Json items = Json::array();
  for (const auto& task : *tasks) items.push_back(CountTaskJson(task));
  SendJson(c.res, {{"from", FormatDate(first)}, {"until", FormatDate(last)}, {"items", items}});
}

void PlanCounts(RequestContext& c) {
  auto body = ParseOptionalBody(c.req);
  if (!body) return SendError(c.res, body.error());
  auto today = app::ReviewDate(c.db, std::nullopt, app::WallClockToday());
  if (!today) return SendError(c.res, today.error());
  auto from = BodyDate(*body, "from", *today);
  if (!from) return SendError(c.res, from.error());
  auto until = BodyDate(*body, "until", AddMonths(*from, 12));
  if (!until) return SendError(c.res, until.error());
  auto plan = app::PlanCounts(c.db, {*from, *until});
  if (!plan) return SendError(c.res, plan.error());
  SendJson(c.res,
           {{"from", FormatDate(*from)},
            {"until", FormatDate(*until)},
            {"counts", plan->tasks.size()},
            {"stock_points", plan->stock_points},
            {"working_days", plan->working_days}},
           201);
}

}  // namespace

void AddAnalysisRoutes(Router& router) {
  using app::Permission;
  Json options = {{"type", "object"},
                  {"properties",
                   {{"as_of", {{"type", "string"}, {"format", "date"}}},
                    {"dimensions", {{"type", "string"}}},
                    {"cutoffs", {{"type", "string"}}},
                    {"by", {{"type", "string"}}},
                    {"window_months", {{"type", "integer"}}},
                    {"new_months", {{"type", "integer"}}},
                    {"dead_months", {{"type", "integer"}}}}}};
  Json range = {{"type", "object"},
                {"properties",
                 {{"from", {{"type", "string"}, {"format", "date"}}},
                  {"until", {{"type", "string"}, {"format", "date"}}}}}};
  router.Add({"POST",
              "/api/v1/classifications",
              Permission::kPlan,
              {"Classify (ABC/XYZ) and keep the run; its classes set the service targets",
               "classification",
               {},
               options,
               nullptr,
               201},
              Classify});
  router.Add({"GET",
              "/api/v1/classifications",
              Permission::kRead,
              {"The classes of a classification run (default: the latest)",
               "classification",
               {"run", "item", "location", "abc", "xyz", "limit", "offset"}},
              ListClasses});
  router.Add(
      {"GET",
       "/api/v1/classifications/matrix",
       Permission::kRead,
       {"The ABC×XYZ matrix of a run: count, value and share per cell", "classification", {"run"}},
       GetMatrix});
  router.Add({"GET",
              "/api/v1/classifications/changes",
              Permission::kRead,
              {"Class changes between consecutive runs, newest first",
               "classification",
               {"item", "location", "run"}},
              ListChanges});
  router.Add({"GET",
              "/api/v1/alerts",
              Permission::kRead,
              {"Alerts, most money at risk first (the worklist by default: open, neither "
               "acknowledged nor snoozed; handled=include|only for the others)",
               "alerts",
               {"status", "handled", "severity", "rule", "item", "location", "limit", "offset"}},
              ListAlerts});
  router.Add(
      {"POST",
       "/api/v1/alerts/{id}/actions",
       Permission::kPlan,
       {"Acknowledge, snooze (until a day after the review date) or reopen an open alert",
        "alerts",
        {},
        ObjectSchema({{"action", "string"}, {"until", "string"}, {"note", "string"}}, {"action"}),
        nullptr},
       ActOnAlert});
  router.Add(
      {"GET",
       "/api/v1/alerts/{id}/actions",
       Permission::kRead,
       {"Who acknowledged, snoozed or reopened an alert, and when, oldest first", "alerts", {}},
       AlertHistory});
  router.Add({"GET",
              "/api/v1/count-lists",
              Permission::kRead,
              {"Cycle-count lists of a day (default) or a range", "counts", {"from", "until"}},
              ListCounts});
  router.Add({"POST",
              "/api/v1/count-lists/plan",
              Permission::kPlan,
              {"Plan the cycle-count lists from the latest classification",
               "counts",
               {},
               range,
               nullptr,
               201},
              PlanCounts});
}

}  // namespace lagom::server
