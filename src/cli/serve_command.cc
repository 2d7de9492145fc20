// `lagom serve`: the API and dashboard over HTTP, until interrupted (Ctrl-C or SIGTERM).
#include <fmt/format.h>

#include <csignal>
#include <filesystem>

#include "cli/commands.h"
#include "server/server.h"

namespace lagom::cli {

namespace {

server::ApiServer* running = nullptr;

void StopOnSignal(int) {
  if (running) running->Stop();
}

// A missing database is refused unless `create`, as every other command does (a typo in
// --db used to serve a new, empty database).
int RunServe(const server::ServerOptions& options, bool create) {
  auto db = OpenDatabase(options.db_path, create);
  if (!db) return ReportError("serve", db.error());
  db->reset();  // created and migrated; the server opens its own connections
  server::ApiServer api(options);
  auto port = api.Bind();
  if (!port) return ReportError("serve", port.error());
  running = &api;
  std::signal(SIGINT, StopOnSignal);
  std::signal(SIGTERM, StopOnSignal);
  fmt::print("lagom serve: http://{}:{}/ (API under /api/v1, database {})\n", options.host, *port,
             options.db_path);
  std::fflush(stdout);
  api.Serve();
  running = nullptr;
  return kOk;
}

}  // namespace

void AddServeCommand(CLI::App& app, Action& chosen) {
  auto options = std::make_shared<server::ServerOptions>();
  auto create = std::make_shared<bool>(false);
  options->web_root = LAGOM_WEB_DIST_DIR;
  CLI::App* verb = app.add_subcommand("serve", "Serve the REST API and the dashboard over HTTP");
  AddDbOption(*verb, options->db_path);
  verb->add_option("--host", options->host, "Address to listen on")->capture_default_str();
  verb->add_option("--port", options->port, "Port (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  verb->add_option("--threads", options->threads, "Request worker threads")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  verb->add_option("--web", options->web_root, "Dashboard folder ('' for the API only)")
      ->capture_default_str();
  verb->add_flag("--create", *create, "Create the database if it does not exist");
  verb->callback([options, create, &chosen] {
    chosen = [options, create] {
      std::error_code ignored;
      if (options->web_root == LAGOM_WEB_DIST_DIR &&
          !std::filesystem::is_directory(options->web_root, ignored)) {
        options->web_root.clear();  // the dashboard is not built: serve the API alone
      }
      return RunServe(*options, *create);
    };
  });
}

}  // namespace lagom::cli
