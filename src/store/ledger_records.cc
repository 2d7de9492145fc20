#include "store/ledger_records.h"

namespace lagom::store {

namespace {

Result<Date> DateAt(const sqlite::Statement& row, int column) {
  return ParseDate(row.Text(column));
}

Result<ReservationRow> ReadReservation(const sqlite::Statement& s) {
  ReservationRow r;
  r.id = s.Int(0);
  r.key = s.Text(1);
  r.channel = s.Text(2);
  r.order_ref = s.Text(3);
  r.item_id = s.Int(4);
  r.location_id = s.Int(5);
  auto date = DateAt(s, 6);
  if (!date) return date.error();
  r.date = *date;
  Quantity* quantities[] = {&r.requested, &r.promised, &r.backordered, &r.open, &r.fulfilled};
  for (int i = 0; i < 5; ++i) *quantities[i] = Quantity::FromRaw(s.Int(7 + i));
  r.status = s.Text(12);
  r.user = s.Text(13);
  return r;
}

}  // namespace

Result<std::optional<ReservationRow>> FindReservation(sqlite::Database& db,
                                                      const std::string& key) {
  auto stmt = db.Prepare(
      "SELECT id, key, channel, order_ref, item_id, location_id, date, requested, promised, "
      "backordered, open, fulfilled, status, user FROM reservations WHERE key = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(key));
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return std::optional<ReservationRow>();
  auto reservation = ReadReservation(*stmt);
  if (!reservation) return reservation.error();
  return std::optional<ReservationRow>(std::move(*reservation));
}

Result<std::int64_t> InsertReservation(sqlite::Database& db, const ReservationRow& r) {
  auto stmt = db.Prepare(
      "INSERT INTO reservations (key, channel, order_ref, item_id, location_id, date, requested, "
      "promised, backordered, open, fulfilled, status, user) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(r.key));
  stmt->Bind(2, std::string_view(r.channel));
  stmt->Bind(3, std::string_view(r.order_ref));
  stmt->Bind(4, r.item_id);
  stmt->Bind(5, r.location_id);
  stmt->Bind(6, r.date);
  Quantity quantities[] = {r.requested, r.promised, r.backordered, r.open, r.fulfilled};
  for (int i = 0; i < 5; ++i) stmt->Bind(7 + i, quantities[i].raw());
  stmt->Bind(12, std::string_view(r.status));
  stmt->Bind(13, std::string_view(r.user));
  if (Status run = stmt->Run(); !run) return run.error();
  return db.LastInsertId();
}

Status UpdateReservation(sqlite::Database& db, const ReservationRow& r) {
  auto stmt =
      db.Prepare("UPDATE reservations SET open = ?2, fulfilled = ?3, status = ?4 WHERE id = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, r.id);
  stmt->Bind(2, r.open.raw());
  stmt->Bind(3, r.fulfilled.raw());
  stmt->Bind(4, std::string_view(r.status));
  return stmt->Run();
}

Result<Quantity> OpenReserved(sqlite::Database& db, std::int64_t item_id,
                              std::int64_t location_id) {
  auto stmt = db.Prepare(
      "SELECT IFNULL(SUM(open), 0) FROM reservations "
      "WHERE item_id = ?1 AND location_id = ?2 AND status = 'open'");
  if (!stmt) return stmt.error();
  stmt->Bind(1, item_id);
  stmt->Bind(2, location_id);
  auto row = stmt->Step();
  if (!row) return row.error();
  return Quantity::FromRaw(stmt->Int(0));
}

Result<std::optional<CountRow>> FindCount(sqlite::Database& db, const std::string& key) {
  auto stmt = db.Prepare(
      "SELECT key, date, item_id, location_id, lot, system_quantity, counted, movement_id, user "
      "FROM counts WHERE key = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(key));
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return std::optional<CountRow>();
  auto date = DateAt(*stmt, 1);
  if (!date) return date.error();
  return std::optional<CountRow>(CountRow{stmt->Text(0), *date, stmt->Int(2), stmt->Int(3),
                                          stmt->Text(4), Quantity::FromRaw(stmt->Int(5)),
                                          Quantity::FromRaw(stmt->Int(6)), stmt->OptionalInt(7),
                                          stmt->Text(8)});
}

Status InsertCount(sqlite::Database& db, const CountRow& c) {
  auto stmt = db.Prepare(
      "INSERT INTO counts (key, date, item_id, location_id, lot, system_quantity, counted, "
      "movement_id, user) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(c.key));
  stmt->Bind(2, c.date);
  stmt->Bind(3, c.item_id);
  stmt->Bind(4, c.location_id);
  stmt->Bind(5, std::string_view(c.lot));
  stmt->Bind(6, c.system_quantity.raw());
  stmt->Bind(7, c.counted.raw());
  stmt->Bind(8, c.movement_id);
  stmt->Bind(9, std::string_view(c.user));
  return stmt->Run();
}

Result<PoLine> LoadPoLine(sqlite::Database& db, const std::string& po_number, int line) {
  auto stmt = db.Prepare(
      "SELECT id, supplier_id, item_id, location_id, quantity, received, unit_price, "
      "order_date, due_date, status FROM purchase_orders WHERE po_number = ?1 AND line = ?2");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(po_number));
  stmt->Bind(2, std::int64_t{line});
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) {
    return NotFound("no purchase order line " + po_number + "/" + std::to_string(line));
  }
  PoLine p{stmt->Int(0),
           stmt->Int(1),
           stmt->Int(2),
           stmt->Int(3),
           Quantity::FromRaw(stmt->Int(4)),
           Quantity::FromRaw(stmt->Int(5)),
           Money::FromRaw(stmt->Int(6)),
           std::nullopt,
           Date{},
           stmt->Text(9)};
  auto due = DateAt(*stmt, 8);
  if (!due) return due.error();
  p.due_date = *due;
  if (!stmt->IsNull(7)) {
    auto ordered = DateAt(*stmt, 7);
    if (!ordered) return ordered.error();
    p.order_date = *ordered;
  }
  return p;
}

Status UpdatePoLine(sqlite::Database& db, const PoLine& line) {
  auto stmt = db.Prepare("UPDATE purchase_orders SET received = ?2, status = ?3 WHERE id = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, line.id);
  stmt->Bind(2, line.received.raw());
  stmt->Bind(3, std::string_view(line.status));
  return stmt->Run();
}

Status InsertReceipt(sqlite::Database& db, const ReceiptRow& r) {
  auto stmt = db.Prepare(
      "INSERT INTO receipts (movement_id, po_line_id, supplier_id, date, quantity, ordered, "
      "received_before, order_date, due_date, closes_line) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  if (!stmt) return stmt.error();
  stmt->Bind(1, r.movement_id);
  stmt->Bind(2, r.line.id);
  stmt->Bind(3, r.line.supplier_id);
  stmt->Bind(4, r.date);
  stmt->Bind(5, r.quantity.raw());
  stmt->Bind(6, r.line.ordered.raw());
  stmt->Bind(7, r.received_before.raw());
  if (r.line.order_date) {
    stmt->Bind(8, *r.line.order_date);
  } else {
    stmt->BindNull(8);
  }
  stmt->Bind(9, r.line.due_date);
  stmt->Bind(10, std::int64_t{r.closes_line ? 1 : 0});
  return stmt->Run();
}

}  // namespace lagom::store
