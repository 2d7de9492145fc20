// The stock feed a sales channel polls: available to promise per stock point, in full or
// incrementally by cursor (store/stock_feed.h says what ATP and a cursor are). Reads only;
// thread-safety as sqlite::Database.
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "store/sqlite.h"
#include "store/stock_feed.h"

namespace lagom::app {

// The latest stock change's id (0 when none). Read it before the page: a change landing in
// between comes again next time rather than never.
Result<std::int64_t> LatestStockChange(sqlite::Database& db);

struct StockFeedPage {
  std::vector<store::AtpRow> rows;
  std::int64_t total = 0;   // stock points matching the filter, ignoring the page
  std::int64_t cursor = 0;  // where the next poll continues (`since`)
};

// One page of the feed (`offset` is 0 with `filter.since`: changes are paged by cursor).
// `latest`: LatestStockChange, read before; the cursor is `latest` for a full read, else
// where this page of changes ends (store::NextCursor).
Result<StockFeedPage> ReadStockFeed(sqlite::Database& db, const store::AtpFilter& filter,
                                    std::int64_t limit, std::int64_t offset, std::int64_t latest);

}  // namespace lagom::app
