// The database side of a CSV import: resolving codes to ids and writing one validated row
// (update by key, else insert). Used by ImportCsv inside its transaction.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/entities.h"
#include "store/field_value.h"
#include "store/sqlite.h"

namespace lagom::store {

class ImportWriter {
 public:
  // `columns[i]` is the field of the file's column i. REQUIRES: every entry non-null, and
  // `db` and `entity` outlive the writer.
  ImportWriter(sqlite::Database& db, const EntitySpec& entity,
               std::vector<const FieldSpec*> columns);

  // The id of the item, location or supplier with `code`, including rows this import has
  // written so far.
  std::optional<std::int64_t> Resolve(FieldType ref, std::string_view code);

  // Writes a row of values in column order: true if inserted, false if an existing row
  // with the same key was updated.
  Result<bool> Write(const std::vector<SqlValue>& row);

  // Rules over the whole table after all rows are written (bills of material: no cycles).
  Status CheckWholeTable();

 private:
  using CodeMap = std::unordered_map<std::string, std::int64_t>;
  CodeMap& CodesOf(FieldType ref);
  Status Prepare();
  void Remember(const std::vector<SqlValue>& row, std::int64_t id);

  sqlite::Database& db_;
  const EntitySpec& entity_;
  std::vector<const FieldSpec*> columns_;
  std::unordered_map<int, CodeMap> codes_;  // by FieldType of the reference
  std::optional<sqlite::Statement> update_;
  std::optional<sqlite::Statement> insert_;
};

}  // namespace lagom::store
