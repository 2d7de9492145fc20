// Routes for the importable entities (items, locations, suppliers, supply-terms, boms,
// stock, purchase-orders, demand): list with filters, sorting and paging; read one by code;
// write JSON objects; import a CSV body. Writes use the same checks as `lagom import`.
#pragma once

#include "server/router.h"

namespace lagom::server {

void AddEntityRoutes(Router& router);

// JSON schemas of the entities, for the OpenAPI document's components.
Json EntitySchemas();

}  // namespace lagom::server
