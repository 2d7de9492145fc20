#include "cli/proposal_output.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <string>
#include <vector>

#include "core/money.h"
#include "core/quantity.h"
#include "csv/writer.h"
#include "server/order_json.h"
#include "server/plan_json.h"

namespace lagom::cli {

namespace {

// The table's columns: proposal fields (store/proposal_fields.h) with a heading and a width
// (negative: left-aligned), then a note.
struct TableColumn {
  std::string_view field, heading;
  int width;
};
constexpr TableColumn kTableColumns[] = {
    {"id", "id", 6},
    {"item", "item", -14},
    {"location", "location", -8},
    {"supplier", "supplier", -14},
    {"state", "state", -18},
    {"quantity", "quantity", 10},
    {"order_value", "value", 12},
    {"due_date", "due", 10},
    {"position", "position", 9},
    {"reorder_point", "reorder", 9},
    {"order_up_to", "up to", 9},
};

std::string Cell(std::string_view text, int width) {
  return width < 0 ? fmt::format("{:<{}}", text, -width) : fmt::format("{:>{}}", text, width);
}

// What a table line says about a proposal besides its numbers and state.
std::string Note(const store::ProposalRecord& p) {
  if (p.kind == "transfer") return "from " + p.source_location_code;
  if (p.kind == "production") return "production, start " + FormatDate(p.order_date);
  return p.container.empty() ? "" : "cont. " + p.container;
}

std::string TableLine(const store::ProposalRecord* p) {
  std::string line;
  for (const TableColumn& column : kTableColumns) {
    std::string text(column.heading);
    if (p) {
      text = store::ProposalFieldText(*store::FindProposalField(column.field), *p, 2);
      if (column.field == "supplier" && text.empty()) text = p->kind == "purchase" ? "(none)" : "-";
    }
    line += (line.empty() ? "" : " ") + Cell(text, column.width);
  }
  return line + "  " + (p ? Note(*p) : "note");
}

void PrintTable(std::ostream& out, std::span<const store::ProposalRecord> proposals,
                std::size_t limit, bool with_reasons) {
  std::size_t shown = limit == 0 ? proposals.size() : std::min(limit, proposals.size());
  fmt::print(out, "{}\n", TableLine(nullptr));
  for (std::size_t i = 0; i < shown; ++i) {
    fmt::print(out, "{}\n", TableLine(&proposals[i]));
    if (with_reasons) fmt::print(out, "    why: {}\n", proposals[i].reason);
  }
  if (shown < proposals.size()) {
    fmt::print(out, "… {} more proposals (all of them with --format csv or json)\n",
               proposals.size() - shown);
  }
}

void PrintCsv(std::ostream& out, std::span<const store::ProposalRecord> proposals) {
  std::vector<std::string> row;
  for (const store::ProposalField& field : store::ShownProposalFields()) {
    row.emplace_back(field.name);
  }
  csv::WriteRow(out, row);
  for (const store::ProposalRecord& p : proposals) {
    row.clear();
    for (const store::ProposalField& field : store::ShownProposalFields()) {
      row.push_back(store::ProposalFieldText(field, p));
    }
    csv::WriteRow(out, row);
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

namespace {

std::string Money2(std::int64_t raw) {
  return fmt::format("{:.2f}", Money::FromRaw(raw).ToDouble());
}

std::string DraftTitle(const app::DraftOrder& d) {
  if (d.kind == "transfer") return "transfers from " + d.source_location_code;
  return (d.supplier_code.empty() ? std::string("(no supplier)") : d.supplier_code) + " → " +
         d.location_code;
}

std::string DraftMeasures(const app::DraftOrder& d) {
  std::string text =
      fmt::format("{} lines to order, value {}", d.lines_to_order, Money2(d.value_raw));
  if (d.min_order_value_raw > 0) text += " (minimum " + Money2(d.min_order_value_raw) + ")";
  if (d.free_freight_raw > 0) {
    text += d.value_raw >= d.free_freight_raw
                ? ", free freight reached"
                : ", " + Money2(d.free_freight_raw - d.value_raw) + " short of free freight";
  }
  if (d.containers > 0) {
    text += fmt::format(", {} container(s) {:.0f}% full", d.containers, 100 * d.container_fill);
  }
  return text;
}

void PrintDraftTable(std::ostream& out, std::span<const app::DraftOrder> drafts) {
  for (const app::DraftOrder& d : drafts) {
    fmt::print(out, "{}: {}\n", DraftTitle(d), DraftMeasures(d));
    for (const std::string& w : d.warnings) fmt::print(out, "  warning: {}\n", w);
    for (const app::DraftLine& l : d.lines) {
      const store::ProposalRecord& p = l.proposal;
      fmt::print(out, "  {:>6} {:<14} {:<18} {:>10} {:<5} {:>12}{}\n", p.id, p.item_code, p.state,
                 Quantity::FromRaw(p.quantity_milli).ToString(), l.facts.uom,
                 Money2(p.order_value_raw),
                 p.kind == "transfer" ? " to " + p.location_code : std::string());
    }
  }
}

void PrintDraftCsv(std::ostream& out, std::span<const app::DraftOrder> drafts) {
  csv::WriteRow(out, std::vector<std::string>{
                         "kind", "supplier", "location", "source_location", "order_value",
                         "min_order_value", "free_freight_value", "containers", "container_fill",
                         "proposal", "item", "item_name", "state", "quantity", "uom", "pack",
                         "source_available", "value", "warnings"});
  for (const app::DraftOrder& d : drafts) {
    for (const app::DraftLine& l : d.lines) {
      const store::ProposalRecord& p = l.proposal;
      std::string warnings;
      for (const std::string& w : l.warnings) warnings += (warnings.empty() ? "" : "; ") + w;
      bool transfer = d.kind == "transfer";
      csv::WriteRow(out,
                    std::vector<std::string>{
                        d.kind, d.supplier_code, p.location_code, d.source_location_code,
                        Money::FromRaw(d.value_raw).ToString(),
                        Money::FromRaw(d.min_order_value_raw).ToString(),
                        Money::FromRaw(d.free_freight_raw).ToString(), std::to_string(d.containers),
                        fmt::format("{:.4f}", d.container_fill), std::to_string(p.id), p.item_code,
                        l.facts.item_name, p.state, Quantity::FromRaw(p.quantity_milli).ToString(),
                        l.facts.uom, Quantity::FromRaw(l.facts.order_multiple_milli).ToString(),
                        transfer ? Quantity::FromRaw(l.facts.source_available_milli).ToString()
                                 : std::string(),
                        Money::FromRaw(p.order_value_raw).ToString(), warnings});
    }
  }
}

}  // namespace

void PrintDraftOrders(std::ostream& out, std::span<const app::DraftOrder> drafts, Format format) {
  switch (format) {
    case Format::kTable:
      PrintDraftTable(out, drafts);
      break;
    case Format::kCsv:
      PrintDraftCsv(out, drafts);
      break;
    case Format::kJson: {
      server::Json all = server::Json::array();
      for (const auto& d : drafts) all.push_back(server::DraftOrderJson(d));
      out << all.dump(2) << '\n';
      break;
    }
  }
}

void PrintProposals(std::ostream& out, std::span<const store::ProposalRecord> proposals,
                    Format format, std::size_t limit, bool with_reasons) {
  switch (format) {
    case Format::kTable:
      PrintTable(out, proposals, limit, with_reasons);
      break;
    case Format::kCsv:
      PrintCsv(out, proposals);
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
