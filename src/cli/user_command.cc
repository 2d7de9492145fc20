// `lagom user add|token|list|disable|enable|revoke|delete`: who may use the API and
// dashboard. The password is read from the LAGOM_PASSWORD environment variable or the first
// line of standard input, never from the command line (where other users of the machine
// could see it). Tokens expire after the setting auth.token_days unless --hours says
// otherwise; a token that never expires (for scripts) needs --no-expiry.
#include <fmt/format.h>

#include <cstdlib>
#include <iostream>

#include "app/auth.h"
#include "app/settings.h"
#include "cli/commands.h"

namespace lagom::cli {

namespace {

struct UserArgs {
  std::string db;
  std::string name;
  std::string role = "viewer";
  std::string label = "cli";
  int hours = 0;
  bool no_expiry = false;
};

std::string ReadPassword() {
  if (const char* env = std::getenv("LAGOM_PASSWORD")) return env;
  std::string line;
  std::getline(std::cin, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

int AddUser(const UserArgs& args) {
  auto role = app::ParseRole(args.role);
  if (!role) return ReportError("user add", role.error());
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("user add", db.error());
  auto id = app::AddUser(**db, args.name, ReadPassword(), *role);
  if (!id) return ReportError("user add", id.error());
  fmt::print("added user {} ({})\n", args.name, args.role);
  return kOk;
}

// --hours, else the setting auth.token_days; none with --no-expiry.
Result<std::optional<std::chrono::hours>> Lifetime(sqlite::Database& db, const UserArgs& args) {
  if (args.no_expiry) return std::optional<std::chrono::hours>();
  if (args.hours > 0) return std::optional<std::chrono::hours>(args.hours);
  auto settings = app::LoadSettings(db);
  if (!settings) return settings.error();
  return std::optional<std::chrono::hours>(24 * settings->Integer("auth.token_days"));
}

int IssueToken(const UserArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("user token", db.error());
  auto lifetime = Lifetime(**db, args);
  if (!lifetime) return ReportError("user token", lifetime.error());
  auto token = app::IssueToken(**db, args.name, args.label, *lifetime);
  if (!token) return ReportError("user token", token.error());
  fmt::print("{}\n", *token);
  return kOk;
}

int ListUsers(const UserArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("user list", db.error());
  auto users = app::ListAccounts(**db);
  if (!users) return ReportError("user list", users.error());
  for (const auto& user : *users) {
    if (user.disabled) {
      fmt::print("{:<24} {:<8} disabled\n", user.name, app::RoleName(user.role));
    } else {
      fmt::print("{:<24} {}\n", user.name, app::RoleName(user.role));
    }
  }
  return kOk;
}

// disable, enable, revoke, delete: one user by name.
int ChangeUser(const UserArgs& args, const std::string& verb) {
  auto db = OpenDatabase(args.db, false);
  std::string command = "user " + verb;
  if (!db) return ReportError(command.c_str(), db.error());
  if (verb == "revoke") {
    auto revoked = app::RevokeTokens(**db, args.name);
    if (!revoked) return ReportError("user revoke", revoked.error());
    fmt::print("revoked {} token(s) of {}\n", *revoked, args.name);
    return kOk;
  }
  Status done = verb == "delete" ? app::DeleteUser(**db, args.name)
                                 : app::DisableUser(**db, args.name, verb == "disable");
  if (!done) return ReportError(command.c_str(), done.error());
  fmt::print("{}d user {}\n", verb, args.name);
  return kOk;
}

// The verbs that change one user, with their help.
constexpr std::pair<const char*, const char*> kUserChanges[] = {
    {"disable", "Stop a user from logging in and using its tokens (kept for the record)"},
    {"enable", "Let a disabled user in again"},
    {"revoke", "Delete every token of a user (it logs in again for a new one)"},
    {"delete", "Delete a user and its tokens"},
};

}  // namespace

void AddUserCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<UserArgs>();
  CLI::App* verb = app.add_subcommand("user", "Manage the users of the API and dashboard");
  verb->require_subcommand(1);
  CLI::App* add = verb->add_subcommand(
      "add", "Add a user (password from LAGOM_PASSWORD or the first line of standard input)");
  add->add_option("name", args->name, "User name")->required();
  add->add_option("--role", args->role, "viewer, planner, operator or admin")
      ->check(CLI::IsMember({"viewer", "planner", "operator", "admin"}))
      ->capture_default_str();
  AddDbOption(*add, args->db);
  add->callback([args, &chosen] { chosen = [args] { return AddUser(*args); }; });
  CLI::App* token = verb->add_subcommand("token", "Issue a bearer token for a user (printed once)");
  token->add_option("name", args->name, "User name")->required();
  token->add_option("--label", args->label, "What the token is for")->capture_default_str();
  auto* hours = token
                    ->add_option("--hours", args->hours,
                                 "Lifetime in hours (default: the setting auth.token_days)")
                    ->check(CLI::Range(1, 24 * 366 * 10));
  token->add_flag("--no-expiry", args->no_expiry, "A token that never expires (for scripts)")
      ->excludes(hours);
  AddDbOption(*token, args->db);
  token->callback([args, &chosen] { chosen = [args] { return IssueToken(*args); }; });
  CLI::App* list = verb->add_subcommand("list", "List users and roles");
  AddDbOption(*list, args->db);
  list->callback([args, &chosen] { chosen = [args] { return ListUsers(*args); }; });
  for (const auto& [name, help] : kUserChanges) {
    CLI::App* change = verb->add_subcommand(name, help);
    change->add_option("name", args->name, "User name")->required();
    AddDbOption(*change, args->db);
    std::string chosen_verb = name;
    change->callback([args, &chosen, chosen_verb] {
      chosen = [args, chosen_verb] { return ChangeUser(*args, chosen_verb); };
    });
  }
}

}  // namespace lagom::cli
