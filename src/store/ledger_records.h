// The ledger's records beside the movements: reservations, cycle counts, purchase order
// lines being received and the receipts against them. SQL only; the rules live in app/.
// REQUIRES for every write: the caller holds a transaction. Thread-safety as sqlite::Database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct ReservationRow {
  std::int64_t id = 0;
  std::string key;
  std::string channel, order_ref;
  std::int64_t item_id = 0, location_id = 0;
  Date date;
  Quantity requested, promised, backordered, open, fulfilled;
  std::string status = "open";  // open, released, fulfilled
  std::string user;
};

Result<std::optional<ReservationRow>> FindReservation(sqlite::Database& db, const std::string& key);
Result<std::int64_t> InsertReservation(sqlite::Database& db, const ReservationRow& row);
// Writes open, fulfilled and status of an existing reservation.
Status UpdateReservation(sqlite::Database& db, const ReservationRow& row);
// What open reservations hold of an item at a location.
Result<Quantity> OpenReserved(sqlite::Database& db, std::int64_t item_id, std::int64_t location_id);

struct CountRow {
  std::string key;
  Date date;
  std::int64_t item_id = 0, location_id = 0;
  std::string lot;
  Quantity system_quantity, counted;
  std::optional<std::int64_t> movement_id;
  std::string user;
};
Result<std::optional<CountRow>> FindCount(sqlite::Database& db, const std::string& key);
Status InsertCount(sqlite::Database& db, const CountRow& row);

struct PoLine {
  std::int64_t id = 0;
  std::int64_t supplier_id = 0, item_id = 0, location_id = 0;
  Quantity ordered, received;
  Money unit_price;
  std::optional<Date> order_date;
  Date due_date;
  std::string status;  // open, closed
};
Result<PoLine> LoadPoLine(sqlite::Database& db, const std::string& po_number, int line);
Status UpdatePoLine(sqlite::Database& db, const PoLine& line);

struct ReceiptRow {
  std::int64_t movement_id = 0;
  Date date;
  Quantity quantity;
  Quantity received_before;  // on the line before this receipt
  PoLine line;               // as it stood before this receipt
  bool closes_line = false;  // this receipt closed the line (in full or short)
};
Status InsertReceipt(sqlite::Database& db, const ReceiptRow& row);

}  // namespace lagom::store
