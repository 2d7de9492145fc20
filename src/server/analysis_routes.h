// Routes for classification, alerts and cycle counts: run `lagom classify` and read its
// classes, ABC×XYZ matrix and history of moves; list alerts; plan and read count lists.
#pragma once

#include "server/router.h"

namespace lagom::server {

void AddAnalysisRoutes(Router& router);

}  // namespace lagom::server
