// `lagom alerts`: the alerts the planning runs raised (open by default), filtered by
// severity, rule, item or location; as a table, CSV or JSON.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/list_output.h"
#include "server/analysis_json.h"
#include "store/alert_store.h"

namespace lagom::cli {

namespace {

struct AlertArgs {
  std::string db, status = "open";
  store::AlertQuery query;
  Format format = Format::kTable;
};

std::vector<std::string> Fields(const store::AlertRecord& a) {
  auto number = [](double v) { return fmt::format("{:g}", v); };
  return {std::to_string(a.id),
          a.severity,
          a.rule,
          a.item_code,
          a.location_code,
          a.subject,
          number(a.value),
          number(a.limit),
          number(a.quantity),
          fmt::format("{:.2f}", a.value_at_risk),
          a.status,
          FormatDate(a.raised_on),
          a.resolved_on ? FormatDate(*a.resolved_on) : "",
          a.message};
}

void Line(std::ostream& out, const store::AlertRecord& a) {
  fmt::print(out, "{:>5} {:<8} {:<18} {:>10.2f} {}@{}{}: {} (since {}{})\n", a.id, a.severity,
             a.rule, a.value_at_risk, a.item_code, a.location_code,
             a.subject.empty() ? "" : " " + a.subject, a.message, FormatDate(a.raised_on),
             a.resolved_on ? ", resolved " + FormatDate(*a.resolved_on) : "");
}

const ListFormat<store::AlertRecord> kAlertList = {
    {"id", "severity", "rule", "item", "location", "subject", "value", "limit", "quantity",
     "value_at_risk", "status", "raised_on", "resolved_on", "message"},
    server::AlertJson,
    Fields,
    Line};

int List(AlertArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("alerts", db.error());
  args.query.status = args.status == "all" ? "" : args.status;
  auto alerts = store::FindAlerts(**db, args.query);
  if (!alerts) return ReportError("alerts", alerts.error());
  PrintList<store::AlertRecord>(std::cout, *alerts, args.format, kAlertList);
  if (alerts->empty() && args.format == Format::kTable) fmt::print("no alerts\n");
  return kOk;
}

}  // namespace

void AddAlertsCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<AlertArgs>();
  CLI::App* verb = app.add_subcommand(
      "alerts", "Alerts raised by the planning runs, critical first (open ones by default)");
  AddDbOption(*verb, args->db);
  verb->add_option("--severity", args->query.severities,
                   "Only these severities: critical, warning, info (comma-separated)")
      ->delimiter(',')
      ->check(CLI::IsMember({"critical", "warning", "info"}));
  verb->add_option("--rule", args->query.rule,
                   "Only this rule: negative-stock, projected-stockout, below-safety-stock, "
                   "reorder-point, overstock, expiring-lot, dead-stock, late-order, "
                   "tracking-signal");
  verb->add_option("--item", args->query.item, "Only this item");
  verb->add_option("--location", args->query.location, "Only this location");
  verb->add_option("--status", args->status, "open, resolved or all")
      ->check(CLI::IsMember({"open", "resolved", "all"}))
      ->capture_default_str();
  AddFormatOption(*verb, args->format);
  verb->callback([args, &chosen] { chosen = [args] { return List(*args); }; });
}

}  // namespace lagom::cli
