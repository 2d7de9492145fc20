#include "store/stock_feed.h"

namespace lagom::store {

namespace {

// ?1 today, ?2 item code or '', ?3 location code or ''.
constexpr std::string_view kPoints = R"sql(
WITH stock AS (
  SELECT b.item_id, b.location_id, SUM(b.on_hand) AS on_hand,
         SUM(CASE WHEN lo.expiry < ?1 THEN b.on_hand ELSE 0 END) AS expired
  FROM balances b LEFT JOIN lots lo ON lo.item_id = b.item_id AND lo.code = b.lot
  GROUP BY b.item_id, b.location_id),
held AS (
  SELECT item_id, location_id, SUM(open) AS reserved FROM reservations
  WHERE status = 'open' GROUP BY item_id, location_id),
points AS (
  SELECT item_id, location_id FROM stock UNION SELECT item_id, location_id FROM held)
SELECT i.code, l.code, IFNULL(s.on_hand, 0), IFNULL(s.expired, 0), IFNULL(h.reserved, 0)
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
  return stmt;
}

}  // namespace

Result<std::vector<AtpRow>> AtpPage(sqlite::Database& db, const AtpFilter& filter,
                                    std::int64_t limit, std::int64_t offset) {
  auto stmt =
      Prepare(db, std::string(kPoints) + " ORDER BY i.code, l.code LIMIT ?4 OFFSET ?5", filter);
  if (!stmt) return stmt.error();
  stmt->Bind(4, limit);
  stmt->Bind(5, offset);
  std::vector<AtpRow> rows;
  Status read = stmt->ForEach([&] {
    rows.push_back({stmt->Text(0), stmt->Text(1), Quantity::FromRaw(stmt->Int(2)),
                    Quantity::FromRaw(stmt->Int(3)), Quantity::FromRaw(stmt->Int(4))});
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

}  // namespace lagom::store
