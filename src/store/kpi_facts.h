// What the inventory KPIs read besides the ledger's movements and the location codes
// (classification_store): counts and sales requests in a period, and receipts against
// purchase order lines. SQL only; the arithmetic is engine/ledger/kpi's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/quantity.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

// One count (counts 1, matching 1 when the count agreed with the ledger) or one reservation
// request (requested, backordered) dated within [from, to].
struct CountOrRequest {
  std::int64_t item_id = 0, location_id = 0;
  int counts = 0, matching_counts = 0;
  Quantity requested, backordered;
};
Result<std::vector<CountOrRequest>> LoadCountsAndRequests(sqlite::Database& db, Date from, Date to);

// One receipt dated within [from, to], by supplier code then date.
struct SupplierReceipt {
  std::string supplier;
  bool on_time = false;                  // received on or before the line's due date
  bool closes_line = false;              // this receipt closed its line
  bool line_in_full = false;             // the line had all it ordered with this receipt
  std::optional<double> lead_time_days;  // from the order date, when the line has one
};
Result<std::vector<SupplierReceipt>> LoadSupplierReceipts(sqlite::Database& db, Date from, Date to);

}  // namespace lagom::store
