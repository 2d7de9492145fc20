#include "store/import_writer.h"

namespace lagom::store {

namespace {

std::string_view TableOf(FieldType ref) {
  switch (ref) {
    case FieldType::kItemRef:
      return "items";
    case FieldType::kLocationRef:
      return "locations";
    default:
      return "suppliers";
  }
}

std::optional<FieldType> RefTypeOfTable(std::string_view table) {
  for (FieldType ref : {FieldType::kItemRef, FieldType::kLocationRef, FieldType::kSupplierRef}) {
    if (TableOf(ref) == table) return ref;
  }
  return std::nullopt;
}

// Each (ancestor, descendant) pair once; a pair with ancestor = descendant is a cycle.
constexpr std::string_view kBomCycleQuery = R"sql(
WITH RECURSIVE reach(ancestor, descendant) AS (
  SELECT parent_item_id, component_item_id FROM boms
  UNION
  SELECT reach.ancestor, boms.component_item_id
  FROM reach JOIN boms ON boms.parent_item_id = reach.descendant
)
SELECT items.code FROM reach JOIN items ON items.id = reach.ancestor
WHERE reach.ancestor = reach.descendant ORDER BY items.code LIMIT 1)sql";

}  // namespace

ImportWriter::ImportWriter(sqlite::Database& db, const EntitySpec& entity,
                           std::vector<const FieldSpec*> columns)
    : db_(db), entity_(entity), columns_(std::move(columns)) {}

ImportWriter::CodeMap& ImportWriter::CodesOf(FieldType ref) {
  auto found = codes_.find(static_cast<int>(ref));
  if (found != codes_.end()) return found->second;
  CodeMap& codes = codes_[static_cast<int>(ref)];
  auto stmt = db_.Prepare("SELECT code, id FROM " + std::string(TableOf(ref)));
  if (stmt) (void)stmt->ForEach([&] { codes.emplace(stmt->Text(0), stmt->Int(1)); });
  return codes;
}

std::optional<std::int64_t> ImportWriter::Resolve(FieldType ref, std::string_view code) {
  CodeMap& codes = CodesOf(ref);
  auto found = codes.find(std::string(code));
  if (found == codes.end()) return std::nullopt;
  return found->second;
}

Status ImportWriter::Prepare() {
  std::string table(entity_.table);
  std::string set, where, names, placeholders, first_key;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    std::string column(columns_[i]->sql_column);
    std::string slot = "?" + std::to_string(i + 1);
    if (columns_[i]->key) {
      if (first_key.empty()) first_key = column;
      where += (where.empty() ? "" : " AND ") + column + " IS " + slot;
    } else {
      set += (set.empty() ? "" : ", ") + column + " = " + slot;
    }
    names += (names.empty() ? "" : ", ") + column;
    placeholders += (placeholders.empty() ? "" : ", ") + slot;
  }
  // A table whose file has only key columns has nothing to update: touch the key instead.
  if (set.empty()) set = first_key + " = " + first_key;
  auto update = db_.Prepare("UPDATE " + table + " SET " + set + " WHERE " + where);
  if (!update) return update.error();
  auto insert =
      db_.Prepare("INSERT INTO " + table + " (" + names + ") VALUES (" + placeholders + ")");
  if (!insert) return insert.error();
  update_.emplace(std::move(*update));
  insert_.emplace(std::move(*insert));
  return {};
}

void ImportWriter::Remember(const std::vector<SqlValue>& row, std::int64_t id) {
  std::optional<FieldType> ref = RefTypeOfTable(entity_.table);
  if (!ref) return;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i]->sql_column == "code") CodesOf(*ref)[std::get<std::string>(row[i])] = id;
  }
}

Result<bool> ImportWriter::Write(const std::vector<SqlValue>& row) {
  if (!update_) {
    if (Status prepared = Prepare(); !prepared) return prepared.error();
  }
  for (std::size_t i = 0; i < row.size(); ++i) BindValue(*update_, static_cast<int>(i + 1), row[i]);
  if (Status updated = update_->Run(); !updated) return updated.error();
  if (db_.Changes() > 0) return false;
  for (std::size_t i = 0; i < row.size(); ++i) BindValue(*insert_, static_cast<int>(i + 1), row[i]);
  if (Status inserted = insert_->Run(); !inserted) return inserted.error();
  Remember(row, db_.LastInsertId());
  return true;
}

Status ImportWriter::CheckWholeTable() {
  if (entity_.table != "boms") return {};
  auto stmt = db_.Prepare(kBomCycleQuery);
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  if (*row) {
    return Error{ErrorCode::kConstraintViolated,
                 "the bills of material would form a cycle: item '" + stmt->Text(0) +
                     "' would contain itself"};
  }
  return {};
}

}  // namespace lagom::store
