#include "store/order_facts.h"

#include "core/money.h"
#include "core/units.h"

namespace lagom::store {

namespace {

// Per proposal of ?1 (or the one proposal ?2): its item's facts, its supply terms (the
// location's own first, then the supplier's general ones) and its source's available stock.
constexpr const char* kLineFacts = R"sql(
SELECT p.id, i.name, i.uom, IFNULL(i.volume_m3, 0), IFNULL(i.weight_kg, 0),
  IFNULL(t.units_per_pallet, 0), IFNULL(t.min_order_quantity, 0), IFNULL(t.order_multiple, 1000),
  CASE WHEN p.source_location_id IS NULL THEN 0 ELSE
    IFNULL((SELECT SUM(b.on_hand) FROM balances b
            WHERE b.item_id = p.item_id AND b.location_id = p.source_location_id), 0)
    - IFNULL((SELECT SUM(r.open) FROM reservations r
              WHERE r.item_id = p.item_id AND r.location_id = p.source_location_id), 0) END,
  p.purchase_unit, p.purchase_unit_quantity
FROM order_proposals p JOIN items i ON i.id = p.item_id
LEFT JOIN supply_terms t ON t.id = (
  SELECT t2.id FROM supply_terms t2 WHERE t2.item_id = p.item_id
    AND t2.supplier_id = p.supplier_id
    AND (t2.location_id IS NULL OR t2.location_id = p.location_id)
  ORDER BY t2.location_id IS NULL LIMIT 1)
WHERE (?1 IS NULL OR p.plan_run_id = ?1) AND (?2 IS NULL OR p.id = ?2))sql";

OrderLineFacts ReadFacts(const sqlite::Statement& row) {
  OrderLineFacts facts{row.Text(1), row.Text(2), row.Real(3), row.Real(4),
                       row.Real(5), row.Int(6),  row.Int(7),  row.Int(8)};
  facts.purchase_unit = row.Text(9);
  facts.purchase_unit_milli = facts.purchase_unit.empty() ? Quantity::kScale : row.Int(10);
  facts.order_multiple_milli = OrderPack(facts.order_multiple_milli, facts.purchase_unit_milli);
  return facts;
}

Result<std::map<std::int64_t, OrderLineFacts>> QueryFacts(sqlite::Database& db,
                                                          std::optional<std::int64_t> run_id,
                                                          std::optional<std::int64_t> id) {
  auto stmt = db.Prepare(kLineFacts);
  if (!stmt) return stmt.error();
  stmt->Bind(1, run_id);
  stmt->Bind(2, id);
  std::map<std::int64_t, OrderLineFacts> facts;
  Status read = stmt->ForEach([&] { facts[stmt->Int(0)] = ReadFacts(*stmt); });
  if (!read) return read.error();
  return facts;
}

Status ReadDocumentLines(sqlite::Database& db, OrderDocument& doc) {
  auto stmt = db.Prepare(
      "SELECT p.line, i.code, i.name, i.uom, p.quantity, p.unit_price, p.due_date, "
      "p.purchase_unit, p.purchase_unit_quantity "
      "FROM purchase_orders p JOIN items i ON i.id = p.item_id WHERE p.po_number = ?1 "
      "ORDER BY p.line");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(doc.po_number));
  return stmt->ForEach([&]() -> Status {
    auto due = ParseDate(stmt->Text(6));
    if (!due) return due.error();
    OrderDocumentLine line{static_cast<int>(stmt->Int(0)),
                           stmt->Text(1),
                           stmt->Text(2),
                           stmt->Text(3),
                           stmt->Int(4),
                           stmt->Int(5),
                           0,
                           *due,
                           stmt->Text(7),
                           stmt->Int(8)};
    line.value_raw =
        Extend(Money::FromRaw(line.unit_price_raw), Quantity::FromRaw(line.quantity_milli)).raw();
    doc.value_raw += line.value_raw;
    doc.lines.push_back(std::move(line));
    return {};
  });
}

}  // namespace

Result<std::map<std::int64_t, OrderLineFacts>> LoadOrderLineFacts(sqlite::Database& db,
                                                                  std::int64_t run_id) {
  return QueryFacts(db, run_id, std::nullopt);
}

Result<std::string> LoadItemUnit(sqlite::Database& db, const std::string& item_code) {
  auto stmt = db.Prepare("SELECT uom FROM items WHERE code = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(item_code));
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return NotFound("no item '" + item_code + "'");
  return stmt->Text(0);
}

Result<OrderLineFacts> LoadProposalFacts(sqlite::Database& db, std::int64_t proposal_id) {
  auto facts = QueryFacts(db, std::nullopt, proposal_id);
  if (!facts) return facts.error();
  if (facts->empty()) return NotFound("no order proposal " + std::to_string(proposal_id));
  return facts->begin()->second;
}

Result<std::map<std::string, SupplierTerms>> LoadSupplierTerms(sqlite::Database& db) {
  auto stmt = db.Prepare(
      "SELECT code, name, min_order_value, free_freight_value, container_volume_m3, "
      "container_weight_kg, container_pallets FROM suppliers");
  if (!stmt) return stmt.error();
  std::map<std::string, SupplierTerms> terms;
  Status read = stmt->ForEach([&] {
    terms[stmt->Text(0)] = {stmt->Text(0), stmt->Text(1), stmt->Int(2), stmt->Int(3),
                            stmt->Real(4), stmt->Real(5), stmt->Real(6)};
  });
  if (!read) return read.error();
  return terms;
}

Result<OrderDocument> LoadOrderDocument(sqlite::Database& db, const std::string& po_number) {
  auto stmt = db.Prepare(
      "SELECT s.code, s.name, l.code, l.name, IFNULL(MIN(p.order_date), '') "
      "FROM purchase_orders p JOIN suppliers s ON s.id = p.supplier_id "
      "JOIN locations l ON l.id = p.location_id WHERE p.po_number = ?1 "
      "GROUP BY p.supplier_id, p.location_id ORDER BY MIN(p.line) LIMIT 1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(po_number));
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return NotFound("no purchase order '" + po_number + "'");
  OrderDocument doc{po_number,     stmt->Text(0), stmt->Text(1),
                    stmt->Text(2), stmt->Text(3), stmt->Text(4)};
  if (Status read = ReadDocumentLines(db, doc); !read) return read.error();
  return doc;
}

}  // namespace lagom::store
