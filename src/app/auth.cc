#include "app/auth.h"

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <set>
#include <stdexcept>

#include "store/user_store.h"

namespace lagom::app {

namespace {

constexpr std::string_view kRoleNames[] = {"viewer", "planner", "operator", "admin"};
constexpr std::size_t kMinPasswordLength = 10;
constexpr std::size_t kMinDifferentCharacters = 5;

void InitSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium could not be initialised");
}

std::string Hex(const unsigned char* bytes, std::size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, size);
  hex.pop_back();
  return hex;
}

std::string TokenHash(std::string_view token) {
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr,
                     0);
  return Hex(digest.data(), digest.size());
}

std::string NewToken() {
  std::array<unsigned char, 32> random{};
  randombytes_buf(random.data(), random.size());
  return "lagom_" + Hex(random.data(), random.size());
}

std::string Timestamp(std::chrono::system_clock::time_point when) {
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", std::chrono::floor<std::chrono::seconds>(when));
}

// Argon2id with the parameters of every stored hash, so that verifying against it costs
// what verifying a real user's password does.
std::string HashPassword(std::string_view password) {
  std::array<char, crypto_pwhash_STRBYTES> hash{};
  if (crypto_pwhash_str(hash.data(), password.data(), password.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return {};
  }
  return hash.data();
}

// The hash an unknown user name is checked against: a random password nobody knows.
const std::string& DummyHash() {
  static const std::string hash = [] {
    std::array<unsigned char, 32> random{};
    randombytes_buf(random.data(), random.size());
    return HashPassword(Hex(random.data(), random.size()));
  }();
  return hash;
}

std::atomic<std::uint64_t> verifications{0};

bool Verify(const std::string& hash, const std::string& password) {
  ++verifications;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

// The password rule: at least 10 characters, at least 5 different ones, not only spaces,
// and not the user name itself.
Status CheckPassword(const std::string& name, const std::string& password) {
  if (password.size() < kMinPasswordLength) {
    return InvalidInput("a password needs at least 10 characters");
  }
  std::set<char> different(password.begin(), password.end());
  bool blank = std::all_of(password.begin(), password.end(),
                           [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
  if (blank || different.size() < kMinDifferentCharacters) {
    return InvalidInput("a password needs at least 5 different characters, not only spaces");
  }
  if (password == name) return InvalidInput("a password must not be the user name");
  return {};
}

Status ValidateUser(const std::string& name, const std::string& password) {
  bool name_ok = !name.empty() && name.size() <= 64;
  for (char c : name) {
    name_ok = name_ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' ||
                          c == '@' || c == '-');
  }
  if (!name_ok) {
    return InvalidInput("a user name is 1 to 64 letters, digits or . _ @ -");
  }
  return CheckPassword(name, password);
}

}  // namespace

Result<Role> ParseRole(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kRoleNames); ++i) {
    if (kRoleNames[i] == name) return static_cast<Role>(i);
  }
  return InvalidInput("'" + std::string(name) +
                      "' is not a role (viewer, planner, operator or admin)");
}

const char* RoleName(Role role) {
  return kRoleNames[static_cast<std::size_t>(role)].data();
}

bool Allows(Role role, Permission permission) {
  switch (permission) {
    case Permission::kRead:
      return true;
    case Permission::kPlan:
    case Permission::kMasterData:
      return role == Role::kPlanner || role == Role::kAdmin;
    case Permission::kWarehouse:
      return role == Role::kOperator || role == Role::kAdmin;
    case Permission::kAdmin:
      return role == Role::kAdmin;
  }
  return false;
}

Result<std::int64_t> AddUser(sqlite::Database& db, const std::string& name,
                             const std::string& password, Role role) {
  if (Status valid = ValidateUser(name, password); !valid) return valid.error();
  InitSodium();
  std::string hash = HashPassword(password);
  if (hash.empty()) return Error{ErrorCode::kInternal, "out of memory while hashing the password"};
  return store::InsertUser(db, {0, name, hash, RoleName(role)});
}

Result<std::string> IssueToken(sqlite::Database& db, const std::string& name,
                               const std::string& label,
                               std::optional<std::chrono::hours> lifetime) {
  InitSodium();
  auto user = store::FindUser(db, name);
  if (!user) return user.error();
  if (!*user) return NotFound("no user named '" + name + "'");
  if ((*user)->disabled) {
    return Error{ErrorCode::kConstraintViolated, "the user '" + name + "' is disabled"};
  }
  std::string token = NewToken();
  std::string expires =
      lifetime ? Timestamp(std::chrono::system_clock::now() + *lifetime) : std::string();
  Status stored = store::InsertToken(db, (*user)->id, TokenHash(token), label, expires);
  if (!stored) return stored.error();
  return token;
}

Result<std::string> Login(sqlite::Database& db, const std::string& name,
                          const std::string& password) {
  InitSodium();
  auto user = store::FindUser(db, name);
  if (!user) return user.error();
  // An unknown name costs one verification too, so that timing does not tell names apart;
  // a disabled user is answered as an unknown one.
  bool known = user->has_value() && !(*user)->disabled;
  if (!Verify(user->has_value() ? (*user)->password_hash : DummyHash(), password) || !known) {
    return NotFound("unknown user name or wrong password");
  }
  return IssueToken(db, name, "login", std::chrono::hours(12));
}

Status DeleteUser(sqlite::Database& db, const std::string& name) {
  auto deleted = store::DeleteUser(db, name);
  if (!deleted) return deleted.error();
  if (!*deleted) return NotFound("no user named '" + name + "'");
  return {};
}

Status DisableUser(sqlite::Database& db, const std::string& name, bool disabled) {
  auto changed = store::SetUserDisabled(db, name, disabled);
  if (!changed) return changed.error();
  if (!*changed) return NotFound("no user named '" + name + "'");
  return {};
}

Result<int> RevokeTokens(sqlite::Database& db, const std::string& name) {
  auto user = store::FindUser(db, name);
  if (!user) return user.error();
  if (!*user) return NotFound("no user named '" + name + "'");
  return store::DeleteTokensOfUser(db, name);
}

void PrepareLogin() {
  InitSodium();
  DummyHash();
}

std::uint64_t PasswordVerifications() {
  return verifications.load();
}

Result<std::optional<User>> Authenticate(sqlite::Database& db, std::string_view token) {
  InitSodium();
  auto record =
      store::FindUserByToken(db, TokenHash(token), Timestamp(std::chrono::system_clock::now()));
  if (!record) return record.error();
  if (!*record) return std::optional<User>();
  auto role = ParseRole((*record)->role);
  if (!role) return role.error();
  return std::optional<User>(User{(*record)->id, (*record)->name, *role});
}

Result<std::vector<Account>> ListAccounts(sqlite::Database& db) {
  auto users = store::ListUsers(db);
  if (!users) return users.error();
  std::vector<Account> accounts;
  for (const store::UserRecord& user : *users) {
    auto role = ParseRole(user.role);
    if (!role) return role.error();
    accounts.push_back({user.id, user.name, *role, user.disabled});
  }
  return accounts;
}

}  // namespace lagom::app
