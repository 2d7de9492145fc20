#include "store/csv_export.h"

#include <string>
#include <vector>

#include "store/csv_writer.h"
#include "store/field_value.h"

namespace lagom::store {

namespace {

std::string SelectExpression(const FieldSpec& field) {
  std::string column = "t." + std::string(field.sql_column);
  switch (field.type) {
    case FieldType::kItemRef:
      return "(SELECT code FROM items WHERE id = " + column + ")";
    case FieldType::kLocationRef:
      return "(SELECT code FROM locations WHERE id = " + column + ")";
    case FieldType::kSupplierRef:
      return "(SELECT code FROM suppliers WHERE id = " + column + ")";
    default:
      return column;
  }
}

std::string SelectQuery(const EntitySpec& entity) {
  std::string select, order;
  for (const FieldSpec& field : entity.fields) {
    std::string expression = SelectExpression(field);
    select += (select.empty() ? "" : ", ") + expression;
    if (field.key) order += (order.empty() ? "" : ", ") + expression;
  }
  return "SELECT " + select + " FROM " + std::string(entity.table) + " AS t ORDER BY " + order;
}

}  // namespace

Result<int> ExportCsv(sqlite::Database& db, const EntitySpec& entity, std::ostream& out) {
  auto stmt = db.Prepare(SelectQuery(entity));
  if (!stmt) return stmt.error();
  std::vector<std::string> fields;
  for (const FieldSpec& field : entity.fields) fields.emplace_back(field.column);
  csv::WriteRow(out, fields);
  int rows = 0;
  Status read = stmt->ForEach([&] {
    for (std::size_t i = 0; i < entity.fields.size(); ++i) {
      fields[i] = FormatField(entity.fields[i], *stmt, static_cast<int>(i));
    }
    csv::WriteRow(out, fields);
    ++rows;
  });
  if (!read) return read.error();
  if (!out) return IoError("error while writing the export");
  return rows;
}

}  // namespace lagom::store
