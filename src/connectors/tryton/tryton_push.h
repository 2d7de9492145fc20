// The push to Tryton: an approved proposal becomes a purchase request (the buyer turns
// requests into purchases in Tryton) or a draft purchase, whose description carries the
// proposal id ("Lagom proposal 42"): a push first looks for that marker, so a proposal
// is never pushed twice, even when the answer of an earlier push was lost.
#pragma once

#include "connectors/erp_connector.h"
#include "connectors/tryton/tryton_session.h"

namespace lagom::connectors::tryton {

Result<RemoteRecord> PushProposal(Session& session, const ProposalToPush& proposal,
                                  PushTarget target);

// `reference`: "purchase.request 12" or "purchase.purchase 7" as a push returned it.
Result<RemoteRecord> LookUp(Session& session, const std::string& reference);

// The description a pushed record carries.
std::string ProposalMarker(std::int64_t proposal_id);

}  // namespace lagom::connectors::tryton
