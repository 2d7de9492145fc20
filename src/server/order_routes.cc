#include "server/order_routes.h"

#include "app/supplier_order_review.h"
#include "server/body_reader.h"
#include "server/order_json.h"
#include "server/plan_json.h"
#include "server/query_params.h"

namespace lagom::server {

namespace {

void ListDrafts(RequestContext& c) {
  auto run = PositiveId(c.Param(0), "plan run");
  if (!run) return SendError(c.res, run.error());
  if (Status only = OnlyParams(c.req, {"supplier", "location", "kind"}); !only) {
    return SendError(c.res, only.error());
  }
  app::DraftQuery query{*run, c.req.get_param_value("supplier"), c.req.get_param_value("location"),
                        c.req.get_param_value("kind")};
  if (!query.kind.empty() && query.kind != "purchase" && query.kind != "transfer") {
    return SendProblem(c.res, 400, "kind: '" + query.kind + "' is not purchase or transfer");
  }
  auto drafts = app::LoadDraftOrders(c.db, query);
  if (!drafts) return SendError(c.res, drafts.error());
  Json orders = Json::array();
  for (const app::DraftOrder& d : *drafts) orders.push_back(DraftOrderJson(d));
  SendJson(c.res, {{"run", *run}, {"orders", orders}});
}

// The body {supplier, location?, accept_warnings?}; false when a 400 was sent.
bool ReadSupplierOrder(RequestContext& c, app::SupplierApproval& order) {
  auto run = PositiveId(c.Param(0), "plan run");
  if (!run) {
    SendError(c.res, run.error());
    return false;
  }
  ExactJson body;
  if (!ReadObjectBody(c.req, c.res, body)) return false;
  BodyReader in(body);
  order.run_id = *run;
  order.supplier = in.Text("supplier", true);
  order.location = in.Text("location");
  order.accept_warnings = in.Flag("accept_warnings");
  return !SendProblems(c.res, in);
}

void ApproveDraft(RequestContext& c) {
  app::SupplierApproval approval;
  if (!ReadSupplierOrder(c, approval)) return;
  auto orders = app::ApproveSupplierOrder(c.db, approval);
  if (!orders) return SendError(c.res, orders.error());
  Json all = Json::array();
  for (const app::ApprovedOrder& o : *orders) all.push_back(ApprovedOrderJson(o));
  SendJson(c.res, {{"orders", all}});
}

void RejectDraft(RequestContext& c) {
  app::SupplierApproval order;
  if (!ReadSupplierOrder(c, order)) return;
  auto rejected = app::RejectSupplierOrder(c.db, order);
  if (!rejected) return SendError(c.res, rejected.error());
  SendJson(c.res, {{"rejected", *rejected}});
}

void Reopen(RequestContext& c) {
  auto id = PositiveId(c.Param(0), "proposal");
  if (!id) return SendError(c.res, id.error());
  auto reopened = app::ReopenProposal(c.db, *id);
  if (!reopened) return SendError(c.res, reopened.error());
  SendJson(c.res, ProposalJson(*reopened));
}

void Document(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"format"}); !only) return SendError(c.res, only.error());
  std::string format = c.req.has_param("format") ? c.req.get_param_value("format") : "html";
  if (format != "html" && format != "csv") {
    return SendProblem(c.res, 400, "format: '" + format + "' is not html or csv");
  }
  auto doc = app::LoadOrderDocument(c.db, c.Param(0));
  if (!doc) return SendError(c.res, doc.error());
  if (format == "csv") {
    c.res.set_content(OrderDocumentCsv(*doc), "text/csv; charset=utf-8");
  } else {
    c.res.set_content(OrderDocumentHtml(*doc), "text/html; charset=utf-8");
  }
}

}  // namespace

void AddOrderRoutes(Router& router) {
  using app::Permission;
  Json order = {{"type", "object"},
                {"required", {"supplier"}},
                {"properties",
                 {{"supplier", {{"type", "string"}}},
                  {"location", {{"type", "string"}}},
                  {"accept_warnings", {{"type", "boolean"}}}}}};
  router.Add({"GET",
              "/api/v1/plan-runs/{run}/orders",
              Permission::kRead,
              {"A run's draft orders: per supplier and delivery location (value against the "
               "minimum order value, free freight, container fill) and transfers per source "
               "(against its available stock)",
               "proposals",
               {"supplier", "location", "kind"}},
              ListDrafts});
  router.Add({"POST",
              "/api/v1/plan-runs/{run}/orders/approve",
              Permission::kPlan,
              {"Approve a supplier's order: one purchase order per delivery location with a line "
               "per proposal that will be ordered",
               "proposals",
               {},
               order},
              ApproveDraft});
  router.Add(
      {"POST",
       "/api/v1/plan-runs/{run}/orders/reject",
       Permission::kPlan,
       {"Reject a supplier's order: every line still awaiting a decision", "proposals", {}, order},
       RejectDraft});
  router.Add({"POST",
              "/api/v1/proposals/{proposal}/reopen",
              Permission::kPlan,
              {"Undo a rejection: the proposal awaits a decision again", "proposals"},
              Reopen});
  router.Add({"GET",
              "/api/v1/order-documents/{po_number}",
              Permission::kRead,
              {"A purchase order as the document sent to the supplier (?format=html|csv)",
               "proposals",
               {"format"}},
              Document});
}

}  // namespace lagom::server
