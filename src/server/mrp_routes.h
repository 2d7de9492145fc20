// Routes of MRP and production: an item's MRP record, its bill-of-material tree and the
// pegging of its orders, the rough-cut capacity load (reads, computed as of `as_of`, by
// default the latest plan's date); releasing a production order (planners) and completing
// it under an idempotency key (operators).
#pragma once

#include "server/router.h"

namespace lagom::server {

void AddMrpRoutes(Router& router);

}  // namespace lagom::server
