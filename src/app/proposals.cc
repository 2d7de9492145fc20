#include "app/proposals.h"

#include "app/order_checks.h"
#include "app/production.h"
#include "core/money.h"

namespace lagom::app {

namespace {

Result<store::ProposalRecord> LoadOpen(sqlite::Database& db, std::int64_t id) {
  store::ProposalQuery query;
  query.id = id;
  auto found = store::FindProposals(db, query);
  if (!found) return found.error();
  if (found->empty()) return NotFound("no order proposal " + std::to_string(id));
  store::ProposalRecord proposal = found->front();
  if (proposal.status != "proposed") {
    return Error{ErrorCode::kConflict,
                 "order proposal " + std::to_string(id) + " is already " + proposal.status};
  }
  return proposal;
}

// What ordering `quantity` on the proposal warns about (order_checks.h), and for a transfer
// a quantity above what its source has available.
Result<std::vector<std::string>> Warnings(sqlite::Database& db, const store::ProposalRecord& p,
                                          Quantity quantity) {
  auto facts = store::LoadProposalFacts(db, p.id);
  if (!facts) return facts.error();
  if (Status whole = CheckWholeUnits(quantity, facts->uom, "quantity"); !whole) {
    return whole.error();
  }
  if (p.kind == "purchase") return OrderQuantityWarnings(quantity, *facts);
  std::vector<std::string> warnings;
  if (p.kind == "transfer" && quantity.raw() > facts->source_available_milli) {
    warnings.push_back(quantity.ToString() + " exceeds the " +
                       Quantity::FromRaw(facts->source_available_milli).ToString() +
                       " available at " + p.source_location_code);
  }
  return warnings;
}

Status Apply(sqlite::Database& db, store::ProposalRecord& proposal, const ProposalChange& change) {
  if (change.quantity) {
    if (change.quantity->raw() <= 0) return InvalidInput("quantity must be greater than zero");
    auto warnings = Warnings(db, proposal, *change.quantity);
    if (!warnings) return warnings.error();
    std::string what = "order proposal " + std::to_string(proposal.id);
    if (Status ok = RefuseUnlessAccepted(*warnings, what, change.accept_warnings); !ok) return ok;
    proposal.quantity_milli = change.quantity->raw();
    proposal.order_value_raw =
        Extend(Money::FromRaw(proposal.unit_price_raw), *change.quantity).raw();
  }
  if (change.due_date) {
    if (*change.due_date < proposal.order_date) {
      return InvalidInput("due_date must not be before the order date " +
                          FormatDate(proposal.order_date));
    }
    proposal.due_date = *change.due_date;
  }
  return {};
}

// Loads the proposal, lets `decide` change it, and stores it — in one transaction.
template <class Decision>
Result<store::ProposalRecord> Decide(sqlite::Database& db, std::int64_t id, Decision&& decide) {
  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  auto proposal = LoadOpen(db, id);
  if (!proposal) return proposal.error();
  if (Status decided = decide(*proposal); !decided) return decided.error();
  if (Status saved = store::UpdateProposal(db, *proposal); !saved) return saved.error();
  if (Status committed = transaction->Commit(); !committed) return committed.error();
  return proposal;
}

}  // namespace

std::string PurchaseOrderNumber(const store::ProposalRecord& proposal) {
  if (!proposal.order_number.empty()) return proposal.order_number;
  const char* prefix = proposal.kind == "transfer"     ? "LT"
                       : proposal.kind == "production" ? "LM"
                                                       : "LG";
  return prefix + std::to_string(proposal.plan_run_id) + "-" + std::to_string(proposal.id);
}

Result<store::ProposalRecord> EditProposal(sqlite::Database& db, std::int64_t id,
                                           const ProposalChange& change) {
  return Decide(db, id, [&](store::ProposalRecord& p) { return Apply(db, p, change); });
}

Result<store::ProposalRecord> ApproveProposal(sqlite::Database& db, std::int64_t id,
                                              const ProposalChange& change) {
  return Decide(db, id, [&](store::ProposalRecord& p) -> Status {
    if (Status applied = Apply(db, p, change); !applied) return applied;
    p.status = "approved";
    p.state = p.status;
    p.order_number = PurchaseOrderNumber(p);
    if (p.kind == "transfer") return store::InsertTransferOrder(db, PurchaseOrderNumber(p), p);
    if (p.kind == "production") {
      return CreateProductionOrder(db, {PurchaseOrderNumber(p), p.item_id, p.location_id,
                                        p.quantity_milli, p.order_date, p.due_date, "planned"});
    }
    if (!p.supplier_id) {
      return Error{ErrorCode::kConstraintViolated,
                   "order proposal " + std::to_string(id) +
                       " has no supplier; add supply terms for item '" + p.item_code + "' first"};
    }
    return store::InsertPurchaseOrder(db, p.order_number, 1, p);
  });
}

Result<store::ProposalRecord> RejectProposal(sqlite::Database& db, std::int64_t id) {
  return Decide(db, id, [](store::ProposalRecord& p) -> Status {
    p.status = "rejected";
    p.state = p.status;
    return {};
  });
}

}  // namespace lagom::app
