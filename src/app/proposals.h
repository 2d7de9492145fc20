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
  std::optional<Quantity> quantity;  // > 0; whole for a whole-unit item (app/order_checks.h)
  std::optional<Date> due_date;      // not before the order date
  // Order anyway what the checks warn about: a changed quantity below the supply terms'
  // minimum or off their pack size, a transfer above its source's available stock.
  bool accept_warnings = false;
};

Result<store::ProposalRecord> EditProposal(sqlite::Database& db, std::int64_t id,
                                           const ProposalChange& change);

// Applies `change` (kConstraintViolated listing the warnings it raises unless accepted),
// then creates purchase order "LG<run>-<proposal>" line 1, for a
// transfer proposal transfer order "LT<run>-<proposal>", for a production proposal the
// planned (firm) production order "LM<run>-<proposal>" (app/production.h). A purchase proposal
// without a supplier cannot be approved (kConstraintViolated). A held or deferred proposal can: the
// planner overrides the hold.
Result<store::ProposalRecord> ApproveProposal(sqlite::Database& db, std::int64_t id,
                                              const ProposalChange& change);

Result<store::ProposalRecord> RejectProposal(sqlite::Database& db, std::int64_t id);

// The purchase, transfer or production order number an approved proposal got (its
// order_number), or gets when approved on its own.
std::string PurchaseOrderNumber(const store::ProposalRecord& proposal);

}  // namespace lagom::app
