// What a stock point (item@location) holds on a given day: on hand by lot, what is expired,
// what open reservations hold, and what is available to promise (ATP):
//   ATP = on hand in lots not expired that day − open reservations.
// Reads only; call it inside the transaction whose write it guards.
#pragma once

#include <cstdint>
#include <string>
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

// The same for a stock point named by codes; NotFound names an unknown item or location.
Result<Availability> LoadAvailability(sqlite::Database& db, const std::string& item_code,
                                      const std::string& location_code, Date today);

// "insufficient stock: 3 available to promise (5 on hand, 2 reserved), 4 requested".
Error InsufficientStock(const Availability& stock, Quantity requested);

}  // namespace lagom::app
