#include "store/stock_feed.h"

#include <algorithm>

namespace lagom::store {

namespace {

// ?1 today, ?2 item code or '', ?3 location code or '', ?4 the cursor or NULL. The stock
// points are every one with a balance row or an open reservation (no cursor) or those changed
// after the cursor; either way the balances and reservations are read for those points only.
constexpr std::string_view kPoints = R"sql(
WITH points AS (
  SELECT item_id, location_id, 0 AS change FROM balances WHERE ?4 IS NULL
  UNION SELECT item_id, location_id, 0 FROM reservations WHERE ?4 IS NULL AND status = 'open'
  UNION ALL SELECT item_id, location_id, id FROM stock_changes WHERE id > ?4),
stock AS (
  SELECT b.item_id, b.location_id, SUM(b.on_hand) AS on_hand,
         SUM(CASE WHEN lo.expiry < ?1 THEN b.on_hand ELSE 0 END) AS expired
  FROM points p JOIN balances b ON b.item_id = p.item_id AND b.location_id = p.location_id
  LEFT JOIN lots lo ON lo.item_id = b.item_id AND lo.code = b.lot
  GROUP BY b.item_id, b.location_id),
held AS (
  SELECT r.item_id, r.location_id, SUM(r.open) AS reserved
  FROM points p JOIN reservations r ON r.item_id = p.item_id AND r.location_id = p.location_id
  WHERE r.status = 'open' GROUP BY r.item_id, r.location_id)
SELECT i.code, l.code, IFNULL(s.on_hand, 0), IFNULL(s.expired, 0), IFNULL(h.reserved, 0),
       p.change
FROM points p JOIN items i ON i.id = p.item_id JOIN locations l ON l.id = p.location_id
LEFT JOIN stock s ON s.item_id = p.item_id AND s.location_id = p.location_id
LEFT JOIN held h ON h.item_id = p.item_id AND h.location_id = p.location_id
WHERE (?2 = '' OR i.code = ?2) AND (?3 = '' OR l.code = ?3)
)sql";

Result<sqlite::Statement> Prepare(sqlite::Database& db, const std::string& sql,
                                  const AtpFilter& filter) {
  auto stmt = db.Prepare(sql);
  if (!stmt) return stmt.error();
  stmt->Bind(1, filter.today);
  stmt->Bind(2, std::string_view(filter.item));
  stmt->Bind(3, std::string_view(filter.location));
  stmt->Bind(4, filter.since);
  return stmt;
}

}  // namespace

Result<std::vector<AtpRow>> AtpPage(sqlite::Database& db, const AtpFilter& filter,
                                    std::int64_t limit, std::int64_t offset) {
  const char* order = filter.since ? " ORDER BY p.change" : " ORDER BY i.code, l.code";
  auto stmt = Prepare(db, std::string(kPoints) + order + " LIMIT ?5 OFFSET ?6", filter);
  if (!stmt) return stmt.error();
  stmt->Bind(5, limit);
  stmt->Bind(6, offset);
  std::vector<AtpRow> rows;
  Status read = stmt->ForEach([&] {
    rows.push_back({stmt->Text(0), stmt->Text(1), Quantity::FromRaw(stmt->Int(2)),
                    Quantity::FromRaw(stmt->Int(3)), Quantity::FromRaw(stmt->Int(4)),
                    stmt->Int(5)});
  });
  if (!read) return read.error();
  return rows;
}

Result<std::int64_t> CountAtp(sqlite::Database& db, const AtpFilter& filter) {
  auto stmt = Prepare(db, "SELECT COUNT(*) FROM (" + std::string(kPoints) + ")", filter);
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  return stmt->Int(0);
}

Result<std::int64_t> LatestStockChange(sqlite::Database& db) {
  auto stmt = db.Prepare("SELECT IFNULL(MAX(id), 0) FROM stock_changes");
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  return stmt->Int(0);
}

std::int64_t NextCursor(const std::vector<AtpRow>& page, std::int64_t limit, std::int64_t latest) {
  if (page.empty()) return latest;
  if (std::ssize(page) == limit) return page.back().change;
  return std::max(latest, page.back().change);
}

}  // namespace lagom::store
