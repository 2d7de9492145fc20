// `lagom alerts`: the alerts the planning runs raised (the worklist by default: open, not
// acknowledged, not snoozed), filtered by severity, rule, item or location; as a table, CSV
// or JSON. `lagom alerts acknowledge|snooze|reopen ID…`: a planner's action on open alerts.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <cstdlib>
#include <iostream>

#include "app/alert_actions.h"
#include "app/as_of.h"
#include "cli/commands.h"
#include "cli/ledger_cli.h"
#include "cli/list_output.h"
#include "server/analysis_json.h"

namespace lagom::cli {

namespace {

struct AlertArgs {
  std::string db, status = "open", handled = "hide";
  store::AlertQuery query;
  Format format = Format::kTable;
};

struct ActionArgs {
  std::string db, until, note, user;
  std::vector<std::int64_t> ids;
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
          a.acknowledged_by,
          a.snoozed_until ? FormatDate(*a.snoozed_until) : "",
          a.message};
}

void Line(std::ostream& out, const store::AlertRecord& a) {
  fmt::print(out, "{:>5} {:<8} {:<18} {:>10.2f} {}@{}{}: {} (since {}{})\n", a.id, a.severity,
             a.rule, a.value_at_risk, a.item_code, a.location_code,
             a.subject.empty() ? "" : " " + a.subject, a.message, FormatDate(a.raised_on),
             a.resolved_on ? ", resolved " + FormatDate(*a.resolved_on) : "");
  if (!a.acknowledged_by.empty()) fmt::print(out, "      acknowledged by {}\n", a.acknowledged_by);
  if (a.snoozed_until) fmt::print(out, "      snoozed until {}\n", FormatDate(*a.snoozed_until));
}

const ListFormat<store::AlertRecord> kAlertList = {
    {"id", "severity", "rule", "item", "location", "subject", "value", "limit", "quantity",
     "value_at_risk", "status", "raised_on", "resolved_on", "acknowledged_by", "snoozed_until",
     "message"},
    server::AlertJson,
    Fields,
    Line};

int List(AlertArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("alerts", db.error());
  args.query.status = args.status == "all" ? "" : args.status;
  args.query.handled = *store::HandledNamed(args.handled);
  auto today = app::ReviewDate(**db, std::nullopt, app::WallClockToday());
  if (!today) return ReportError("alerts", today.error());
  args.query.today = *today;
  auto alerts = app::ListAlerts(**db, args.query);
  if (!alerts) return ReportError("alerts", alerts.error());
  PrintList<store::AlertRecord>(std::cout, *alerts, args.format, kAlertList);
  if (alerts->empty() && args.format == Format::kTable) fmt::print("no alerts\n");
  return kOk;
}

int Act(const ActionArgs& args, store::AlertActionKind kind) {
  const char* verb = "alerts";
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError(verb, db.error());
  auto until = OptionalDate(args.until, "--until");
  if (!until) return ReportError(verb, until.error());
  auto today = app::ReviewDate(**db, std::nullopt, app::WallClockToday());
  if (!today) return ReportError(verb, today.error());
  app::AlertActionRequest request{kind, args.ids, *until, args.note, args.user};
  auto handled = app::HandleAlerts(**db, request, *today, app::WallClockTimestamp());
  if (!handled) return ReportError(verb, handled.error());
  constexpr const char* kDone[] = {"acknowledged", "snoozed", "reopened"};  // by kind
  fmt::print("{} {} alert(s){}\n", kDone[static_cast<std::size_t>(kind)], *handled,
             until->has_value() ? " until " + FormatDate(**until) : "");
  return kOk;
}

// A user name for the record: the login name, as a shell knows it.
std::string LoginName() {
  const char* user = std::getenv("USER");
  return user != nullptr && *user != '\0' ? user : "cli";
}

void AddActionCommand(CLI::App& alerts, store::AlertActionKind kind, const char* help,
                      Action& chosen) {
  auto args = std::make_shared<ActionArgs>();
  args->user = LoginName();
  std::string name(store::kAlertActionNames[static_cast<std::size_t>(kind)]);
  CLI::App* verb = alerts.add_subcommand(name, help);
  AddDbOption(*verb, args->db);
  verb->add_option("ids", args->ids, "The alerts' ids (lagom alerts)")->required();
  if (kind == store::AlertActionKind::kSnooze) {
    verb->add_option("--until", args->until, "Back in the worklist on this day YYYY-MM-DD")
        ->required();
  }
  verb->add_option("--note", args->note, "Why (kept with the alert's history)");
  verb->add_option("--user", args->user, "Who handles it, for the record (default: $USER)");
  verb->callback([args, kind, &chosen] { chosen = [args, kind] { return Act(*args, kind); }; });
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
  verb->add_option("--handled", args->handled,
                   "Acknowledged and snoozed alerts: hide (the worklist), include or only")
      ->check(CLI::IsMember(
          std::vector<std::string>(store::kHandledNames.begin(), store::kHandledNames.end())))
      ->capture_default_str();
  AddFormatOption(*verb, args->format);
  using Kind = store::AlertActionKind;
  AddActionCommand(*verb, Kind::kAcknowledge,
                   "Seen and being handled: out of the worklist while the condition lasts", chosen);
  AddActionCommand(*verb, Kind::kSnooze, "Out of the worklist until a day", chosen);
  AddActionCommand(*verb, Kind::kReopen, "Back in the worklist", chosen);
  verb->callback([verb, args, &chosen] {
    if (verb->get_subcommands().empty()) chosen = [args] { return List(*args); };
  });
}

}  // namespace lagom::cli
