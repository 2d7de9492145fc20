// Company settings, per-stock-point policies, supplier order rules and budgets for the
// planning run (see planning_loaders.h).
#include "store/classification_store.h"
#include "store/planning_loaders.h"
#include "store/settings.h"

namespace lagom::store::planning {

namespace {

// Applies the non-NULL columns of a policies row (columns 2..8) to `policy`.
void Override(const sqlite::Statement& row, PolicySettings& policy) {
  if (!row.IsNull(2)) policy.service_kind = row.Text(2);
  if (!row.IsNull(3)) policy.service_target = row.Real(3);
  if (!row.IsNull(4)) policy.order_rule = row.Text(4);
  if (!row.IsNull(5)) policy.cover_periods = row.Real(5);
  if (!row.IsNull(6)) policy.fixed_quantity_milli = row.Int(6);
  if (!row.IsNull(7)) policy.review_periods = row.Real(7);
  if (!row.IsNull(8)) policy.distribution = row.Text(8);
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
      point.policy.service_kind = target->service_kind;
      point.policy.service_target = target->service_target;
      point.policy.service_class = stmt->Text(2) + stmt->Text(3);
    }
  });
}

}  // namespace

Status LoadDefaults(sqlite::Database& db, PlanningData& data) {
  PolicySettings& d = data.defaults;
  for (auto [key, field] : {std::pair{"policy.service_kind", &d.service_kind},
                            std::pair{"policy.order_rule", &d.order_rule},
                            std::pair{"policy.distribution", &d.distribution}}) {
    auto text = ReadSetting(db, key);
    if (!text) return text.error();
    *field = *text;
  }
  double horizon = 0, season = 0;
  for (auto [key, field] : {std::pair{"policy.service_target", &d.service_target},
                            std::pair{"policy.cover_periods", &d.cover_periods},
                            std::pair{"policy.review_periods", &d.review_periods},
                            std::pair{"policy.ordering_cost", &data.ordering_cost},
                            std::pair{"policy.holding_rate", &data.holding_rate},
                            std::pair{"plan.round_down_fraction", &data.plan.round_down_fraction},
                            std::pair{"plan.free_freight_top_up", &data.plan.free_freight_top_up},
                            std::pair{"plan.max_cover_days", &data.plan.max_cover_days},
                            std::pair{"plan.horizon_periods", &horizon},
                            std::pair{"plan.excess_cover_days", &data.plan.excess_cover_days},
                            std::pair{"forecast.season_length", &season}}) {
    auto value = ReadNumberSetting(db, key);
    if (!value) return value.error();
    *field = *value;
  }
  if (horizon < 1 || horizon > 520)
    return InvalidInput("setting plan.horizon_periods must be 1–520");
  data.plan.horizon_periods = static_cast<int>(horizon);
  if (season < 0 || season > 366)
    return InvalidInput("setting forecast.season_length must be 0–366");
  data.plan.season_length = static_cast<int>(season);
  auto method = ReadSetting(db, "forecast.method");
  if (!method) return method.error();
  data.plan.forecast_method = *method;
  return {};
}

// Defaults, then class targets, then item-wide rows, so that a stock point's own row has the
// last word.
Status LoadPolicies(sqlite::Database& db, PlanningData& data, const Index& index, ItemRange items) {
  for (auto& point : data.stock_points) point.policy = data.defaults;
  if (Status classes = LoadClassTargets(db, data, index, items); !classes) return classes;
  auto stmt = PrepareForItems(
      db,
      "SELECT item_id, location_id, service_kind, service_target, order_rule, cover_periods, "
      "fixed_quantity, review_periods, distribution FROM policies "
      "WHERE item_id BETWEEN ?1 AND ?2 ORDER BY location_id IS NOT NULL, item_id",
      items);
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] {
    std::int64_t item = stmt->Int(0);
    for (auto it = index.lower_bound({item, 0}); it != index.end() && it->first.first == item;
         ++it) {
      if (stmt->IsNull(1) || stmt->Int(1) == it->first.second) {
        Override(*stmt, data.stock_points[it->second].policy);
      }
    }
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
      WHERE p.order_date >= b.month AND p.order_date < date(b.month, '+1 month')
        AND (b.scope = 'company' OR (b.scope = 'supplier' AND s.code = b.key)
             OR (b.scope = 'group' AND i.item_group = b.key))), 0)
    FROM budgets b WHERE b.month = ?1 ORDER BY b.scope, b.key)sql");
  if (!stmt) return stmt.error();
  std::string month = FormatDate(PeriodStart(as_of, PeriodKind::kMonth));
  stmt->Bind(1, std::string_view(month));
  return stmt->ForEach([&] {
    data.budgets.push_back({stmt->Text(0), stmt->Text(1), stmt->Int(2), stmt->Int(3)});
  });
}

}  // namespace lagom::store::planning
