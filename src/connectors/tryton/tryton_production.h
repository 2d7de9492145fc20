// An approved production proposal as Tryton's draft production: the item made in the
// warehouse's production location by the product's first bill of materials (Tryton's
// default), its inputs and outputs scaled as Tryton's own production form does (inputs
// rounded up and outputs down to each unit's rounding), so the components are planned in
// Tryton as for a production entered there. A product without a BOM gets its output only.
#pragma once

#include <cstdint>
#include <string>

#include "connectors/erp_connector.h"
#include "connectors/tryton/tryton_session.h"

namespace lagom::connectors::tryton {

// The Tryton records a proposal's codes resolved to, and the marker the production's
// `reference` carries.
struct ProductionTarget {
  std::int64_t product = 0, unit = 0, warehouse = 0;
  std::string marker;
};

// The values of the create of Tryton's `production` model. An error when the warehouse has no
// production location or the BOM does not make the product.
Result<Json> ProductionValues(Session& session, const ProposalToPush& proposal,
                              const ProductionTarget& target);

}  // namespace lagom::connectors::tryton
