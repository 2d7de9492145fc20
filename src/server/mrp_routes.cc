#include "server/mrp_routes.h"

#include "app/as_of.h"
#include "app/kanban.h"
#include "app/mrp_views.h"
#include "app/production.h"
#include "server/body_reader.h"
#include "server/ledger_json.h"
#include "server/mrp_json.h"
#include "server/query_params.h"
#include "server/schema.h"

namespace lagom::server {

namespace {

// An MRP run as of ?as_of= (default: the latest plan's date, else today).
Result<app::MrpRun> Run(RequestContext& c) {
  auto latest = app::ReviewDate(c.db, std::nullopt, app::WallClockToday());
  if (!latest) return latest.error();
  auto as_of = DateParamOr(c.req, "as_of", *latest);
  if (!as_of) return as_of.error();
  auto history = IntParam(c.req, "history", 104, 1, 1000);
  if (!history) return history.error();
  return app::ComputeMrp(c.db, {*as_of, static_cast<int>(*history), std::nullopt});
}

void GetRecords(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"location", "as_of", "history"}); !only) {
    return SendError(c.res, only.error());
  }
  auto run = Run(c);
  if (!run) return SendError(c.res, run.error());
  auto records = app::MrpRecords(*run, c.Param(0), c.req.get_param_value("location"));
  if (!records) return SendError(c.res, records.error());
  Json items = Json::array();
  for (const auto& r : *records) items.push_back(MrpRecordJson(r));
  SendJson(c.res, {{"as_of", FormatDate(run->plan.buckets.as_of())}, {"records", items}});
}

void GetTree(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"as_of", "history"}); !only) {
    return SendError(c.res, only.error());
  }
  auto run = Run(c);
  if (!run) return SendError(c.res, run.error());
  auto rows = app::MrpBomTree(*run, c.Param(0), c.Param(1));
  if (!rows) return SendError(c.res, rows.error());
  SendJson(c.res, {{"as_of", FormatDate(run->plan.buckets.as_of())}, {"rows", BomTreeJson(*rows)}});
}

void GetPegging(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"as_of", "history"}); !only) {
    return SendError(c.res, only.error());
  }
  auto run = Run(c);
  if (!run) return SendError(c.res, run.error());
  auto pegging = app::MrpPegging(*run, c.Param(0), c.Param(1));
  if (!pegging) return SendError(c.res, pegging.error());
  Json body = PeggingJson(*pegging);
  body["as_of"] = FormatDate(run->plan.buckets.as_of());
  SendJson(c.res, body);
}

void GetCapacity(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"as_of", "history"}); !only) {
    return SendError(c.res, only.error());
  }
  auto run = Run(c);
  if (!run) return SendError(c.res, run.error());
  SendJson(c.res, {{"as_of", FormatDate(run->plan.buckets.as_of())},
                   {"weeks", CapacityJson(app::MrpCapacity(*run))}});
}

void Release(RequestContext& c) {
  auto order = app::ReleaseProductionOrder(c.db, c.Param(0));
  if (!order) return SendError(c.res, order.error());
  SendJson(c.res, ProductionOrderJson(*order));
}

void Complete(RequestContext& c) {
  ExactJson body;
  if (!c.req.body.empty() && !ReadObjectBody(c.req, c.res, body)) return;
  BodyReader in(body);
  app::CompletionRequest r;
  r.key = in.IdempotencyKey(c.req);
  r.number = c.Param(0);
  r.quantity = in.OptionalQuantity("quantity");
  r.date = in.OptionalDate("date").value_or(app::WallClockToday());
  r.lot = in.Text("lot");
  r.expiry = in.OptionalDate("expiry");
  r.user = c.user->name;
  if (SendProblems(c.res, in)) return;
  auto done = app::CompleteProductionOrder(c.db, r);
  if (!done) return SendLedgerError(c.res, done.error(), "quantity");
  auto posted = PostedJson(c.db, done->posted);
  if (!posted) return SendError(c.res, posted.error());
  Json answer = *posted;
  answer["order"] = ProductionOrderJson(done->order);
  answer["unit_cost"] = done->unit_cost.ToDouble();
  if (!done->posted.replayed) {
    answer["components_cost"] = done->components_cost.ToDouble();
    answer["routing_cost"] = done->routing_cost.ToDouble();
  }
  SendJson(c.res, answer, done->posted.replayed ? 200 : 201);
}

void Signal(RequestContext& c) {
  ExactJson body;
  if (!ReadObjectBody(c.req, c.res, body)) return;
  BodyReader in(body);
  app::KanbanSignal signal;
  signal.key = in.IdempotencyKey(c.req);
  signal.item = in.Text("item", true);
  signal.location = in.Text("location", true);
  signal.date = in.OptionalDate("date").value_or(app::WallClockToday());
  if (SendProblems(c.res, in)) return;
  auto r = app::SignalKanban(c.db, signal);
  if (!r) return SendError(c.res, r.error());
  Json answer = {{"kind", r->kind}, {"number", r->number}, {"replayed", r->replayed}};
  if (!r->replayed) {
    answer["quantity"] = r->quantity.ToDouble();
    answer["start"] = FormatDate(r->start);
    answer["due"] = FormatDate(r->due);
  }
  SendJson(c.res, answer, r->replayed ? 200 : 201);
}

}  // namespace

void AddMrpRoutes(Router& router) {
  using app::Permission;
  router.Add({"GET",
              "/api/v1/mrp/{item}",
              Permission::kRead,
              {"The MRP record of an item at each location (or ?location=) period by period: "
               "gross requirements, scheduled receipts, projected on hand, net requirements, "
               "planned order receipts and releases, and the planned orders with their reasons",
               "mrp",
               {"location", "as_of", "history"}},
              GetRecords});
  router.Add({"GET",
              "/api/v1/mrp/{item}/{location}/tree",
              Permission::kRead,
              {"The bill-of-material tree below an item with stock and planned orders per level",
               "mrp",
               {"as_of", "history"}},
              GetTree});
  router.Add({"GET",
              "/api/v1/pegging/{item}/{location}",
              Permission::kRead,
              {"Each order of an item: the independent demand it serves (up through every "
               "level) and the supplies of its components (down)",
               "mrp",
               {"as_of", "history"}},
              GetPegging});
  router.Add({"GET",
              "/api/v1/capacity",
              Permission::kRead,
              {"Rough-cut capacity: load against capacity per work centre and week, and the "
               "orders of an overloaded week",
               "mrp",
               {"as_of", "history"}},
              GetCapacity});
  router.Add({"POST",
              "/api/v1/production-orders/{number}/release",
              Permission::kPlan,
              {"Release a planned (firm) production order to the shop floor", "mrp"},
              Release});
  router.Add(
      {"POST",
       "/api/v1/production-orders/{number}/complete",
       Permission::kWarehouse,
       {"Complete a released production order: consume its components (backflush, FEFO) "
        "and receive the output at their cost plus the routing's, in one transaction",
        "mrp",
        {},
        ObjectSchema(
            {{"quantity", "number"}, {"date", "string"}, {"lot", "string"}, {"expiry", "string"}},
            {}),
        nullptr,
        201,
        true},
       Complete});
  router.Add({"POST",
              "/api/v1/kanban/signal",
              Permission::kWarehouse,
              {"A kanban card signal: an empty container of a kanban part was scanned; one "
               "container is replenished (production, transfer or purchase order \"KB-<key>\")",
               "mrp",
               {},
               ObjectSchema({{"item", "string"}, {"location", "string"}, {"date", "string"}},
                            {"item", "location"}),
               nullptr,
               201,
               true},
              Signal});
}

}  // namespace lagom::server
