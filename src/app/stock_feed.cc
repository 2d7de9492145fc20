#include "app/stock_feed.h"

namespace lagom::app {

Result<std::int64_t> LatestStockChange(sqlite::Database& db) {
  return store::LatestStockChange(db);
}

Result<StockFeedPage> ReadStockFeed(sqlite::Database& db, const store::AtpFilter& filter,
                                    std::int64_t limit, std::int64_t offset, std::int64_t latest) {
  auto total = store::CountAtp(db, filter);
  if (!total) return total.error();
  auto rows = store::AtpPage(db, filter, limit, offset);
  if (!rows) return rows.error();
  std::int64_t cursor = filter.since ? store::NextCursor(*rows, limit, latest) : latest;
  return StockFeedPage{std::move(*rows), *total, cursor};
}

}  // namespace lagom::app
