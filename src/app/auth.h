// Users, roles and bearer tokens for the API and dashboard. Passwords are stored as Argon2id
// hashes (libsodium crypto_pwhash_str); tokens are 256 random bits handed out once and kept
// only as their BLAKE2b digest. Thread-safe: every function works on the Database it is given.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::app {

enum class Role { kViewer, kPlanner, kOperator, kAdmin };

// What a request needs: reading anything; running plans and deciding on proposals and
// policies; maintaining master data (items, suppliers, terms …); posting warehouse work
// (movements, receipts, counts, reservations); managing users.
enum class Permission { kRead, kPlan, kMasterData, kWarehouse, kAdmin };

Result<Role> ParseRole(std::string_view name);  // "viewer", "planner", "operator", "admin"
const char* RoleName(Role role);

// viewer: read; planner: read, plan, master data; operator: read, warehouse; admin: all.
bool Allows(Role role, Permission permission);

struct User {
  std::int64_t id = 0;
  std::string name;
  Role role = Role::kViewer;
};

// Names are 1–64 characters of letters, digits and ._@-; passwords at least 10 characters.
Result<std::int64_t> AddUser(sqlite::Database& db, const std::string& name,
                             const std::string& password, Role role);

// A new token for `name` valid for `lifetime` (nullopt: until the database is reset).
// Returns the token itself, which is not stored and cannot be shown again.
Result<std::string> IssueToken(sqlite::Database& db, const std::string& name,
                               const std::string& label,
                               std::optional<std::chrono::hours> lifetime);

// Checks the password and issues a 12-hour token. A wrong name or password gives the same
// NotFound error, so that names cannot be probed.
Result<std::string> Login(sqlite::Database& db, const std::string& name,
                          const std::string& password);

// The user a token belongs to, or nullopt if it is unknown or expired.
Result<std::optional<User>> Authenticate(sqlite::Database& db, std::string_view token);

}  // namespace lagom::app
