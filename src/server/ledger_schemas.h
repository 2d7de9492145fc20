// JSON schemas of the ledger's and reports' requests and answers, for the OpenAPI document:
// its components, referred to with SchemaRef("name") (schema.h).
#pragma once

#include "server/http_json.h"

namespace lagom::server {

Json LedgerSchemas();

}  // namespace lagom::server
