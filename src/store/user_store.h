// Users and API tokens as stored: names, roles and hashes only (app/auth does the hashing).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct UserRecord {
  std::int64_t id = 0;
  std::string name;
  std::string password_hash;
  std::string role;
  bool disabled = false;  // may neither log in nor use its tokens
};

// Fails with kConflict if the name is taken.
Result<std::int64_t> InsertUser(sqlite::Database& db, const UserRecord& user);
Result<std::optional<UserRecord>> FindUser(sqlite::Database& db, const std::string& name);
Result<std::vector<UserRecord>> ListUsers(sqlite::Database& db);

// `expires_at` as "YYYY-MM-DDTHH:MM:SSZ", empty for never.
Status InsertToken(sqlite::Database& db, std::int64_t user_id, const std::string& token_hash,
                   const std::string& label, const std::string& expires_at);
// The enabled user owning a token that has not expired at `now` ("YYYY-MM-DDTHH:MM:SSZ").
Result<std::optional<UserRecord>> FindUserByToken(sqlite::Database& db,
                                                  const std::string& token_hash,
                                                  const std::string& now);

// Each false when there is no user `name`. Deleting a user deletes its tokens.
Result<bool> DeleteUser(sqlite::Database& db, const std::string& name);
Result<bool> SetUserDisabled(sqlite::Database& db, const std::string& name, bool disabled);
// Deletes every token of `name`; how many there were.
Result<int> DeleteTokensOfUser(sqlite::Database& db, const std::string& name);

}  // namespace lagom::store
