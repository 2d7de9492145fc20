#include "store/kpi_facts.h"

namespace lagom::store {

Result<std::vector<CountOrRequest>> LoadCountsAndRequests(sqlite::Database& db, Date from,
                                                          Date to) {
  auto stmt = db.Prepare(
      "SELECT item_id, location_id, 1, CASE WHEN counted = system_quantity THEN 1 ELSE 0 END, 0, 0 "
      "FROM counts "
      "WHERE date BETWEEN ?1 AND ?2 UNION ALL "
      "SELECT item_id, location_id, 0, 0, requested, backordered FROM reservations "
      "WHERE date BETWEEN ?1 AND ?2");
  if (!stmt) return stmt.error();
  stmt->Bind(1, from);
  stmt->Bind(2, to);
  std::vector<CountOrRequest> out;
  Status read = stmt->ForEach([&] {
    out.push_back({stmt->Int(0), stmt->Int(1), static_cast<int>(stmt->Int(2)),
                   static_cast<int>(stmt->Int(3)), Quantity::FromRaw(stmt->Int(4)),
                   Quantity::FromRaw(stmt->Int(5))});
  });
  if (!read) return read.error();
  return out;
}

Result<std::vector<SupplierReceipt>> LoadSupplierReceipts(sqlite::Database& db, Date from,
                                                          Date to) {
  auto stmt = db.Prepare(
      "SELECT s.code, r.date <= r.due_date, "
      "r.closes_line, r.received_before + r.quantity >= r.ordered, "
      "julianday(r.date) - julianday(r.order_date) "
      "FROM receipts r JOIN suppliers s ON s.id = r.supplier_id "
      "WHERE r.date BETWEEN ?1 AND ?2 ORDER BY s.code, r.date");
  if (!stmt) return stmt.error();
  stmt->Bind(1, from);
  stmt->Bind(2, to);
  std::vector<SupplierReceipt> out;
  Status read = stmt->ForEach([&] {
    SupplierReceipt r{stmt->Text(0), stmt->Int(1) != 0, stmt->Int(2) != 0, stmt->Int(3) != 0,
                      std::nullopt};
    if (!stmt->IsNull(4)) r.lead_time_days = stmt->Real(4);
    out.push_back(std::move(r));
  });
  if (!read) return read.error();
  return out;
}

}  // namespace lagom::store
