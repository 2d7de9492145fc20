// `lagom proposals list|orders|approve|reject|reopen|document|exceptions`: the planner's
// workflow on the command line. Approving turns a proposal into an open purchase (or transfer)
// order, which the next plan counts as on order.
#include <fmt/format.h>

#include <iostream>

#include "app/plan_results.h"
#include "app/proposals.h"
#include "app/supplier_order_review.h"
#include "cli/commands.h"
#include "cli/proposal_output.h"
#include "core/money.h"
#include "core/proposal_state.h"
#include "server/order_json.h"

namespace lagom::cli {

namespace {

struct ProposalArgs {
  std::string db;
  std::int64_t run = 0;  // 0: the latest
  store::ProposalQuery query;
  Format format = Format::kTable;
  std::vector<std::int64_t> ids;
  std::optional<std::string> quantity, due_date;
  bool accept_warnings = false;
  std::string kind;       // orders: purchase, transfer or both
  std::string po_number;  // document
  bool html = false;      // document: HTML instead of CSV
};

std::vector<std::string> StateNames() {
  std::vector<std::string> names;
  for (const auto& state : kProposalStates) names.emplace_back(state.name);
  return names;
}

Result<std::int64_t> RunId(sqlite::Database& db, std::int64_t run) {
  if (run > 0) return run;
  auto latest = app::LatestPlanRun(db);
  if (!latest) return latest.error();
  if (!*latest) return NotFound("there is no plan run yet; run `lagom plan` first");
  return (*latest)->id;
}

int List(ProposalArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("proposals list", db.error());
  auto run = RunId(**db, args.run);
  if (!run) return ReportError("proposals list", run.error());
  args.query.run_id = *run;
  auto proposals = app::ListProposals(**db, args.query);
  if (!proposals) return ReportError("proposals list", proposals.error());
  PrintProposals(std::cout, *proposals, args.format, 0, args.format == Format::kTable);
  return kOk;
}

int Exceptions(ProposalArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("proposals exceptions", db.error());
  auto run = RunId(**db, args.run);
  if (!run) return ReportError("proposals exceptions", run.error());
  auto exceptions = app::ListExceptions(**db, *run);
  if (!exceptions) return ReportError("proposals exceptions", exceptions.error());
  PrintExceptions(std::cout, *exceptions, args.format, 0);
  return kOk;
}

Result<app::ProposalChange> Change(const ProposalArgs& args) {
  app::ProposalChange change;
  if (args.quantity) {
    auto quantity = Quantity::Parse(*args.quantity, "quantity");
    if (!quantity) return InvalidInput("--quantity: " + quantity.error().message);
    change.quantity = *quantity;
  }
  if (args.due_date) {
    auto date = ParseDate(*args.due_date);
    if (!date) return InvalidInput("--due-date: " + date.error().message);
    change.due_date = *date;
  }
  change.accept_warnings = args.accept_warnings;
  return change;
}

// Approves or rejects the supplier's whole draft order(s) of the run.
int DecideOrder(ProposalArgs& args, sqlite::Database& db, bool approve) {
  const char* verb = approve ? "proposals approve" : "proposals reject";
  if (!args.ids.empty() || args.quantity || args.due_date) {
    return ReportError(verb, InvalidInput("--supplier decides a whole order: give no ids, "
                                          "--quantity or --due-date with it"));
  }
  auto run = RunId(db, args.run);
  if (!run) return ReportError(verb, run.error());
  app::SupplierApproval order{*run, args.query.supplier, args.query.location, args.accept_warnings};
  if (!approve) {
    auto rejected = app::RejectSupplierOrder(db, order);
    if (!rejected) return ReportError(verb, rejected.error());
    fmt::print("{} proposals of {} rejected\n", *rejected, order.supplier);
    return kOk;
  }
  auto orders = app::ApproveSupplierOrder(db, order);
  if (!orders) return ReportError(verb, orders.error());
  for (const app::ApprovedOrder& o : *orders) {
    fmt::print("order {} to {} for {}: {} lines, value {:.2f}\n", o.po_number, o.supplier_code,
               o.location_code, o.lines, Money::FromRaw(o.value_raw).ToDouble());
  }
  return kOk;
}

int Decide(ProposalArgs& args, bool approve) {
  const char* verb = approve ? "proposals approve" : "proposals reject";
  auto change = Change(args);
  if (!change) return ReportError(verb, change.error());
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError(verb, db.error());
  if (!args.query.supplier.empty()) return DecideOrder(args, **db, approve);
  if (args.ids.empty()) {
    return ReportError(verb, InvalidInput("name proposal ids or a --supplier"));
  }
  int failed = 0;
  for (std::int64_t id : args.ids) {
    auto decided =
        approve ? app::ApproveProposal(**db, id, *change) : app::RejectProposal(**db, id);
    if (!decided) {
      ReportError(verb, decided.error());
      ++failed;
      continue;
    }
    if (approve) {
      fmt::print("proposal {} approved: {} {} {} × {} → order {}\n", id, decided->item_code,
                 decided->location_code, decided->kind,
                 Quantity::FromRaw(decided->quantity_milli).ToString(),
                 app::PurchaseOrderNumber(*decided));
    } else {
      fmt::print("proposal {} rejected\n", id);
    }
  }
  return failed == 0 ? kOk : kFailed;
}

int Reopen(const ProposalArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("proposals reopen", db.error());
  int failed = 0;
  for (std::int64_t id : args.ids) {
    auto reopened = app::ReopenProposal(**db, id);
    if (!reopened) {
      ReportError("proposals reopen", reopened.error());
      ++failed;
      continue;
    }
    fmt::print("proposal {} awaits a decision again ({})\n", id, reopened->state);
  }
  return failed == 0 ? kOk : kFailed;
}

int Orders(ProposalArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("proposals orders", db.error());
  auto run = RunId(**db, args.run);
  if (!run) return ReportError("proposals orders", run.error());
  auto drafts =
      app::LoadDraftOrders(**db, {*run, args.query.supplier, args.query.location, args.kind});
  if (!drafts) return ReportError("proposals orders", drafts.error());
  PrintDraftOrders(std::cout, *drafts, args.format);
  return kOk;
}

int Document(const ProposalArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("proposals document", db.error());
  auto doc = app::LoadOrderDocument(**db, args.po_number);
  if (!doc) return ReportError("proposals document", doc.error());
  std::cout << (args.html ? server::OrderDocumentHtml(*doc) : server::OrderDocumentCsv(*doc));
  return kOk;
}

void AddRunOptions(CLI::App& verb, ProposalArgs& args) {
  AddDbOption(verb, args.db);
  verb.add_option("--run", args.run, "Plan run (default: the latest)")->check(CLI::PositiveNumber);
  AddFormatOption(verb, args.format);
}

}  // namespace

void AddProposalsCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<ProposalArgs>();
  CLI::App* verb = app.add_subcommand("proposals", "Review and decide on a plan's order proposals");
  verb->require_subcommand(1);
  CLI::App* list = verb->add_subcommand("list", "List a run's proposals, largest value first");
  AddRunOptions(*list, *args);
  list->add_option("--item", args->query.item, "Only this item");
  list->add_option("--location", args->query.location, "Only this location");
  list->add_option("--supplier", args->query.supplier, "Only this supplier");
  list->add_option("--status", args->query.status, "proposed, approved or rejected")
      ->check(CLI::IsMember({"proposed", "approved", "rejected"}));
  list->add_option("--state", args->query.state, "Only proposals in this state")
      ->check(CLI::IsMember(StateNames()));
  list->callback([args, &chosen] { chosen = [args] { return List(*args); }; });
  CLI::App* exceptions = verb->add_subcommand("exceptions", "A run's exceptions, critical first");
  AddRunOptions(*exceptions, *args);
  exceptions->callback([args, &chosen] { chosen = [args] { return Exceptions(*args); }; });
  for (bool approve : {true, false}) {
    CLI::App* decide = verb->add_subcommand(
        approve ? "approve" : "reject",
        approve ? "Approve proposals, or a supplier's whole order (--supplier): they become "
                  "open purchase, transfer or production orders"
                : "Reject proposals, or a supplier's whole order (--supplier)");
    decide->add_option("ids", args->ids, "Proposal ids")->check(CLI::PositiveNumber);
    AddDbOption(*decide, args->db);
    decide->add_option("--supplier", args->query.supplier,
                       "The supplier's order instead of ids: every line that will be ordered");
    decide->add_option("--location", args->query.location,
                       "With --supplier: only the order for this delivery location");
    decide->add_option("--run", args->run, "With --supplier: the plan run (default: the latest)")
        ->check(CLI::PositiveNumber);
    if (approve) {
      decide->add_option("--quantity", args->quantity, "Order this quantity instead");
      decide->add_option("--due-date", args->due_date, "Promised date YYYY-MM-DD instead");
      decide->add_flag("--accept-warnings", args->accept_warnings,
                       "Order anyway below a minimum order quantity or value, off the pack size, "
                       "or above a transfer source's available stock");
    }
    decide->callback(
        [args, &chosen, approve] { chosen = [args, approve] { return Decide(*args, approve); }; });
  }
  CLI::App* reopen = verb->add_subcommand("reopen",
                                          "Undo a rejection: the proposal awaits a "
                                          "decision again");
  reopen->add_option("ids", args->ids, "Proposal ids")->required()->check(CLI::PositiveNumber);
  AddDbOption(*reopen, args->db);
  reopen->callback([args, &chosen] { chosen = [args] { return Reopen(*args); }; });
  CLI::App* orders = verb->add_subcommand(
      "orders", "A run's draft orders: per supplier and delivery location, transfers per source");
  AddRunOptions(*orders, *args);
  orders->add_option("--supplier", args->query.supplier, "Only this supplier");
  orders->add_option("--location", args->query.location,
                     "Only this delivery location (transfers: source)");
  orders->add_option("--kind", args->kind, "purchase or transfer")
      ->check(CLI::IsMember({"purchase", "transfer"}));
  orders->callback([args, &chosen] { chosen = [args] { return Orders(*args); }; });
  CLI::App* document =
      verb->add_subcommand("document", "A purchase order as the document to send (CSV or HTML)");
  document->add_option("po_number", args->po_number, "Purchase order number")->required();
  AddDbOption(*document, args->db);
  document->add_flag("--html", args->html, "A printable HTML page instead of CSV");
  document->callback([args, &chosen] { chosen = [args] { return Document(*args); }; });
}

}  // namespace lagom::cli
