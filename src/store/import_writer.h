// The database side of a CSV import: resolving codes to ids and writing one validated row
// (update by key, else insert; for insert-once entities an existing key is left alone),
// then the entity's after-write SQL. Used by ImportCsv inside its transaction.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/entities.h"
#include "store/field_value.h"
#include "store/sqlite.h"

namespace lagom::store {

enum class WriteKind { kInserted, kUpdated, kUnchanged };

class ImportWriter {
 public:
  // `columns[i]` is the field of the file's column i. REQUIRES: every entry non-null, and
  // `db` and `entity` outlive the writer.
  // `today` dates rows that name no date (bound as ":today"); `force` writes rows the
  // entity's refuse_unless_forced SQL refuses.
  ImportWriter(sqlite::Database& db, const EntitySpec& entity,
               std::vector<const FieldSpec*> columns, Date today, bool force);

  // The id of the item, location or supplier with `code`, including rows this import has
  // written so far.
  std::optional<std::int64_t> Resolve(FieldType ref, std::string_view code);

  // Writes a row of values in column order.
  Result<WriteKind> Write(const std::vector<SqlValue>& row);

  // Rules over the whole table after all rows are written (bills of material: no cycles).
  Status CheckWholeTable();

 private:
  using CodeMap = std::unordered_map<std::string, std::int64_t>;
  CodeMap& CodesOf(FieldType ref);
  Status Prepare();
  void Remember(const std::vector<SqlValue>& row, std::int64_t id);
  // Insert-once entities: nullopt when the row's key is new, else the columns whose stored
  // value differs from the row's (empty: the same row, applied before).
  Result<std::optional<std::vector<std::string>>> Existing(const std::vector<SqlValue>& row);
  void BindNamed(sqlite::Statement& stmt, const std::vector<SqlValue>& row);
  Status Refused(const std::vector<SqlValue>& row);
  Status AfterWrite(const std::vector<SqlValue>& row);

  sqlite::Database& db_;
  const EntitySpec& entity_;
  std::vector<const FieldSpec*> columns_;
  std::string today_;  // YYYY-MM-DD
  bool force_;
  std::unordered_map<int, CodeMap> codes_;  // by FieldType of the reference
  std::optional<sqlite::Statement> update_;
  std::optional<sqlite::Statement> insert_;
  std::optional<sqlite::Statement> exists_;       // insert-once entities
  std::optional<sqlite::Statement> after_write_;  // entities with after-write SQL
  std::optional<sqlite::Statement> refuse_;       // entities with refuse-unless-forced SQL
  std::optional<sqlite::Statement> rules_;        // entities with refuse SQL
};

}  // namespace lagom::store
