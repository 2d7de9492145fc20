#include "store/ledger_store.h"

#include "core/limits.h"

namespace lagom::store {

namespace {

constexpr const char* kMovementColumns =
    "id, key, line, type, date, item_id, location_id, lot, expiry, quantity, unit_cost, amount, "
    "price, other_location_id, reservation_id, reference, user";

std::optional<Money> OptionalMoney(const sqlite::Statement& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return Money::FromRaw(row.Int(column));
}

Result<std::optional<Date>> OptionalDate(const sqlite::Statement& row, int column) {
  if (row.IsNull(column)) return std::optional<Date>();
  auto date = ParseDate(row.Text(column));
  if (!date) return date.error();
  return std::optional<Date>(*date);
}

Result<MovementRow> ReadMovement(const sqlite::Statement& s) {
  MovementRow m;
  m.id = s.Int(0);
  m.key = s.Text(1);
  m.line = static_cast<int>(s.Int(2));
  m.type = s.Text(3);
  auto date = ParseDate(s.Text(4));
  auto expiry = OptionalDate(s, 8);
  if (!date) return date.error();
  if (!expiry) return expiry.error();
  m.date = *date;
  m.expiry = *expiry;
  m.item_id = s.Int(5);
  m.location_id = s.Int(6);
  m.lot = s.Text(7);
  m.quantity = Quantity::FromRaw(s.Int(9));
  m.unit_cost = Money::FromRaw(s.Int(10));
  m.amount = Money::FromRaw(s.Int(11));
  m.price = OptionalMoney(s, 12);
  m.other_location_id = s.OptionalInt(13);
  m.reservation_id = s.OptionalInt(14);
  m.reference = s.Text(15);
  m.user = s.Text(16);
  return m;
}

Result<std::vector<MovementRow>> ReadMovements(sqlite::Statement& stmt) {
  std::vector<MovementRow> rows;
  Status read = stmt.ForEach([&]() -> Status {
    auto row = ReadMovement(stmt);
    if (!row) return row.error();
    rows.push_back(std::move(*row));
    return {};
  });
  if (!read) return read.error();
  return rows;
}

void BindOptionalDate(sqlite::Statement& stmt, int index, const std::optional<Date>& date) {
  if (date) {
    stmt.Bind(index, *date);
  } else {
    stmt.BindNull(index);
  }
}

// The limits of core/limits.h, named by the movement's CSV columns.
Status CheckLimits(const MovementRow& m) {
  Status ok = limits::CheckQuantity(m.quantity, "quantity");
  if (ok) ok = limits::CheckUnitCost(m.unit_cost, "unit_cost");
  if (ok) ok = limits::CheckAmount(m.amount, "amount");
  if (ok) ok = limits::CheckExtended(m.unit_cost, m.quantity, "quantity × unit_cost");
  if (ok && m.price) ok = limits::CheckUnitCost(*m.price, "price");
  if (ok && m.price) ok = limits::CheckExtended(*m.price, m.quantity, "quantity × price");
  if (ok) ok = limits::CheckText(m.reference, "reference");
  return ok;
}

}  // namespace

Result<std::int64_t> InsertMovement(sqlite::Database& db, const MovementRow& m) {
  if (Status within = CheckLimits(m); !within) return within.error();
  auto stmt = db.Prepare(
      "INSERT INTO movements (key, line, type, date, item_id, location_id, lot, expiry, "
      "quantity, unit_cost, amount, price, other_location_id, reservation_id, reference, user) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(m.key));
  stmt->Bind(2, std::int64_t{m.line});
  stmt->Bind(3, std::string_view(m.type));
  stmt->Bind(4, m.date);
  stmt->Bind(5, m.item_id);
  stmt->Bind(6, m.location_id);
  stmt->Bind(7, std::string_view(m.lot));
  BindOptionalDate(*stmt, 8, m.expiry);
  stmt->Bind(9, m.quantity.raw());
  stmt->Bind(10, m.unit_cost.raw());
  stmt->Bind(11, m.amount.raw());
  stmt->Bind(12, m.price ? std::optional<std::int64_t>(m.price->raw()) : std::nullopt);
  stmt->Bind(13, m.other_location_id);
  stmt->Bind(14, m.reservation_id);
  stmt->Bind(15, std::string_view(m.reference));
  stmt->Bind(16, std::string_view(m.user));
  if (Status run = stmt->Run(); !run) return run.error();
  return db.LastInsertId();
}

Result<std::vector<MovementRow>> MovementsOfKey(sqlite::Database& db, const std::string& key) {
  auto stmt = db.Prepare(std::string("SELECT ") + kMovementColumns +
                         " FROM movements WHERE key = ?1 ORDER BY line");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(key));
  return ReadMovements(*stmt);
}

Result<std::optional<std::string>> RequestOfKey(sqlite::Database& db, const std::string& key) {
  auto stmt = db.Prepare("SELECT fingerprint FROM operation_requests WHERE key = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(key));
  auto found = stmt->Step();
  if (!found) return found.error();
  if (!*found) return std::optional<std::string>();
  return std::optional<std::string>(stmt->Text(0));
}

Status KeepRequestOfKey(sqlite::Database& db, const std::string& key,
                        const std::string& fingerprint) {
  // Replaces one kept for an application that wrote nothing (a write-off with nothing expired).
  auto stmt = db.Prepare(
      "INSERT INTO operation_requests (key, fingerprint) VALUES (?1, ?2) "
      "ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(key));
  stmt->Bind(2, std::string_view(fingerprint));
  return stmt->Run();
}

Result<std::vector<MovementRow>> ItemMovements(sqlite::Database& db, std::int64_t item_id,
                                               Date to) {
  auto stmt = db.Prepare(std::string("SELECT ") + kMovementColumns +
                         " FROM movements WHERE (?1 = 0 OR item_id = ?1) AND date <= ?2 "
                         "ORDER BY item_id, date, id");
  if (!stmt) return stmt.error();
  stmt->Bind(1, item_id);
  stmt->Bind(2, to);
  return ReadMovements(*stmt);
}

Result<std::vector<LotBalance>> LotBalances(sqlite::Database& db, std::int64_t item_id,
                                            std::int64_t location_id) {
  auto stmt = db.Prepare(
      "SELECT b.lot, l.expiry, IFNULL(b.first_in, '0001-01-01'), b.on_hand, b.in_transit "
      "FROM balances b LEFT JOIN lots l ON l.item_id = b.item_id AND l.code = b.lot "
      "WHERE b.item_id = ?1 AND b.location_id = ?2 AND (b.on_hand > 0 OR b.in_transit > 0) "
      "ORDER BY b.lot");
  if (!stmt) return stmt.error();
  stmt->Bind(1, item_id);
  stmt->Bind(2, location_id);
  std::vector<LotBalance> lots;
  Status read = stmt->ForEach([&]() -> Status {
    auto expiry = OptionalDate(*stmt, 1);
    auto first_in = ParseDate(stmt->Text(2));
    if (!expiry) return expiry.error();
    if (!first_in) return first_in.error();
    lots.push_back({stmt->Text(0), *expiry, *first_in, Quantity::FromRaw(stmt->Int(3)),
                    Quantity::FromRaw(stmt->Int(4))});
    return {};
  });
  if (!read) return read.error();
  return lots;
}

Result<std::vector<ExpiredLot>> ExpiredStock(sqlite::Database& db, std::int64_t location_id,
                                             std::int64_t item_id, Date date) {
  auto stmt = db.Prepare(
      "SELECT b.item_id, b.location_id, i.code, loc.code, b.lot, l.expiry, b.on_hand "
      "FROM balances b JOIN lots l ON l.item_id = b.item_id AND l.code = b.lot "
      "JOIN items i ON i.id = b.item_id JOIN locations loc ON loc.id = b.location_id "
      "WHERE (?1 = 0 OR b.location_id = ?1) AND (?2 = 0 OR b.item_id = ?2) "
      "AND l.expiry < ?3 AND b.on_hand > 0 ORDER BY i.code, loc.code, b.lot");
  if (!stmt) return stmt.error();
  stmt->Bind(1, location_id);
  stmt->Bind(2, item_id);
  stmt->Bind(3, date);
  std::vector<ExpiredLot> lots;
  Status read = stmt->ForEach([&]() -> Status {
    auto expiry = ParseDate(stmt->Text(5));
    if (!expiry) return expiry.error();
    lots.push_back({stmt->Int(0), stmt->Int(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                    *expiry, Quantity::FromRaw(stmt->Int(6))});
    return {};
  });
  if (!read) return read.error();
  return lots;
}

Result<std::int64_t> IdOfCode(sqlite::Database& db, const std::string& table,
                              const std::string& code) {
  auto stmt = db.Prepare("SELECT id FROM " + table + " WHERE code = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(code));
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) {
    std::string noun = table.substr(0, table.size() - 1);
    return NotFound("unknown " + noun + " '" + code + "'");
  }
  return stmt->Int(0);
}

Result<std::string> LoadLocationCode(sqlite::Database& db, std::int64_t location_id) {
  auto stmt = db.Prepare("SELECT code FROM locations WHERE id = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, location_id);
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return NotFound("no location with id " + std::to_string(location_id));
  return stmt->Text(0);
}

Result<std::int64_t> ItemOfGtin(sqlite::Database& db, const std::string& gtin14) {
  auto stmt = db.Prepare("SELECT id FROM items WHERE gtin = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(gtin14));
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return NotFound("no item has the GTIN " + gtin14);
  return stmt->Int(0);
}

Result<ItemFacts> LoadItem(sqlite::Database& db, std::int64_t item_id) {
  auto stmt =
      db.Prepare("SELECT code, item_group, unit_cost, price, valuation FROM items WHERE id = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, item_id);
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return NotFound("no item with id " + std::to_string(item_id));
  ItemFacts item{stmt->Text(0), stmt->Text(1), Money::FromRaw(stmt->Int(2)),
                 OptionalMoney(*stmt, 3), std::nullopt};
  if (!stmt->IsNull(4)) item.valuation = stmt->Text(4);
  return item;
}

}  // namespace lagom::store
