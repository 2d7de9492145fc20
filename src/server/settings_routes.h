// GET /api/v1/settings (every setting: value in force, default, allowed values, meaning) and
// PUT /api/v1/settings (change settings, all or nothing), from app/settings.h's table.
#pragma once

#include "server/router.h"

namespace lagom::server {

void AddSettingsRoutes(Router& router);

}  // namespace lagom::server
