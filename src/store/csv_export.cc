#include "store/csv_export.h"

#include <string>
#include <vector>

#include "csv/writer.h"
#include "store/entity_query.h"
#include "store/field_value.h"

namespace lagom::store {

Result<int> ExportCsv(sqlite::Database& db, const EntitySpec& entity, std::ostream& out) {
  std::vector<std::string> fields;
  for (const FieldSpec& field : entity.fields) fields.emplace_back(field.column);
  csv::WriteRow(out, fields);
  int rows = 0;
  Status read = ForEachEntityRow(db, entity, {}, [&](const sqlite::Statement& row) {
    for (std::size_t i = 0; i < entity.fields.size(); ++i) {
      fields[i] = FormatField(entity.fields[i], row, static_cast<int>(i));
    }
    csv::WriteRow(out, fields);
    ++rows;
  });
  if (!read) return read.error();
  if (!out) return IoError("error while writing the export");
  return rows;
}

}  // namespace lagom::store
