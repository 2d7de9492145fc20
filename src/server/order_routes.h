// Routes of supplier orders: a run's draft orders (per supplier and delivery location, and
// transfers per source), approving or rejecting a supplier's order as a whole, undoing a
// rejection, and the order document of a purchase order (CSV or printable HTML).
#pragma once

#include "server/router.h"

namespace lagom::server {

void AddOrderRoutes(Router& router);

}  // namespace lagom::server
