// The push to Tryton: an approved purchase proposal becomes a purchase request (the buyer
// turns requests into purchases in Tryton) or a draft purchase, whose description carries the
// proposal id ("Lagom proposal 42"); an approved production proposal becomes a draft
// production (tryton_production.h) whose reference carries it. A push first looks for that
// marker, so a proposal is never pushed twice, even when the answer of an earlier push was lost.
#pragma once

#include "connectors/erp_connector.h"
#include "connectors/tryton/tryton_session.h"

namespace lagom::connectors::tryton {

Result<RemoteRecord> PushProposal(Session& session, const ProposalToPush& proposal,
                                  PushTarget target);

// `reference`: "purchase.request 12", "purchase.purchase 7" or "production 3" as a
// push returned it.
Result<RemoteRecord> LookUp(Session& session, const std::string& reference);

// The description a pushed record carries.
std::string ProposalMarker(std::int64_t proposal_id);

}  // namespace lagom::connectors::tryton
