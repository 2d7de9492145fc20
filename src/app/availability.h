// What a stock point (item@location) holds on a given day: on hand by lot, what is expired,
// what open reservations hold, and what is available to promise (ATP):
//   ATP = on hand in lots not expired that day − open reservations.
// Reads only; call it inside the transaction whose write it guards.
#pragma once

#include <cstdint>
#include <vector>

#include "core/date.h"
#include "core/quantity.h"
#include "core/result.h"
#include "engine/ledger/lot_picking.h"
#include "store/sqlite.h"

namespace lagom::app {

struct Availability {
  std::vector<ledger::LotStock> lots;  // with stock on hand
  Quantity on_hand, usable, expired, reserved;
  Quantity atp() const { return usable - reserved; }
};

Result<Availability> LoadAvailability(sqlite::Database& db, std::int64_t item_id,
                                      std::int64_t location_id, Date today);

// "insufficient stock: 3 available to promise (5 on hand, 2 reserved), 4 requested".
Error InsufficientStock(const Availability& stock, Quantity requested);

}  // namespace lagom::app
