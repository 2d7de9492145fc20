// The stock feed for sales channels: available to promise per stock point (item@location)
// in one query over the ledger's balances — on hand in lots not expired on `today`, less
// what open reservations hold (the rule of app/availability.h; ATP may be below zero when
// lots expired or were scrapped after they were promised). Stock points with a balance row
// or an open reservation, by item code then location code. Reads only.
// Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/quantity.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct AtpRow {
  std::string item, location;  // codes
  Quantity on_hand, expired, reserved;
  Quantity atp() const { return on_hand - expired - reserved; }
};

// Which stock points: all, or those of one location and/or one item (codes; empty = all).
struct AtpFilter {
  std::string item, location;
  Date today;
};

Result<std::vector<AtpRow>> AtpPage(sqlite::Database& db, const AtpFilter& filter,
                                    std::int64_t limit, std::int64_t offset);
Result<std::int64_t> CountAtp(sqlite::Database& db, const AtpFilter& filter);

}  // namespace lagom::store
