// What a scan or a typed code at the receiving dock matches, and the open purchase order
// lines to receive it against:
//   - a GS1 element string ("(01)…(17)…(10)…", or the raw form with GS separators and an
//     optional symbology identifier): its GTIN names the item; lot, expiry and quantity
//     come along (ReadBarcode in receiving.h);
//   - a bare GTIN-8/12/13/14 (what a scanner sends for an EAN or UPC): the item with that
//     GTIN — or, when none has it, the digits as an item code or order number;
//   - otherwise the code of an item, or a purchase order number.
// Reads only. Thread-safety: as sqlite::Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/receiving.h"
#include "core/date.h"
#include "store/stock_point_store.h"

namespace lagom::app {

enum class ScanKind { kGs1, kItem, kOrder, kNone };
const char* ScanKindName(ScanKind kind);  // "gs1", "item", "order", "none"

struct ScanMatch {
  ScanKind kind = ScanKind::kNone;
  ScannedGoods goods;                       // item code (when known), GTIN, lot, expiry, quantity
  std::vector<store::LineToReceive> lines;  // open lines, by due date (at most 100)
};

// InvalidInput (naming the GS1 rule broken) for a malformed element string, NotFound for a
// GTIN no item has. A code that matches nothing is kind kNone with no lines, not an error.
Result<ScanMatch> MatchScan(sqlite::Database& db, const std::string& code, Date today);

}  // namespace lagom::app
