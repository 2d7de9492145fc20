#include "cli/proposal_output.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <string>
#include <vector>

#include "core/money.h"
#include "core/quantity.h"
#include "server/plan_json.h"
#include "store/csv_writer.h"

namespace lagom::cli {

namespace {

std::string Units(std::int64_t milli) {
  return Quantity::FromRaw(milli).ToString();
}
std::string Amount(std::int64_t raw) {
  return Money::FromRaw(raw).ToString();
}
std::string Fixed2(double value) {
  return fmt::format("{:.2f}", value);
}

const std::vector<std::string> kColumns = {"item",
                                           "location",
                                           "supplier",
                                           "quantity",
                                           "unit_price",
                                           "order_value",
                                           "order_date",
                                           "due_date",
                                           "forecast_per_period",
                                           "forecast_sd",
                                           "lead_time_periods",
                                           "review_periods",
                                           "service_target",
                                           "safety_stock",
                                           "reorder_point",
                                           "order_up_to",
                                           "on_hand",
                                           "on_order",
                                           "position",
                                           "raw_need",
                                           "policy",
                                           "achieved_service",
                                           "reason"};

std::vector<std::string> CsvFields(const store::ProposalRecord& p) {
  auto real = [](double v) { return fmt::format("{:.4f}", v); };
  return {std::to_string(p.id),
          p.status,
          p.kind,
          p.source_location_code,
          p.container,
          p.hold_reason,
          p.item_code,
          p.location_code,
          p.supplier_code,
          Units(p.quantity_milli),
          Amount(p.unit_price_raw),
          Amount(p.order_value_raw),
          FormatDate(p.order_date),
          FormatDate(p.due_date),
          real(p.forecast_per_period),
          real(p.forecast_sd),
          real(p.lead_time_periods),
          real(p.review_periods),
          real(p.service_target),
          real(p.safety_stock),
          real(p.reorder_point),
          real(p.order_up_to),
          Units(p.on_hand_milli),
          Units(p.on_order_milli),
          Units(p.projected_milli),
          real(p.raw_need),
          p.policy,
          real(p.achieved_service),
          p.reason};
}

// What a table line says about a proposal besides its numbers.
std::string Note(const store::ProposalRecord& p) {
  if (p.status != "proposed") return p.status;
  if (p.hold_reason.starts_with("held")) return "held";
  if (p.hold_reason.starts_with("deferred")) return "deferred";
  if (p.kind == "transfer") return "from " + p.source_location_code;
  return p.container.empty() ? "" : "cont. " + p.container;
}

void PrintTable(std::ostream& out, std::span<const store::ProposalRecord> proposals,
                std::size_t limit, bool with_reasons) {
  std::size_t shown = limit == 0 ? proposals.size() : std::min(limit, proposals.size());
  fmt::print(out, "{:>6} {:<14} {:<8} {:<14} {:>10} {:>12} {:>10} {:>9} {:>9} {:>9}  {}\n", "id",
             "item", "location", "supplier", "quantity", "value", "due", "position", "reorder",
             "up to", "note");
  for (std::size_t i = 0; i < shown; ++i) {
    const store::ProposalRecord& p = proposals[i];
    fmt::print(out, "{:>6} {:<14} {:<8} {:<14} {:>10} {:>12} {:>10} {:>9} {:>9} {:>9}  {}\n", p.id,
               p.item_code, p.location_code,
               p.supplier_code.empty() ? (p.kind == "transfer" ? "-" : "(none)") : p.supplier_code,
               Units(p.quantity_milli),
               fmt::format("{:.2f}", Money::FromRaw(p.order_value_raw).ToDouble()),
               FormatDate(p.due_date), Units(p.projected_milli), Fixed2(p.reorder_point),
               Fixed2(p.order_up_to), Note(p));
    if (with_reasons) fmt::print(out, "    why: {}\n", p.reason);
  }
  if (shown < proposals.size()) {
    fmt::print(out, "… {} more proposals (all of them with --format csv or json)\n",
               proposals.size() - shown);
  }
}

const std::vector<std::string> kExceptionColumns = {"severity", "kind", "item", "location",
                                                    "message"};

}  // namespace

void PrintExceptions(std::ostream& out, std::span<const store::ExceptionRecord> exceptions,
                     Format format, std::size_t limit) {
  std::size_t shown = limit == 0 || format != Format::kTable ? exceptions.size()
                                                             : std::min(limit, exceptions.size());
  if (format == Format::kJson) {
    server::Json all = server::Json::array();
    for (const auto& e : exceptions) {
      all.push_back({{"severity", e.severity},
                     {"kind", e.kind},
                     {"item", e.item_code},
                     {"location", e.location_code},
                     {"message", e.message}});
    }
    out << all.dump(2) << '\n';
    return;
  }
  if (format == Format::kCsv) csv::WriteRow(out, kExceptionColumns);
  for (std::size_t i = 0; i < shown; ++i) {
    const auto& e = exceptions[i];
    if (format == Format::kCsv) {
      csv::WriteRow(out, std::vector<std::string>{e.severity, e.kind, e.item_code, e.location_code,
                                                  e.message});
    } else {
      fmt::print(out, "{:<8} {:<17} {}@{}: {}\n", e.severity, e.kind, e.item_code, e.location_code,
                 e.message);
    }
  }
  if (shown < exceptions.size()) {
    fmt::print(out, "… {} more exceptions (`lagom proposals exceptions`)\n",
               exceptions.size() - shown);
  }
}

void PrintRunSummary(std::ostream& out, const store::PlanRunRecord& run, int without_supplier,
                     const std::vector<std::pair<std::string, std::int64_t>>& phases) {
  fmt::print(out,
             "plan run {} as of {} ({} buckets): {} stock points planned, {} order proposals, "
             "order value {:.2f}, {} ms\n",
             run.id, FormatDate(run.as_of), PeriodKindName(run.period), run.stock_points,
             run.proposals, Money::FromRaw(run.order_value_raw).ToDouble(), run.duration_ms);
  if (without_supplier > 0) {
    fmt::print(out, "{} stock points have no supply terms (planned with a lead time of 0)\n",
               without_supplier);
  }
  if (phases.empty()) return;
  std::string times;
  for (const auto& [name, ms] : phases)
    times += fmt::format("{}{} {} ms", times.empty() ? "" : ", ", name, ms);
  fmt::print(out, "time: {}\n", times);
}

void PrintAlertSummary(std::ostream& out, const store::AlertSync& alerts) {
  fmt::print(out, "alerts: {} raised, {} still open, {} resolved (lagom alerts)\n", alerts.raised,
             alerts.ongoing, alerts.resolved);
}

void PrintFailures(std::ostream& out, const std::vector<std::string>& failures) {
  constexpr std::size_t kShown = 10;
  for (std::size_t i = 0; i < failures.size() && i < kShown; ++i) {
    fmt::print(out, "not planned: {}\n", failures[i]);
  }
  if (failures.size() > kShown) {
    fmt::print(out, "… and {} more stock points not planned\n", failures.size() - kShown);
  }
}

void PrintProposals(std::ostream& out, std::span<const store::ProposalRecord> proposals,
                    Format format, std::size_t limit, bool with_reasons) {
  switch (format) {
    case Format::kTable:
      PrintTable(out, proposals, limit, with_reasons);
      break;
    case Format::kCsv:
      csv::WriteRow(out, kColumns);
      for (const auto& p : proposals) csv::WriteRow(out, CsvFields(p));
      break;
    case Format::kJson: {
      server::Json all = server::Json::array();
      for (const auto& p : proposals) all.push_back(server::ProposalJson(p));
      out << all.dump(2) << '\n';
      break;
    }
  }
}

}  // namespace lagom::cli
