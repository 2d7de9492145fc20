// Planning runs and order proposals as JSON, shared by the API and `lagom plan --format json`.
#pragma once

#include "app/plan_results.h"
#include "server/http_json.h"

namespace lagom::server {

// {"id", "run", "status", "item", "location", "supplier", "quantity", … , "why": {…}}: the
// fields of store/proposal_fields.h, and their OpenAPI schema.
Json ProposalJson(const store::ProposalRecord& proposal);
Json ProposalSchema();
Json PlanRunJson(const store::PlanRunRecord& run);
Json PlanRunSchema();
// A run's proposals per supplier, largest value first: [{"supplier", "name", "proposals",
// "value" (proposed + approved), "min_order_value", "below_min_order_value",
// "by_status": {"proposed": {"count", "value"}, …}}]. Proposals without a supplier have
// "supplier": null.
Json SupplierTotalsJson(const std::vector<store::ProposalTotals>& totals);

}  // namespace lagom::server
