// Supplier orders as the buyer's unit of work. A run's purchase proposals are grouped into
// one draft order per supplier and delivery location, measured against the supplier's
// minimum order value, free-freight threshold and container; its transfer proposals into
// one draft per source location, each line against the stock the source has available.
// A draft is approved, or rejected, as a whole: approval makes ONE purchase order with a
// line per proposal (or one transfer order per line), in one transaction.
// Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/order_facts.h"
#include "store/plan_store.h"
#include "store/sqlite.h"

namespace lagom::app {

struct DraftLine {
  store::ProposalRecord proposal;
  store::OrderLineFacts facts;
  std::vector<std::string> warnings;  // e.g. a transfer above its source's available stock
};

struct DraftOrder {
  std::string kind;                          // "purchase" or "transfer"
  std::string supplier_code, supplier_name;  // purchase; empty: proposals without a supplier
  std::string location_code;                 // purchase: the delivery location
  std::string source_location_code;          // transfer: where the goods leave from
  std::vector<DraftLine> lines;              // largest value first
  // What will be ordered: lines that count as ordered (core/proposal_state.h), Money raw.
  std::int64_t value_raw = 0;
  int lines_to_order = 0;  // lines still awaiting a decision that count as ordered
  std::int64_t min_order_value_raw = 0, free_freight_raw = 0;  // the supplier's; 0: none
  // The supplier's container, if it has one: how many the ordered lines need, how full.
  int containers = 0;
  double container_fill = 0;  // 0–1, the fullest dimension
  std::vector<std::string> warnings;
};

struct DraftQuery {
  std::int64_t run_id = 0;
  std::string supplier, location;  // codes; empty: all. A transfer draft matches `location`
                                   // by its source.
  std::string kind;                // "purchase", "transfer" or empty: both
};

// Purchase drafts by supplier code (no supplier last) and location, then transfer drafts.
Result<std::vector<DraftOrder>> LoadDraftOrders(sqlite::Database& db, const DraftQuery& query);

struct SupplierApproval {
  std::int64_t run_id = 0;
  std::string supplier;  // code; required
  std::string location;  // only this delivery location; empty: every one
  // Approve a draft below the supplier's minimum order value anyway.
  bool accept_warnings = false;
};

struct ApprovedOrder {
  std::string po_number, supplier_code, location_code;
  int lines = 0;
  std::int64_t value_raw = 0;
};

// Approves the supplier's proposals that will be ordered (awaiting a decision, not deferred
// or held) into one purchase order per delivery location, numbered "LG<run>-<first
// proposal id>" with lines 1…N in value order. NotFound for an unknown supplier or when it
// has nothing to approve; kConstraintViolated when a draft is below the minimum order value
// and the warning is not accepted. All or nothing.
Result<std::vector<ApprovedOrder>> ApproveSupplierOrder(sqlite::Database& db,
                                                        const SupplierApproval& approval);

// Rejects every proposal of the supplier's draft(s) still awaiting a decision; how many.
Result<int> RejectSupplierOrder(sqlite::Database& db, const SupplierApproval& order);

// Undoes a rejection: the proposal awaits a decision again, in the state the plan gave it.
Result<store::ProposalRecord> ReopenProposal(sqlite::Database& db, std::int64_t id);

// The document of an approved purchase order, to send to its supplier: its lines, supplier
// and totals. NotFound when there is no purchase order `po_number`.
Result<store::OrderDocument> LoadOrderDocument(sqlite::Database& db, const std::string& po_number);

}  // namespace lagom::app
