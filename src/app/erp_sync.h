// `lagom sync <erp>`: pull what changed in an ERP into Lagom, then push approved purchase
// proposals back. Works with any connectors::ErpConnector.
//
// The pull is all or nothing: every entity's rows are imported with the checks of a CSV
// import (store/csv_import.h) inside one transaction that also saves the new cursor, so a
// failed sync (ERP down, wrong password, a row Lagom cannot take) writes nothing and can be
// run again. The push is idempotent: a proposal pushed once (a record in erp_pushes, or a
// record in the ERP carrying its id) is never pushed again; a pushed record changed or
// deleted in the ERP is reported, not overwritten.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "connectors/erp_connector.h"
#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::app {

struct SyncOptions {
  Date today;                        // decided at the edge
  std::optional<std::string> since;  // overrides the saved cursor; "all" = everything
  bool push = true;
};

struct SyncReport {
  struct Pulled {
    std::string entity;
    int inserted = 0, updated = 0;
  };
  std::vector<Pulled> pulled;
  std::string cursor;
  int pushed = 0;                           // new ERP records this run
  int already_pushed = 0;                   // approved proposals the ERP already had
  std::vector<std::string> remote_changes;  // pushed records changed or deleted in the ERP
  std::vector<std::string> push_errors;  // proposals that could not be pushed (kept for next time)
};

// REQUIRES: `source` names the ERP instance (URL and database) the cursor belongs to.
Result<SyncReport> SyncErp(sqlite::Database& db, connectors::ErpConnector& erp,
                           const std::string& source, const SyncOptions& options);

}  // namespace lagom::app
