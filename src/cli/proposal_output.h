// Printing a planning run's order proposals as a table, CSV or JSON.
#pragma once

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "app/plan_results.h"
#include "app/planning_run.h"
#include "app/supplier_order_review.h"
#include "cli/cli.h"

namespace lagom::cli {

// The run summary: stock points, proposals, order value, stock points without supplier, and
// where the time went.
void PrintRunSummary(std::ostream& out, const store::PlanRunRecord& run, int without_supplier,
                     const std::vector<std::pair<std::string, std::int64_t>>& phases = {});

// What the run did to the alerts: raised, still open, resolved.
void PrintAlertSummary(std::ostream& out, const store::AlertSync& alerts);

// The stock points a run could not plan, and why (the first ten).
void PrintFailures(std::ostream& out, const std::vector<std::string>& failures);

// A run's exceptions: table (the first `limit`, 0 = all), CSV or JSON.
void PrintExceptions(std::ostream& out, std::span<const store::ExceptionRecord> exceptions,
                     Format format, std::size_t limit);

// Table: the first `limit` proposals (0 = all), each with its reason when `with_reasons`.
// CSV and JSON: every proposal with every number behind it; `limit` does not apply.
// Draft orders (app/supplier_order_review.h): a table of orders and their lines, CSV with
// one row per line (the order's numbers repeated), or JSON as the API gives them.
void PrintDraftOrders(std::ostream& out, std::span<const app::DraftOrder> drafts, Format format);

void PrintProposals(std::ostream& out, std::span<const store::ProposalRecord> proposals,
                    Format format, std::size_t limit, bool with_reasons);

}  // namespace lagom::cli
