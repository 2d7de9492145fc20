// Policy rows per stock point, supplier order rules and budgets for the planning run (see
// planning_loaders.h).
#include "store/classification_store.h"
#include "store/named_column.h"
#include "store/planning_loaders.h"

namespace lagom::store::planning {

namespace {

std::optional<double> OptionalReal(const sqlite::Statement& row, int column) {
  return row.IsNull(column) ? std::nullopt : std::optional<double>(row.Real(column));
}

// A policies row (columns 2..8) as a layer: its non-NULL columns.
Result<PolicyLayer> LayerOf(const sqlite::Statement& row) {
  PolicyLayer layer;
  auto kind = OptionalNamed(row, 2, kServiceKinds, "policies.service_kind");
  auto rule = OptionalNamed(row, 4, kOrderRules, "policies.order_rule");
  auto distribution = OptionalNamed(row, 8, kDistributionChoices, "policies.distribution");
  if (!kind) return kind.error();
  if (!rule) return rule.error();
  if (!distribution) return distribution.error();
  layer.service_kind = *kind;
  layer.service_target = OptionalReal(row, 3);
  layer.order_rule = *rule;
  layer.cover_periods = OptionalReal(row, 5);
  layer.fixed_quantity_milli = row.OptionalInt(6);
  layer.review_periods = OptionalReal(row, 7);
  layer.distribution = *distribution;
  return layer;
}

// The classes of the latest classification and their service targets; a class row without
// a location covers the item at every location.
Status LoadClassTargets(sqlite::Database& db, PlanningData& data, const Index& index,
                        ItemRange items) {
  auto targets = LoadServiceTargets(db);
  if (!targets) return targets.error();
  auto stmt = PrepareForItems(db,
                              "SELECT item_id, location_id, abc, xyz FROM classifications "
                              "WHERE item_id BETWEEN ?1 AND ?2 AND "
                              "run_id = (SELECT MAX(id) FROM classification_runs)",
                              items);
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] {
    const ClassTarget* target = FindClassTarget(*targets, stmt->Text(2), stmt->Text(3));
    std::int64_t item = stmt->Int(0);
    for (auto it = index.lower_bound({item, 0}); it != index.end() && it->first.first == item;
         ++it) {
      if (!stmt->IsNull(1) && stmt->Int(1) != it->first.second) continue;
      StockPointData& point = data.stock_points[it->second];
      point.abc_class = stmt->Text(2);
      if (!target) continue;
      point.policy.class_target = PolicyLayer{.service_kind = target->service_kind,
                                              .service_target = target->service_target};
      point.policy.service_class = stmt->Text(2) + stmt->Text(3);
    }
  });
}

}  // namespace

// Each stock point's class target, the item-wide row and its own row, as layers.
Status LoadPolicies(sqlite::Database& db, PlanningData& data, const Index& index, ItemRange items) {
  if (Status classes = LoadClassTargets(db, data, index, items); !classes) return classes;
  auto stmt = PrepareForItems(
      db,
      "SELECT item_id, location_id, service_kind, service_target, order_rule, cover_periods, "
      "fixed_quantity, review_periods, distribution FROM policies "
      "WHERE item_id BETWEEN ?1 AND ?2",
      items);
  if (!stmt) return stmt.error();
  return stmt->ForEach([&]() -> Status {
    auto layer = LayerOf(*stmt);
    if (!layer) return layer.error();
    std::int64_t item = stmt->Int(0);
    for (auto it = index.lower_bound({item, 0}); it != index.end() && it->first.first == item;
         ++it) {
      PolicyLayers& layers = data.stock_points[it->second].policy;
      if (stmt->IsNull(1)) {
        layers.item = *layer;
      } else if (stmt->Int(1) == it->first.second) {
        layers.stock_point = *layer;
      }
    }
    return {};
  });
}

Status LoadSuppliers(sqlite::Database& db, PlanningData& data) {
  auto stmt = db.Prepare(
      "SELECT id, code, order_days, min_order_value, below_minimum, free_freight_value, "
      "container_volume_m3, container_weight_kg, container_pallets, container_fill FROM suppliers");
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] {
    data.suppliers[stmt->Int(0)] = {stmt->Text(1), stmt->Text(2), stmt->Int(3),
                                    stmt->Text(4), stmt->Int(5),  stmt->Real(6),
                                    stmt->Real(7), stmt->Real(8), stmt->Text(9)};
  });
}

Status LoadBudgets(sqlite::Database& db, PlanningData& data, Date as_of) {
  // What open purchase orders of the month already spend, per scope.
  auto stmt = db.Prepare(R"sql(
    SELECT b.scope, b.key, b.amount, IFNULL((
      SELECT SUM(p.quantity * p.unit_price / 1000) FROM purchase_orders p
      JOIN items i ON i.id = p.item_id JOIN suppliers s ON s.id = p.supplier_id
      WHERE p.order_date >= b.month AND p.order_date < ?2
        AND (b.scope = 'company' OR (b.scope = 'supplier' AND s.code = b.key)
             OR (b.scope = 'group' AND i.item_group = b.key))), 0)
    FROM budgets b WHERE b.month = ?1 ORDER BY b.scope, b.key)sql");
  if (!stmt) return stmt.error();
  std::string month = FormatDate(PeriodStart(as_of, PeriodKind::kMonth));
  std::string next_month = FormatDate(AddMonths(PeriodStart(as_of, PeriodKind::kMonth), 1));
  stmt->Bind(1, std::string_view(month));
  stmt->Bind(2, std::string_view(next_month));
  return stmt->ForEach([&] {
    data.budgets.push_back({stmt->Text(0), stmt->Text(1), stmt->Int(2), stmt->Int(3)});
  });
}

}  // namespace lagom::store::planning
