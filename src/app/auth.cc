#include "app/auth.h"

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <sodium.h>

#include <array>
#include <stdexcept>

#include "store/user_store.h"

namespace lagom::app {

namespace {

constexpr std::string_view kRoleNames[] = {"viewer", "planner", "operator", "admin"};
constexpr std::size_t kMinPasswordLength = 10;

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

Status ValidateUser(const std::string& name, const std::string& password) {
  bool name_ok = !name.empty() && name.size() <= 64;
  for (char c : name) {
    name_ok = name_ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' ||
                          c == '@' || c == '-');
  }
  if (!name_ok) {
    return InvalidInput("a user name is 1 to 64 letters, digits or . _ @ -");
  }
  if (password.size() < kMinPasswordLength) {
    return InvalidInput("a password needs at least 10 characters");
  }
  return {};
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
  std::array<char, crypto_pwhash_STRBYTES> hash{};
  if (crypto_pwhash_str(hash.data(), password.data(), password.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Error{ErrorCode::kInternal, "out of memory while hashing the password"};
  }
  return store::InsertUser(db, {0, name, hash.data(), RoleName(role)});
}

Result<std::string> IssueToken(sqlite::Database& db, const std::string& name,
                               const std::string& label,
                               std::optional<std::chrono::hours> lifetime) {
  InitSodium();
  auto user = store::FindUser(db, name);
  if (!user) return user.error();
  if (!*user) return NotFound("no user named '" + name + "'");
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
  if (!*user || crypto_pwhash_str_verify((*user)->password_hash.c_str(), password.data(),
                                         password.size()) != 0) {
    return NotFound("unknown user name or wrong password");
  }
  return IssueToken(db, name, "login", std::chrono::hours(12));
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

}  // namespace lagom::app
