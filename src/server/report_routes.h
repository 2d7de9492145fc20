// Routes of the stock ledger's reports: inventory valuation at a date by cost method, KPIs
// per item, location or group over a period, supplier performance (reads: viewer and up),
// and the reconciliation check (admin).
#pragma once

#include "server/router.h"

namespace lagom::server {

void AddReportRoutes(Router& router);

}  // namespace lagom::server
