#include "store/generated_catalogue.h"

namespace lagom::store {

Result<CatalogueWriter> CatalogueWriter::Prepare(sqlite::Database& db) {
  auto location = db.Prepare("INSERT INTO locations (id, code, name) VALUES (?1, ?2, ?3)");
  auto supplier = db.Prepare(
      "INSERT INTO suppliers (id, code, name, min_order_value, order_days, container_volume_m3) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  auto item = db.Prepare(
      "INSERT INTO items (id, code, name, unit_cost, price, volume_m3, weight_kg, item_group) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  auto terms = db.Prepare(
      "INSERT INTO supply_terms (item_id, supplier_id, lead_time_days, lead_time_sd_days, "
      "min_order_quantity, order_multiple, unit_price, is_primary) VALUES (?1, ?2, ?3, ?4, ?5, "
      "?6, ?7, 1)");
  auto demand = db.Prepare(
      "INSERT INTO demand (item_id, location_id, period, quantity, lines) VALUES (?1, ?2, ?3, "
      "?4, ?5)");
  auto opening = db.Prepare(
      "INSERT INTO movements (key, type, date, item_id, location_id, quantity, unit_cost, "
      "reference) SELECT 'generate/' || ?1 || '/' || ?2, 'opening', ?4, ?1, ?2, ?3, unit_cost, "
      "'generated' FROM items WHERE id = ?1");
  auto order = db.Prepare(
      "INSERT INTO purchase_orders (po_number, line, supplier_id, item_id, location_id, "
      "quantity, unit_price, order_date, due_date) VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  for (auto* s : {&location, &supplier, &item, &terms, &demand, &opening, &order}) {
    if (!*s) return s->error();
  }
  return CatalogueWriter(Statements{std::move(*location), std::move(*supplier), std::move(*item),
                                    std::move(*terms), std::move(*demand), std::move(*opening),
                                    std::move(*order)});
}

Status CatalogueWriter::AddLocation(const GeneratedLocation& l) {
  st_.location.Bind(1, l.id);
  st_.location.Bind(2, std::string_view(l.code));
  st_.location.Bind(3, std::string_view(l.name));
  return st_.location.Run();
}

Status CatalogueWriter::AddSupplier(const GeneratedSupplier& s) {
  st_.supplier.Bind(1, s.id);
  st_.supplier.Bind(2, std::string_view(s.code));
  st_.supplier.Bind(3, std::string_view(s.name));
  st_.supplier.Bind(4, s.min_order_value);
  st_.supplier.Bind(5, std::string_view(s.order_days));
  st_.supplier.Bind(6, s.container_volume_m3);
  return st_.supplier.Run();
}

Status CatalogueWriter::AddItem(const GeneratedItem& i) {
  st_.item.Bind(1, i.id);
  st_.item.Bind(2, std::string_view(i.code));
  st_.item.Bind(3, std::string_view(i.name));
  st_.item.Bind(4, i.unit_cost);
  st_.item.Bind(5, i.price);
  st_.item.Bind(6, i.volume_m3);
  st_.item.Bind(7, i.weight_kg);
  st_.item.Bind(8, std::string_view(i.group));
  return st_.item.Run();
}

Status CatalogueWriter::AddTerms(const GeneratedTerms& t) {
  st_.terms.Bind(1, t.item_id);
  st_.terms.Bind(2, t.supplier_id);
  st_.terms.Bind(3, t.lead_time_days);
  st_.terms.Bind(4, t.lead_time_sd_days);
  st_.terms.Bind(5, t.min_order_quantity);
  st_.terms.Bind(6, t.order_multiple);
  st_.terms.Bind(7, t.unit_price);
  return st_.terms.Run();
}

Status CatalogueWriter::AddDemand(std::int64_t item_id, std::int64_t location_id, Date period,
                                  std::int64_t quantity, std::int64_t lines) {
  st_.demand.Bind(1, item_id);
  st_.demand.Bind(2, location_id);
  st_.demand.Bind(3, period);
  st_.demand.Bind(4, quantity);
  st_.demand.Bind(5, lines);
  return st_.demand.Run();
}

Status CatalogueWriter::AddOpeningStock(std::int64_t item_id, std::int64_t location_id,
                                        std::int64_t quantity, Date date) {
  if (quantity == 0) return {};
  st_.opening.Bind(1, item_id);
  st_.opening.Bind(2, location_id);
  st_.opening.Bind(3, quantity);
  st_.opening.Bind(4, date);
  return st_.opening.Run();
}

Status CatalogueWriter::AddOrder(const GeneratedOrder& o) {
  st_.order.Bind(1, std::string_view(o.po_number));
  st_.order.Bind(2, o.supplier_id);
  st_.order.Bind(3, o.item_id);
  st_.order.Bind(4, o.location_id);
  st_.order.Bind(5, o.quantity);
  st_.order.Bind(6, o.unit_price);
  st_.order.Bind(7, o.order_date);
  st_.order.Bind(8, o.due_date);
  return st_.order.Run();
}

Result<std::int64_t> CountItems(sqlite::Database& db) {
  auto count = db.Prepare("SELECT COUNT(*) FROM items");
  if (!count) return count.error();
  auto row = count->Step();
  if (!row) return row.error();
  return count->Int(0);
}

}  // namespace lagom::store
