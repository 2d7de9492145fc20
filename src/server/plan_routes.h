// Routes for planning: start a run and follow its progress, list runs, list and filter
// their order proposals, and the planner's decisions (edit, approve, reject).
#pragma once

#include "app/plan_jobs.h"
#include "server/router.h"

namespace lagom::server {

// REQUIRES: `jobs` outlives the router's server.
void AddPlanRoutes(Router& router, app::PlanJobs& jobs);

}  // namespace lagom::server
