#include "store/entity_query.h"

namespace lagom::store {

namespace {

std::string SelectExpression(const FieldSpec& field) {
  std::string column = "t." + std::string(field.sql_column);
  if (auto target = RefTargetOf(field.type)) {
    return "(SELECT code FROM " + std::string(target->table) + " WHERE id = " + column + ")";
  }
  return column;
}

std::string WhereClause(const EntityQuery& query) {
  std::string where;
  for (std::size_t i = 0; i < query.equals.size(); ++i) {
    where += (where.empty() ? " WHERE " : " AND ") + SelectExpression(*query.equals[i].first) +
             " = ?" + std::to_string(i + 1);
  }
  return where;
}

std::string OrderClause(const EntitySpec& entity, const EntityQuery& query) {
  std::string direction = query.descending ? " DESC" : "";
  std::string order;
  if (query.sort) order = SelectExpression(*query.sort) + direction;
  for (const FieldSpec& field : entity.fields) {
    if (field.key) order += (order.empty() ? "" : ", ") + SelectExpression(field) + direction;
  }
  return " ORDER BY " + order;
}

Result<sqlite::Statement> Prepare(sqlite::Database& db, const EntityQuery& query,
                                  const std::string& sql) {
  auto stmt = db.Prepare(sql);
  if (!stmt) return stmt.error();
  for (std::size_t i = 0; i < query.equals.size(); ++i) {
    stmt->Bind(static_cast<int>(i + 1), std::string_view(query.equals[i].second));
  }
  return stmt;
}

// The table an entity is read from, or the subquery it is exported from.
std::string Source(const EntitySpec& entity) {
  return entity.export_from.empty() ? std::string(entity.table)
                                    : "(" + std::string(entity.export_from) + ")";
}

}  // namespace

bool IsFilterable(const FieldSpec& field) {
  switch (field.type) {
    case FieldType::kCode:
    case FieldType::kText:
    case FieldType::kEnum:
    case FieldType::kDate:
    case FieldType::kPeriod:
    case FieldType::kMonth:
    case FieldType::kItemRef:
    case FieldType::kLocationRef:
    case FieldType::kSupplierRef:
    case FieldType::kWorkCentreRef:
      return true;
    default:
      return false;
  }
}

Status ForEachEntityRow(sqlite::Database& db, const EntitySpec& entity, const EntityQuery& query,
                        const std::function<void(const sqlite::Statement&)>& on_row) {
  std::string select;
  for (const FieldSpec& field : entity.fields) {
    select += (select.empty() ? "" : ", ") + SelectExpression(field);
  }
  std::string sql = "SELECT " + select + " FROM " + Source(entity) + " AS t" + WhereClause(query) +
                    OrderClause(entity, query) + " LIMIT " + std::to_string(query.limit) +
                    " OFFSET " + std::to_string(query.offset);
  auto stmt = Prepare(db, query, sql);
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] { on_row(*stmt); });
}

Result<std::int64_t> CountEntityRows(sqlite::Database& db, const EntitySpec& entity,
                                     const EntityQuery& query) {
  auto stmt =
      Prepare(db, query, "SELECT COUNT(*) FROM " + Source(entity) + " AS t" + WhereClause(query));
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  return stmt->Int(0);
}

}  // namespace lagom::store
