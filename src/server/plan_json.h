// Planning runs and order proposals as JSON, shared by the API and `lagom plan --format json`.
#pragma once

#include "server/http_json.h"
#include "store/plan_store.h"

namespace lagom::server {

// {"id", "run", "status", "item", "location", "supplier", "quantity", … , "why": {…}}
Json ProposalJson(const store::ProposalRecord& proposal);
Json PlanRunJson(const store::PlanRunRecord& run);

}  // namespace lagom::server
