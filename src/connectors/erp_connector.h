// What Lagom needs from an ERP, whatever the ERP: a pull of what changed since a cursor, as
// rows of Lagom's importable entities (store/entities.h names their columns), and a push of
// approved order proposals that the ERP finds again by the proposal id it carries. An ERP is
// one implementation of ErpConnector in a folder of its own (tryton/ speaks JSON-RPC;
// Odoo's JSON-RPC or ERPNext's REST would be a sibling); app/erp_sync runs any of them.
// Thread-safety: a connector belongs to one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "core/result.h"

namespace lagom::connectors {

// Where the ERP is and who logs in. The password comes from the environment, never the
// command line (app/erp_sync's caller reads it).
struct ErpEndpoint {
  std::string url;       // e.g. http://127.0.0.1:8000
  std::string database;  // the ERP's database name
  std::string user;
  std::string password;
};

// Rows of one Lagom entity, in the column vocabulary of its CSV import ("items":
// code,name,type,uom,…). `origins[i]` names where row i came from in the ERP
// ("product.product 7"), so a rejected row is reported in the ERP's own terms.
struct EntityRows {
  std::string entity;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> origins;
};

struct PullRequest {
  // The cursor the previous pull returned; nullopt pulls everything.
  std::optional<std::string> since;
  Date today;         // stock on hand is as of this date (decided at the edge)
  PeriodKind period;  // demand history is pulled by whole buckets of this period
};

struct PullResult {
  // In the order they must be imported (locations, suppliers, items before what refers to
  // them); an entity with nothing changed is left out.
  std::vector<EntityRows> batches;
  std::string cursor;  // the next pull's `since`; unchanged when nothing changed
};

// What an approved proposal asks for: to buy (a purchase request or draft purchase, as the
// PushTarget says) or to make (a draft production order of the item's bill of materials).
enum class ProposalKind { kPurchase, kProduction };

// An approved proposal, in codes both systems share.
struct ProposalToPush {
  std::int64_t proposal_id = 0;
  ProposalKind kind = ProposalKind::kPurchase;
  std::string item, location, supplier;  // supplier empty: none chosen
  std::int64_t quantity_milli = 0;
  std::int64_t unit_price_raw = 0;  // Money raw (1/10000); purchases only
  Date order_date, due_date;        // a production starts on order_date
};

enum class PushTarget { kPurchaseRequest, kDraftPurchase };

// A record the ERP holds for a proposal: its reference ("purchase.request 12",
// "production 3"), the quantity
// it has now, and whether it is still what Lagom pushed.
struct RemoteRecord {
  std::string reference;
  bool exists = true;
  std::int64_t quantity_milli = 0;
  std::string state;  // the ERP's word ("draft", "cancelled" …)
  // Set by Push: false when the ERP already had a record for the proposal (an earlier push
  // whose answer was lost).
  bool created = false;
};

class ErpConnector {
 public:
  virtual ~ErpConnector() = default;
  // "tryton": the name sync state and pushes are kept under.
  virtual std::string name() const = 0;
  // Logs in; a wrong password or an unreachable server is an error naming the URL.
  virtual Status Connect() = 0;
  // What changed since `request.since`. A row the ERP holds but Lagom cannot take (a product
  // without a code, a unit Lagom does not know) fails the whole pull, naming the record.
  virtual Result<PullResult> Pull(const PullRequest& request) = 0;
  // The record carrying `proposal.proposal_id` if the ERP has one (an earlier push whose
  // answer was lost), else a new one. Never a second record for the same proposal.
  // `target` says where a purchase goes; a production is always a draft production order.
  virtual Result<RemoteRecord> Push(const ProposalToPush& proposal, PushTarget target) = 0;
  // The record as the ERP holds it now (exists = false when deleted).
  virtual Result<RemoteRecord> Look(const std::string& reference) = 0;
};

}  // namespace lagom::connectors
