// The pull from Tryton: which Tryton records become which Lagom entity rows (the README's
// mapping table says the same in prose). Only records written or created since the cursor
// are read, except what a changed record needs to be understood (codes of products,
// warehouses and parties it refers to).
#pragma once

#include "connectors/erp_connector.h"
#include "connectors/tryton/tryton_session.h"

namespace lagom::connectors::tryton {

Result<PullResult> PullChanges(Session& session, const PullRequest& request);

}  // namespace lagom::connectors::tryton
