// What Lagom keeps about an ERP it syncs with (migration 18): the pull's cursor per ERP and
// source (its URL and database), and which approved proposal became which ERP record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct ErpSource {
  std::string erp;     // "tryton"
  std::string source;  // "<url>/<database>"
};

// The cursor the last successful pull saved; nullopt before the first.
Result<std::optional<std::string>> ReadSyncCursor(sqlite::Database& db, const ErpSource& at);
Status SaveSyncCursor(sqlite::Database& db, const ErpSource& at, const std::string& cursor);

// An approved purchase or production proposal, in codes.
struct ApprovedProposal {
  std::int64_t proposal_id = 0;
  std::string kind;  // "purchase" or "production"

  std::string item, location, supplier;  // supplier empty when none
  std::int64_t quantity_milli = 0;
  std::int64_t unit_price_raw = 0;
  Date order_date, due_date;
};

// Approved purchase and production proposals that have no push record for `at`, by id
// (transfers stay inside Lagom: the ERP's own stock moves report them).
Result<std::vector<ApprovedProposal>> UnpushedProposals(sqlite::Database& db, const ErpSource& at);

struct PushRecord {
  std::int64_t proposal_id = 0;
  std::string reference;            // the ERP's record ("purchase.request 12")
  std::int64_t quantity_milli = 0;  // as pushed
};

// REQUIRES: no record yet for (at, proposal_id).
Status RecordPush(sqlite::Database& db, const ErpSource& at, const PushRecord& push);
Result<std::vector<PushRecord>> PushRecords(sqlite::Database& db, const ErpSource& at);

}  // namespace lagom::store
