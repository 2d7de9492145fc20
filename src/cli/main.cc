// `lagom <verb>`: the command-line front end. Formats and protocols only; the work happens
// in app/ and engine/.
#include <fmt/format.h>

#include <array>
#include <exception>

#include "cli/cli.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace lagom::cli;
  CLI::App app{"Lagom: inventory optimisation (forecast, policy, order proposals)", "lagom"};
  app.set_version_flag("--version", "lagom 0.1.0");
  app.require_subcommand(1);
  Action chosen;
  for (Registrar add : kAllCommands) add(app, chosen);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kBadUsage;
  }
  try {
    return chosen ? chosen() : kBadUsage;
  } catch (const std::exception& e) {
    fmt::print(stderr, "lagom: internal error: {}\n", e.what());
    return kFailed;
  }
}
