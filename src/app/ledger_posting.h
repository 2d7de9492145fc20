// Posting a movement of stock: `lagom move` and the API behind it. One call is one
// operation under one idempotency key; it may write several movements (an issue picked from
// two lots, a transfer out and in). The same key again answers the first result.
//
// Rules on top of the database's (no negative on hand or in transit, sign by type):
//   - sale, issue, consume, transfer out: from lots that have not expired on the movement's
//     date, picked FEFO by default (FIFO, or a named lot), and never from stock that open
//     reservations hold (available to promise);
//   - scrap of a named lot takes it, expired or not (that is how expired stock leaves);
//     scrap without a lot picks like an issue but may take reserved stock (damage is real);
//   - a transfer arrives at once unless `in_transit`; then `transfer-in` receives it later;
//   - a transfer naming its transfer order ships or receives against it
//     (app/transfer_order_posting.h);
//   - stock coming in is valued at the given unit cost, else the item's unit cost;
//   - a lot coming in with an expiry date before the movement's date is refused unless
//     `accept_expired` says it is meant.
// Thread-safety: as sqlite::Database.
#pragma once

#include <optional>
#include <string>

#include "app/ledger_operation.h"
#include "core/date.h"
#include "core/money.h"
#include "core/quantity.h"
#include "engine/ledger/lot_picking.h"
#include "engine/ledger/movement.h"

namespace lagom::app {

struct MovementRequest {
  std::string key;  // idempotency key, required
  ledger::MovementType type = ledger::MovementType::kIssue;
  Date date;
  std::string item, location;  // codes
  std::string other_location;  // transfers: where to (out) or where from (in)
  std::string lot;             // stock coming in: its lot; going out: "" = pick by `pick`
  std::optional<Date> expiry;  // of the lot coming in
  Quantity quantity;           // > 0 (direction from the type); adjustments: signed
  std::optional<Money> unit_cost;
  std::optional<Money> price;  // sales: per unit (default the item's price)
  Money amount;                // write-downs: the reduction in value, > 0
  bool in_transit = false;     // transfer out: leave it on its way
  std::string transfer_order;  // transfers: the transfer order shipped or received, or ""
  ledger::PickPolicy pick = ledger::PickPolicy::kFefo;
  std::string reference, user;
  bool accept_expired = false;  // a lot coming in after its expiry date (refused otherwise)
};

Result<Posted> PostMovement(sqlite::Database& db, const MovementRequest& request);

// Adds the movements of `request` to an operation open in `writer` (its key is the
// writer's), by the same rules.
Status PostInto(MovementWriter& writer, const MovementRequest& request);

// Stock coming in (receipt, production output, return, opening …) for an operation open in
// `writer`, at the request's unit cost, else the item's.
Status PostIncoming(MovementWriter& writer, const MovementRequest& request);

// Scraps every lot of `location` (and of `item`, unless empty) that expired before `date`.
// Posted under `key`, one movement per lot; none when nothing has expired.
Result<Posted> WriteOffExpired(sqlite::Database& db, const std::string& key, Date date,
                               const std::string& location, const std::string& item,
                               const std::string& user);

// A reservation that an issue fulfils: its hold on the stock is the issue's to use.
struct ReservationHold {
  std::int64_t reservation_id = 0;
  Quantity quantity;
};

// Takes `request.quantity` out of a stock point for an operation open in `writer`, as
// PostMovement does for `request.type` (lot picking, expiry, available to promise).
Status TakeOut(MovementWriter& writer, const MovementRequest& request,
               std::optional<ReservationHold> hold = {});

}  // namespace lagom::app
