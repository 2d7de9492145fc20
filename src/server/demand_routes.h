// Routes of demand planning: a stock point's kept forecast versions and the accuracy of past
// forecasts (reads: viewer and up).
#pragma once

#include "server/router.h"

namespace lagom::server {

void AddDemandRoutes(Router& router);

}  // namespace lagom::server
