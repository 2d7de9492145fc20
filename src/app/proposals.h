// The planner's decisions on order proposals: edit, approve (the proposal becomes an open
// purchase order line, i.e. a scheduled receipt that the next plan counts), or reject.
// Each decision is one transaction; only a proposal still "proposed" can be decided.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/quantity.h"
#include "core/result.h"
#include "store/plan_store.h"
#include "store/sqlite.h"

namespace lagom::app {

struct ProposalChange {
  std::optional<Quantity> quantity;  // > 0
  std::optional<Date> due_date;      // not before the order date
};

Result<store::ProposalRecord> EditProposal(sqlite::Database& db, std::int64_t id,
                                           const ProposalChange& change);

// Applies `change`, then creates purchase order "LG<run>-<proposal>" line 1, for a
// transfer proposal transfer order "LT<run>-<proposal>", for a production proposal the
// planned (firm) production order "LM<run>-<proposal>" (app/production.h). A purchase proposal without a
// supplier cannot be approved (kConstraintViolated). A held or deferred proposal can: the
// planner overrides the hold.
Result<store::ProposalRecord> ApproveProposal(sqlite::Database& db, std::int64_t id,
                                              const ProposalChange& change);

Result<store::ProposalRecord> RejectProposal(sqlite::Database& db, std::int64_t id);

// The purchase, transfer or production order number an approved proposal gets.
std::string PurchaseOrderNumber(const store::ProposalRecord& proposal);

}  // namespace lagom::app
