// Lagom's connector to Tryton (6.0), over its JSON-RPC: the pull (tryton_pull.h), the push
// (tryton_push.h), units (tryton_units.h), values (tryton_values.h), the session
// (tryton_session.h).
#pragma once

#include <memory>

#include "connectors/erp_connector.h"

namespace lagom::connectors {

std::unique_ptr<ErpConnector> MakeTrytonConnector(const ErpEndpoint& endpoint);

}  // namespace lagom::connectors
