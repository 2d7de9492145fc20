// Routes behind the dashboard's screens: the overview (KPIs, exceptions, last plan run), the
// stock point list and one stock point's page. Reads only (viewer and up).
#pragma once

#include "server/router.h"

namespace lagom::server {

void AddDashboardRoutes(Router& router);

// JSON schemas of the answers, for the OpenAPI document's components.
Json DashboardSchemas();

}  // namespace lagom::server
