#include "store/import_writer.h"

#include "engine/mrp/low_level_code.h"

namespace lagom::store {

namespace {

std::string_view TableOf(FieldType ref) {
  return RefTargetOf(ref)->table;
}

std::optional<FieldType> RefTypeOfTable(std::string_view table) {
  for (FieldType ref : RefTypes()) {
    if (TableOf(ref) == table) return ref;
  }
  return std::nullopt;
}

}  // namespace

ImportWriter::ImportWriter(sqlite::Database& db, const EntitySpec& entity,
                           std::vector<const FieldSpec*> columns, Date today, bool force)
    : db_(db),
      entity_(entity),
      columns_(std::move(columns)),
      today_(FormatDate(today)),
      force_(force) {}

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
  std::string set, where, names, placeholders, first_key, same = "1";
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    std::string column(columns_[i]->sql_column);
    std::string slot = "?" + std::to_string(i + 1);
    if (columns_[i]->key) {
      if (first_key.empty()) first_key = column;
      where += (where.empty() ? "" : " AND ") + column + " IS " + slot;
    } else {
      set += (set.empty() ? "" : ", ") + column + " = " + slot;
      same += ", " + column + " IS " + slot;
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
  // Column 0 says the key exists; column k > 0 whether non-key column k is the same.
  auto exists = db_.Prepare("SELECT " + same + " FROM " + table + " WHERE " + where);
  if (!exists) return exists.error();
  update_.emplace(std::move(*update));
  insert_.emplace(std::move(*insert));
  exists_.emplace(std::move(*exists));
  if (!entity_.after_write.empty()) {
    auto after = db_.Prepare(entity_.after_write);
    if (!after) return after.error();
    after_write_.emplace(std::move(*after));
  }
  if (!entity_.refuse.empty()) {
    auto rules = db_.Prepare(entity_.refuse);
    if (!rules) return rules.error();
    rules_.emplace(std::move(*rules));
  }
  if (!entity_.refuse_unless_forced.empty() && !force_) {
    auto refuse = db_.Prepare(entity_.refuse_unless_forced);
    if (!refuse) return refuse.error();
    refuse_.emplace(std::move(*refuse));
  }
  return {};
}

void ImportWriter::Remember(const std::vector<SqlValue>& row, std::int64_t id) {
  std::optional<FieldType> ref = RefTypeOfTable(entity_.table);
  if (!ref) return;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i]->sql_column == "code") CodesOf(*ref)[std::get<std::string>(row[i])] = id;
  }
}

// The columns bind by position, like the UPDATE's.
Result<std::optional<std::vector<std::string>>> ImportWriter::Existing(
    const std::vector<SqlValue>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (exists_->ParameterIndex(("?" + std::to_string(i + 1)).c_str()) > 0) {
      BindValue(*exists_, static_cast<int>(i + 1), row[i]);
    }
  }
  auto found = exists_->Step();
  std::optional<std::vector<std::string>> differing;
  if (found && *found) {
    differing.emplace();
    int result_column = 1;
    for (const FieldSpec* column : columns_) {
      if (column->key) continue;
      if (exists_->Int(result_column++) == 0) differing->emplace_back(column->column);
    }
  }
  exists_->Reset();
  if (!found) return found.error();
  return differing;
}

// Binds the row's values to ":<sql_column>" and the import's date to ":today".
void ImportWriter::BindNamed(sqlite::Statement& stmt, const std::vector<SqlValue>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    std::string name = ":" + std::string(columns_[i]->sql_column);
    if (int index = stmt.ParameterIndex(name.c_str()); index > 0) BindValue(stmt, index, row[i]);
  }
  if (int index = stmt.ParameterIndex(":today"); index > 0) {
    stmt.Bind(index, std::string_view(today_));
  }
}

// Conflict with the entity's reason when its refuse or refuse-unless-forced SQL returns one.
Status ImportWriter::Refused(const std::vector<SqlValue>& row) {
  for (std::optional<sqlite::Statement>* check : {&rules_, &refuse_}) {
    if (!*check) continue;
    sqlite::Statement& stmt = **check;
    BindNamed(stmt, row);
    auto found = stmt.Step();
    std::string reason = found && *found ? stmt.Text(0) : "";
    stmt.Reset();
    if (!found) return found.error();
    if (!reason.empty()) return Error{ErrorCode::kConflict, reason};
  }
  return {};
}

Status ImportWriter::AfterWrite(const std::vector<SqlValue>& row) {
  if (!after_write_) return {};
  BindNamed(*after_write_, row);
  return after_write_->Run();
}

Result<WriteKind> ImportWriter::Write(const std::vector<SqlValue>& row) {
  if (!update_) {
    if (Status prepared = Prepare(); !prepared) return prepared.error();
  }
  if (Status refused = Refused(row); !refused) return refused.error();
  WriteKind kind = WriteKind::kInserted;
  if (entity_.key_policy == KeyPolicy::kInsertOnce) {
    auto existing = Existing(row);
    if (!existing) return existing.error();
    if (*existing) {
      if ((*existing)->empty()) return WriteKind::kUnchanged;
      return Error{ErrorCode::kConflict, "this key was applied before with a different " +
                                             (*existing)->front() + "; a new row needs a new key"};
    }
  } else {
    for (std::size_t i = 0; i < row.size(); ++i) {
      BindValue(*update_, static_cast<int>(i + 1), row[i]);
    }
    if (Status updated = update_->Run(); !updated) return updated.error();
    if (db_.Changes() > 0) kind = WriteKind::kUpdated;
  }
  if (kind == WriteKind::kInserted) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      BindValue(*insert_, static_cast<int>(i + 1), row[i]);
    }
    if (Status inserted = insert_->Run(); !inserted) return inserted.error();
    Remember(row, db_.LastInsertId());
  }
  if (Status after = AfterWrite(row); !after) return after.error();
  return kind;
}

// Bills of material must not form a cycle: an item would contain itself, and MRP could not
// order its levels. The whole table is checked (this import's lines with the others), in
// O(lines), naming the cycle.
Status ImportWriter::CheckWholeTable() {
  if (entity_.table != "boms") return {};
  auto stmt = db_.Prepare(
      "SELECT b.parent_item_id, b.component_item_id, p.code, c.code FROM boms b "
      "JOIN items p ON p.id = b.parent_item_id JOIN items c ON c.id = b.component_item_id "
      "ORDER BY p.code, c.code");
  if (!stmt) return stmt.error();
  std::unordered_map<std::int64_t, int> index;
  std::vector<std::string> codes;
  std::vector<mrp::Edge> edges;
  auto node = [&](std::int64_t id, std::string code) {
    auto [at, added] = index.emplace(id, static_cast<int>(codes.size()));
    if (added) codes.push_back(std::move(code));
    return at->second;
  };
  Status read = stmt->ForEach([&] {
    edges.push_back({node(stmt->Int(0), stmt->Text(2)), node(stmt->Int(1), stmt->Text(3))});
  });
  if (!read) return read;
  mrp::Levels levels = mrp::LowLevelCodes(static_cast<int>(codes.size()), edges);
  if (levels.cycle.empty()) return {};
  std::string path;
  for (int n : levels.cycle) path += (path.empty() ? "'" : " → '") + codes[n] + "'";
  return Error{ErrorCode::kConstraintViolated, "the bills of material would form a cycle: " + path +
                                                   " (an item would contain "
                                                   "itself)"};
}

}  // namespace lagom::store
