#include "app/data_exchange.h"

#include <string>

#include "app/settings.h"
#include "store/csv_export.h"
#include "store/entities.h"
#include "store/field_value.h"

namespace lagom::app {

namespace {

Result<const store::EntitySpec*> Find(std::string_view name) {
  const store::EntitySpec* entity = store::FindEntity(name);
  if (!entity)
    return InvalidInput("'" + std::string(name) + "' is not an entity that Lagom imports");
  return entity;
}

Result<store::ImportContext> ContextOf(sqlite::Database& db, const ImportOptions& options) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  return store::ImportContext{settings->Period(), options.today, options.force,
                              options.max_problems};
}

}  // namespace

Result<store::ImportOutcome> ImportEntity(sqlite::Database& db, std::string_view entity,
                                          std::string_view text, const ImportOptions& options) {
  auto spec = Find(entity);
  if (!spec) return spec.error();
  auto context = ContextOf(db, options);
  if (!context) return context.error();
  return store::ImportCsv(db, **spec, text, *context);
}

Result<store::ImportOutcome> ImportEntityRows(sqlite::Database& db, const store::EntitySpec& entity,
                                              csv::RowSource& rows, const ImportOptions& options) {
  auto context = ContextOf(db, options);
  if (!context) return context.error();
  return store::ImportRows(db, entity, rows, *context);
}

Result<int> ExportEntity(sqlite::Database& db, std::string_view entity, std::ostream& out) {
  auto spec = Find(entity);
  if (!spec) return spec.error();
  return store::ExportCsv(db, **spec, out);
}

std::vector<std::string> EntityNames() {
  std::vector<std::string> names;
  for (const auto& entity : store::AllEntities()) names.emplace_back(entity.name);
  return names;
}

Status ReadEntityRows(sqlite::Database& db, const store::EntitySpec& entity,
                      const store::EntityQuery& query,
                      const std::function<void(const EntityRow&)>& on_row) {
  EntityRow cells(entity.fields.size());
  return store::ForEachEntityRow(db, entity, query, [&](const sqlite::Statement& row) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      int column = static_cast<int>(i);
      cells[i] = row.IsNull(column)
                     ? std::nullopt
                     : std::optional(store::FormatField(entity.fields[i], row, column));
    }
    on_row(cells);
  });
}

Result<std::int64_t> CountEntityRows(sqlite::Database& db, const store::EntitySpec& entity,
                                     const store::EntityQuery& query) {
  return store::CountEntityRows(db, entity, query);
}

}  // namespace lagom::app
