// Users, roles and bearer tokens for the API and dashboard. Passwords are stored as Argon2id
// hashes (libsodium crypto_pwhash_str); tokens are 256 random bits handed out once and kept
// only as their BLAKE2b digest. Thread-safe: every function works on the Database it is given.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// Names are 1–64 characters of letters, digits and ._@-. Passwords: at least 10 characters,
// at least 5 different ones (not only spaces), not the name itself.
Result<std::int64_t> AddUser(sqlite::Database& db, const std::string& name,
                             const std::string& password, Role role);

// A new token for `name` valid for `lifetime` (nullopt: until revoked — a long-lived script
// token, which callers issue only when asked to explicitly). Returns the token itself, which
// is not stored and cannot be shown again. A disabled user gets none (ConstraintViolated).
Result<std::string> IssueToken(sqlite::Database& db, const std::string& name,
                               const std::string& label,
                               std::optional<std::chrono::hours> lifetime);

// Checks the password and issues a 12-hour token. A wrong name or password gives the same
// NotFound error after the same work (an unknown name is verified against a dummy hash), so
// that names cannot be probed by the answer or its time. Guessing is limited by the caller
// (login_throttle.h), the hashing's concurrency too (hashing_gate.h).
Result<std::string> Login(sqlite::Database& db, const std::string& name,
                          const std::string& password);

// Account life (each NotFound naming the user when there is none): deleting a user deletes
// its tokens; a disabled user can neither log in nor use a token until enabled again;
// revoking deletes every token of the user (how many).
Status DeleteUser(sqlite::Database& db, const std::string& name);
Status DisableUser(sqlite::Database& db, const std::string& name, bool disabled = true);
Result<int> RevokeTokens(sqlite::Database& db, const std::string& name);

// Computes the dummy hash now, so that the first login of an unknown name is not the one
// that pays for it (and stands out). Servers call it at start.
void PrepareLogin();

// How many password hashes Login has verified since the process started (tests, metrics).
std::uint64_t PasswordVerifications();

// The user a token belongs to, or nullopt if it is unknown or expired.
Result<std::optional<User>> Authenticate(sqlite::Database& db, std::string_view token);

// A user account as an admin sees it: never its password hash.
struct Account {
  std::int64_t id = 0;
  std::string name;
  Role role = Role::kViewer;
  bool disabled = false;  // may neither log in nor use its tokens
};

// Every account, by name.
Result<std::vector<Account>> ListAccounts(sqlite::Database& db);

}  // namespace lagom::app
