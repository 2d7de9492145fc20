// GET /api/v1/jobs: each scheduled job (app/scheduled_jobs.h) with its schedule, next due
// time and last run (status, start, end, duration, error).
#pragma once

#include "server/router.h"

namespace lagom::server {

void AddJobRoutes(Router& router);

}  // namespace lagom::server
