// `lagom user add|token|list`: who may use the API and dashboard. The password is read from
// the LAGOM_PASSWORD environment variable or the first line of standard input, never from
// the command line (where other users of the machine could see it).
#include <fmt/format.h>

#include <cstdlib>
#include <iostream>

#include "app/auth.h"
#include "cli/commands.h"
#include "store/user_store.h"

namespace lagom::cli {

namespace {

struct UserArgs {
  std::string db;
  std::string name;
  std::string role = "viewer";
  std::string label = "cli";
  int hours = 0;
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

int IssueToken(const UserArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("user token", db.error());
  std::optional<std::chrono::hours> lifetime;
  if (args.hours > 0) lifetime = std::chrono::hours(args.hours);
  auto token = app::IssueToken(**db, args.name, args.label, lifetime);
  if (!token) return ReportError("user token", token.error());
  fmt::print("{}\n", *token);
  return kOk;
}

int ListUsers(const UserArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("user list", db.error());
  auto users = store::ListUsers(**db);
  if (!users) return ReportError("user list", users.error());
  for (const auto& user : *users) fmt::print("{:<24} {}\n", user.name, user.role);
  return kOk;
}

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
  token->add_option("--hours", args->hours, "Lifetime in hours (0: no expiry)")
      ->check(CLI::Range(0, 24 * 366 * 10));
  AddDbOption(*token, args->db);
  token->callback([args, &chosen] { chosen = [args] { return IssueToken(*args); }; });
  CLI::App* list = verb->add_subcommand("list", "List users and roles");
  AddDbOption(*list, args->db);
  list->callback([args, &chosen] { chosen = [args] { return ListUsers(*args); }; });
}

}  // namespace lagom::cli
