#include "store/transfer_order_store.h"

namespace lagom::store {

Result<TransferOrderLine> LoadTransferOrder(sqlite::Database& db, const std::string& number) {
  auto stmt = db.Prepare(
      "SELECT id, item_id, from_location_id, to_location_id, quantity, shipped, received, status "
      "FROM transfer_orders WHERE number = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(number));
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return NotFound("no transfer order '" + number + "'");
  return TransferOrderLine{stmt->Int(0),
                           number,
                           stmt->Int(1),
                           stmt->Int(2),
                           stmt->Int(3),
                           Quantity::FromRaw(stmt->Int(4)),
                           Quantity::FromRaw(stmt->Int(5)),
                           Quantity::FromRaw(stmt->Int(6)),
                           stmt->Text(7)};
}

Status UpdateTransferOrder(sqlite::Database& db, const TransferOrderLine& line) {
  auto stmt = db.Prepare(
      "UPDATE transfer_orders SET shipped = ?2, received = ?3, status = ?4 WHERE id = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, line.id);
  stmt->Bind(2, line.shipped.raw());
  stmt->Bind(3, line.received.raw());
  stmt->Bind(4, std::string_view(line.status));
  return stmt->Run();
}

}  // namespace lagom::store
