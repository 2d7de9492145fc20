// Receiving goods against an open purchase order line (or free, without one): the receipt
// movement, the line's received quantity and status, and the receipt's record for supplier
// performance — all in one transaction, idempotent by key.
//
//   partial receipts add up; the line closes when it is received in full or on request;
//   over-delivery (more than ordered in total) is refused unless allowed;
//   on time = received on or before the line's due date; in full = the line has all it
//   ordered; actual lead time = receipt date − order date.
//
// A barcode (GS1 element string, Digital Link or RFID tag's EPC) may supply the item (by GTIN),
// lot, expiry (AI 17, else best before 15) and quantity (AI 30 or 37). Thread-safety: as
// sqlite::Database.
#pragma once

#include <optional>
#include <string>

#include "app/ledger_operation.h"
#include "core/date.h"
#include "core/money.h"
#include "core/quantity.h"

namespace lagom::app {

struct ReceiptRequest {
  std::string key;
  Date date;
  std::string po_number;  // empty = a free receipt
  int po_line = 0;
  std::string item, location;  // free receipts; with a PO line they must match if given
  std::string lot;
  std::optional<Date> expiry;
  std::optional<Quantity> quantity;
  std::optional<Money> unit_cost;  // default: the line's price, else the item's cost
  std::string barcode;             // optional GS1 element string
  bool close_line = false;
  bool allow_over_delivery = false;
  bool accept_expired = false;  // a lot received after its expiry date (refused otherwise)
  std::string user;
};

struct ReceiptOutcome {
  Posted posted;
  bool against_order = false;
  Quantity ordered, received;  // the line's totals after this receipt
  bool closed = false, on_time = false, in_full = false;
  std::optional<int> lead_time_days;
};

Result<ReceiptOutcome> Receive(sqlite::Database& db, ReceiptRequest request);

// What a GS1 element string tells a receipt: the item (by its GTIN, when the code has one),
// lot, expiry (AI 17, else best before 15) and quantity (AI 30, else 37). InvalidInput
// "barcode: …" with the parser's reason when it is malformed; NotFound for an unknown GTIN.
struct ScannedGoods {
  std::string item, gtin, lot, serial;
  std::optional<Date> expiry;
  std::optional<Quantity> quantity;
};
Result<ScannedGoods> ReadBarcode(sqlite::Database& db, const std::string& barcode, Date today);

}  // namespace lagom::app
