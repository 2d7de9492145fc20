// The stock feed for sales channels: available to promise per stock point (item@location)
// in one query over the ledger's balances — on hand in lots not expired on `today`, less
// what open reservations hold (the rule of app/availability.h; ATP may be below zero when
// lots expired or were scrapped after they were promised). Stock points with a balance row
// or an open reservation, by item code then location code. Reads only.
//
// Incremental feed: the stock_changes table (migration 8) gives each stock point the id of
// its latest change that can move ATP; ids only grow. A cursor is such an id (0 = before
// every change). `since` lists the stock points changed after a cursor, by change, so that a
// page of them ends at a cursor (NextCursor) from which the next poll continues. Lots that
// expire as days pass are no change: a channel re-reads the full feed when its date moves.
// Thread-safety: as sqlite::Database.
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

struct AtpRow {
  std::string item, location;  // codes
  Quantity on_hand, expired, reserved;
  std::int64_t change = 0;  // the stock point's latest change; 0 in the full feed
  Quantity atp() const { return on_hand - expired - reserved; }
};

// Which stock points: all, or those of one location and/or one item (codes; empty = all);
// with `since`, only those changed after that cursor.
struct AtpFilter {
  std::string item, location;
  Date today;
  std::optional<std::int64_t> since;
};

// A page of the feed: by item and location code, or with `since` by change.
Result<std::vector<AtpRow>> AtpPage(sqlite::Database& db, const AtpFilter& filter,
                                    std::int64_t limit, std::int64_t offset);
Result<std::int64_t> CountAtp(sqlite::Database& db, const AtpFilter& filter);

// The latest change id (0 when none): the cursor of a full feed read after it.
Result<std::int64_t> LatestStockChange(sqlite::Database& db);

// Where the next poll continues after `page` of the changes since a cursor, read with
// `limit` (offset 0) after LatestStockChange gave `latest`: a full page ends at its last
// change (later ones come next time, whatever changes meanwhile); a short page held every
// change up to its read, so the cursor is `latest` or the page's last change, if later.
std::int64_t NextCursor(const std::vector<AtpRow>& page, std::int64_t limit, std::int64_t latest);

}  // namespace lagom::store
