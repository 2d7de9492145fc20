// Routes about the session and the API itself: health (open), login (open), the caller's
// identity, user management (admin) and the OpenAPI document.
#pragma once

#include "server/router.h"

namespace lagom::server {

void AddSessionRoutes(Router& router);

// GET /api/v1/openapi.json, describing every route of `router` (added last, so that it
// describes all of them, itself included).
void AddOpenApiRoute(Router& router);

}  // namespace lagom::server
