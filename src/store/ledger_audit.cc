#include "store/ledger_audit.h"

namespace lagom::store {

namespace {

// Balances from the movements alone (as the ledger migration's triggers should keep them),
// full-outer-joined with the cache.
constexpr const char* kMismatches = R"sql(
WITH parts (item_id, location_id, lot, on_hand, in_transit) AS (
  SELECT item_id, location_id, lot, quantity,
         CASE WHEN type = 'transfer-in' THEN -quantity ELSE 0 END FROM movements
  UNION ALL
  SELECT item_id, other_location_id, lot, 0, -quantity FROM movements
  WHERE type = 'transfer-out'),
derived AS (
  SELECT item_id, location_id, lot, SUM(on_hand) AS on_hand, SUM(in_transit) AS in_transit
  FROM parts GROUP BY item_id, location_id, lot),
joined AS (
  SELECT d.item_id, d.location_id, d.lot, d.on_hand AS d_on, d.in_transit AS d_tr,
         IFNULL(b.on_hand, 0) AS b_on, IFNULL(b.in_transit, 0) AS b_tr
  FROM derived d LEFT JOIN balances b
    ON b.item_id = d.item_id AND b.location_id = d.location_id AND b.lot = d.lot
  UNION ALL
  SELECT b.item_id, b.location_id, b.lot, 0, 0, b.on_hand, b.in_transit FROM balances b
  WHERE NOT EXISTS (SELECT 1 FROM derived d WHERE d.item_id = b.item_id
                    AND d.location_id = b.location_id AND d.lot = b.lot))
SELECT i.code, l.code, j.lot, j.d_on, j.b_on, j.d_tr, j.b_tr
FROM joined j JOIN items i ON i.id = j.item_id JOIN locations l ON l.id = j.location_id
WHERE j.d_on <> j.b_on OR j.d_tr <> j.b_tr ORDER BY i.code, l.code, j.lot)sql";

constexpr const char* kOverPromised = R"sql(
WITH usable AS (
  SELECT b.item_id, b.location_id, SUM(b.on_hand) AS quantity FROM balances b
  LEFT JOIN lots l ON l.item_id = b.item_id AND l.code = b.lot
  WHERE l.expiry IS NULL OR l.expiry >= ?1 GROUP BY b.item_id, b.location_id),
held AS (
  SELECT item_id, location_id, SUM(open) AS quantity FROM reservations
  WHERE status = 'open' GROUP BY item_id, location_id)
SELECT i.code, l.code, IFNULL(u.quantity, 0), h.quantity
FROM held h LEFT JOIN usable u ON u.item_id = h.item_id AND u.location_id = h.location_id
JOIN items i ON i.id = h.item_id JOIN locations l ON l.id = h.location_id
WHERE h.quantity > IFNULL(u.quantity, 0) ORDER BY i.code, l.code)sql";

Quantity Q(const sqlite::Statement& s, int column) {
  return Quantity::FromRaw(s.Int(column));
}

}  // namespace

Result<std::vector<BalanceMismatch>> BalanceMismatches(sqlite::Database& db) {
  auto stmt = db.Prepare(kMismatches);
  if (!stmt) return stmt.error();
  std::vector<BalanceMismatch> out;
  Status read = stmt->ForEach([&] {
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), Q(*stmt, 3), Q(*stmt, 4),
                   Q(*stmt, 5), Q(*stmt, 6)});
  });
  if (!read) return read.error();
  return out;
}

Result<std::vector<OverPromised>> OverPromisedStock(sqlite::Database& db, Date day) {
  auto stmt = db.Prepare(kOverPromised);
  if (!stmt) return stmt.error();
  stmt->Bind(1, day);
  std::vector<OverPromised> out;
  Status read = stmt->ForEach([&] {
    out.push_back({stmt->Text(0), stmt->Text(1), Q(*stmt, 2), Q(*stmt, 3)});
  });
  if (!read) return read.error();
  return out;
}

Result<std::int64_t> CountMovements(sqlite::Database& db) {
  auto stmt = db.Prepare("SELECT COUNT(*) FROM movements");
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  return stmt->Int(0);
}

}  // namespace lagom::store
