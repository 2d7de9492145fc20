#include "store/user_store.h"

namespace lagom::store {

namespace {

UserRecord ReadUser(const sqlite::Statement& row) {
  return {row.Int(0), row.Text(1), row.Text(2), row.Text(3), row.Int(4) != 0};
}

// Runs `sql` with the user name bound to ?1; how many rows it changed.
Result<int> ChangeByName(sqlite::Database& db, const char* sql, const std::string& name) {
  auto stmt = db.Prepare(sql);
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(name));
  if (Status run = stmt->Run(); !run) return run.error();
  return db.Changes();
}

Result<std::optional<UserRecord>> FirstUser(sqlite::Statement& stmt) {
  auto row = stmt.Step();
  if (!row) return row.error();
  if (!*row) return std::optional<UserRecord>();
  return std::optional<UserRecord>(ReadUser(stmt));
}

}  // namespace

Result<std::int64_t> InsertUser(sqlite::Database& db, const UserRecord& user) {
  auto stmt = db.Prepare("INSERT INTO users (name, password_hash, role) VALUES (?1, ?2, ?3)");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(user.name));
  stmt->Bind(2, std::string_view(user.password_hash));
  stmt->Bind(3, std::string_view(user.role));
  if (Status inserted = stmt->Run(); !inserted) {
    if (inserted.error().code == ErrorCode::kConflict) {
      return Error{ErrorCode::kConflict, "a user named '" + user.name + "' already exists"};
    }
    return inserted.error();
  }
  return db.LastInsertId();
}

Result<std::optional<UserRecord>> FindUser(sqlite::Database& db, const std::string& name) {
  auto stmt =
      db.Prepare("SELECT id, name, password_hash, role, disabled FROM users WHERE name = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(name));
  return FirstUser(*stmt);
}

Result<std::vector<UserRecord>> ListUsers(sqlite::Database& db) {
  auto stmt = db.Prepare("SELECT id, name, '', role, disabled FROM users ORDER BY name");
  if (!stmt) return stmt.error();
  std::vector<UserRecord> users;
  Status read = stmt->ForEach([&] { users.push_back(ReadUser(*stmt)); });
  if (!read) return read.error();
  return users;
}

Status InsertToken(sqlite::Database& db, std::int64_t user_id, const std::string& token_hash,
                   const std::string& label, const std::string& expires_at) {
  auto stmt = db.Prepare(
      "INSERT INTO api_tokens (user_id, token_hash, label, expires_at) VALUES (?1, ?2, ?3, ?4)");
  if (!stmt) return stmt.error();
  stmt->Bind(1, user_id);
  stmt->Bind(2, std::string_view(token_hash));
  stmt->Bind(3, std::string_view(label));
  if (expires_at.empty()) {
    stmt->BindNull(4);
  } else {
    stmt->Bind(4, std::string_view(expires_at));
  }
  return stmt->Run();
}

Result<std::optional<UserRecord>> FindUserByToken(sqlite::Database& db,
                                                  const std::string& token_hash,
                                                  const std::string& now) {
  auto stmt = db.Prepare(
      "SELECT u.id, u.name, '', u.role, u.disabled FROM api_tokens t "
      "JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?1 AND u.disabled = 0 "
      "AND (t.expires_at IS NULL OR t.expires_at > ?2)");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(token_hash));
  stmt->Bind(2, std::string_view(now));
  return FirstUser(*stmt);
}

Result<bool> DeleteUser(sqlite::Database& db, const std::string& name) {
  auto changed = ChangeByName(db, "DELETE FROM users WHERE name = ?1", name);
  if (!changed) return changed.error();
  return *changed > 0;
}

Result<bool> SetUserDisabled(sqlite::Database& db, const std::string& name, bool disabled) {
  auto changed = ChangeByName(db,
                              disabled ? "UPDATE users SET disabled = 1 WHERE name = ?1"
                                       : "UPDATE users SET disabled = 0 WHERE name = ?1",
                              name);
  if (!changed) return changed.error();
  return *changed > 0;
}

Result<int> DeleteTokensOfUser(sqlite::Database& db, const std::string& name) {
  return ChangeByName(
      db, "DELETE FROM api_tokens WHERE user_id = (SELECT id FROM users WHERE name = ?1)", name);
}

}  // namespace lagom::store
