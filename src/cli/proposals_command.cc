// `lagom proposals list|approve|reject|exceptions`: the planner's workflow on the command
// line. Approving turns a proposal into an open purchase (or transfer) order, which the
// next plan counts as on order.
#include <fmt/format.h>

#include <iostream>

#include "app/proposals.h"
#include "cli/commands.h"
#include "cli/proposal_output.h"
#include "core/proposal_state.h"

namespace lagom::cli {

namespace {

struct ProposalArgs {
  std::string db;
  std::int64_t run = 0;  // 0: the latest
  store::ProposalQuery query;
  Format format = Format::kTable;
  std::vector<std::int64_t> ids;
  std::optional<std::string> quantity, due_date;
};

std::vector<std::string> StateNames() {
  std::vector<std::string> names;
  for (const auto& state : kProposalStates) names.emplace_back(state.name);
  return names;
}

Result<std::int64_t> RunId(sqlite::Database& db, std::int64_t run) {
  if (run > 0) return run;
  auto latest = store::LatestPlanRun(db);
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
  auto proposals = store::FindProposals(**db, args.query);
  if (!proposals) return ReportError("proposals list", proposals.error());
  PrintProposals(std::cout, *proposals, args.format, 0, args.format == Format::kTable);
  return kOk;
}

int Exceptions(ProposalArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("proposals exceptions", db.error());
  auto run = RunId(**db, args.run);
  if (!run) return ReportError("proposals exceptions", run.error());
  auto exceptions = store::LoadExceptions(**db, *run);
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
  return change;
}

int Decide(const ProposalArgs& args, bool approve) {
  const char* verb = approve ? "proposals approve" : "proposals reject";
  auto change = Change(args);
  if (!change) return ReportError(verb, change.error());
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError(verb, db.error());
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
        approve ? "Approve proposals: they become open purchase or transfer orders"
                : "Reject proposals");
    decide->add_option("ids", args->ids, "Proposal ids")->required()->check(CLI::PositiveNumber);
    AddDbOption(*decide, args->db);
    if (approve) {
      decide->add_option("--quantity", args->quantity, "Order this quantity instead");
      decide->add_option("--due-date", args->due_date, "Promised date YYYY-MM-DD instead");
    }
    decide->callback(
        [args, &chosen, approve] { chosen = [args, approve] { return Decide(*args, approve); }; });
  }
}

}  // namespace lagom::cli
