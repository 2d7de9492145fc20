// `lagom sync tryton --url URL --database DB --user U --db D`: pull what changed in Tryton
// into Lagom, push approved purchase proposals back (app/erp_sync.h). The password comes
// from LAGOM_TRYTON_PASSWORD, never the command line (it would show in `ps`).
#include <fmt/format.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "app/as_of.h"
#include "app/erp_sync.h"
#include "cli/commands.h"
#include "connectors/tryton/tryton_connector.h"

namespace lagom::cli {

namespace {

struct SyncArgs {
  connectors::ErpEndpoint endpoint;
  std::string db, since;
  bool no_push = false;
  Format format = Format::kTable;
};

void PrintTable(const app::SyncReport& report) {
  for (const auto& pulled : report.pulled) {
    fmt::print("pulled {:<16} {} new, {} updated\n", pulled.entity, pulled.inserted,
               pulled.updated);
  }
  if (report.pulled.empty()) fmt::print("pulled nothing: no change since the last sync\n");
  fmt::print("pushed {} new, {} already in the ERP\n", report.pushed, report.already_pushed);
  for (const auto& change : report.remote_changes) fmt::print("changed in the ERP: {}\n", change);
  for (const auto& error : report.push_errors) fmt::print(stderr, "not pushed: {}\n", error);
}

void PrintJson(const app::SyncReport& report) {
  nlohmann::ordered_json out = {{"pulled", nlohmann::json::array()},
                                {"cursor", report.cursor},
                                {"pushed", report.pushed},
                                {"already_pushed", report.already_pushed},
                                {"remote_changes", report.remote_changes},
                                {"push_errors", report.push_errors}};
  for (const auto& pulled : report.pulled) {
    out["pulled"].push_back(
        {{"entity", pulled.entity}, {"inserted", pulled.inserted}, {"updated", pulled.updated}});
  }
  fmt::print("{}\n", out.dump());
}

int Run(SyncArgs a) {
  const char* password = std::getenv("LAGOM_TRYTON_PASSWORD");
  if (!password) {
    fmt::print(stderr, "lagom sync: set LAGOM_TRYTON_PASSWORD to the Tryton user's password\n");
    return kBadUsage;
  }
  a.endpoint.password = password;
  auto db = OpenDatabase(a.db, false);
  if (!db) return ReportError("sync", db.error());
  auto tryton = connectors::MakeTrytonConnector(a.endpoint);
  app::SyncOptions options{app::WallClockToday()};
  if (!a.since.empty()) options.since = a.since;
  options.push = !a.no_push;
  auto report = app::SyncErp(**db, *tryton, a.endpoint.url + "/" + a.endpoint.database, options);
  if (!report) {
    fmt::print(stderr, "lagom sync: {}\n", report.error().message);
    return kFailed;
  }
  a.format == Format::kJson ? PrintJson(*report) : PrintTable(*report);
  return report->push_errors.empty() ? kOk : kFailed;
}

}  // namespace

void AddSyncCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<SyncArgs>();
  CLI::App* verb =
      app.add_subcommand("sync", "Synchronise with an ERP: pull changes, push approved proposals");
  verb->require_subcommand(1);
  CLI::App* tryton =
      verb->add_subcommand("tryton", "Tryton over JSON-RPC (password from LAGOM_TRYTON_PASSWORD)");
  tryton->add_option("--url", args->endpoint.url, "Tryton's address, e.g. http://127.0.0.1:8000")
      ->required();
  tryton->add_option("--database", args->endpoint.database, "Tryton's database")->required();
  tryton->add_option("--user", args->endpoint.user, "Tryton user")->required();
  tryton->add_option("--since", args->since,
                     "Pull what changed since YYYY-MM-DD[THH:MM:SS] ('all': everything) instead "
                     "of since the last sync");
  tryton->add_flag("--no-push", args->no_push, "Only pull");
  AddDbOption(*tryton, args->db);
  AddFormatOption(*tryton, args->format);
  tryton->callback([args, &chosen] { chosen = [args] { return Run(*args); }; });
}

}  // namespace lagom::cli
