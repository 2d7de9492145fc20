// Reservations by sales channels: reserve, release, fulfil. Available to promise never goes
// below zero through them: the check and the write are one IMMEDIATE transaction, so of two
// channels racing for the last unit exactly one gets it and the other a ConstraintViolated
// "insufficient stock …" answer — or, when the caller allows backorders, the part not in
// stock is recorded as backordered (it counts as demand in planning and against the fill
// rate; fulfilling ships what was promised and closes the reservation).
// Each call is idempotent by its key. Thread-safety: as sqlite::Database.
#pragma once

#include <optional>
#include <string>

#include "app/ledger_operation.h"
#include "core/date.h"
#include "core/quantity.h"
#include "engine/ledger/lot_picking.h"
#include "store/ledger_records.h"

namespace lagom::app {

struct ReserveRequest {
  std::string key;  // the reservation's idempotency key and name
  std::string channel, order_ref;
  std::string item, location;
  Date date;
  Quantity quantity;  // > 0
  bool allow_backorder = false;
  std::string user;
};

struct Reserved {
  store::ReservationRow reservation;
  bool replayed = false;  // the key was reserved before: this is that reservation
};

Result<Reserved> Reserve(sqlite::Database& db, const ReserveRequest& request);

// The reservation named `key` as it stands now; nullopt when there is none.
Result<std::optional<store::ReservationRow>> FindReservation(sqlite::Database& db,
                                                             const std::string& key);

// Gives an open reservation's hold back (idempotent: releasing twice is fine).
Result<Reserved> Release(sqlite::Database& db, const std::string& key);

// Ships what the reservation promised as a sale on `date` (lots FEFO unless `pick` says
// otherwise; never expired ones), under the movement key "fulfil/<key>": fulfilling again on
// the same date with the same pick is a replay, with another is refused (KeyReused).
Result<Posted> Fulfil(sqlite::Database& db, const std::string& key, Date date,
                      ledger::PickPolicy pick, const std::string& user);

}  // namespace lagom::app
