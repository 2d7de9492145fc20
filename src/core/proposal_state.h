// An order proposal's state, named once: what the plan did with it (the planning run sets it)
// and then what the planner decided. Outputs, filters and totals take their names and rules
// from here. Header-only; thread-safe.
#pragma once

#include <string_view>

#include "core/names.h"

namespace lagom {

enum class ProposalState {
  kProposed,          // to be ordered as the policy computed it
  kDeferredBudget,    // waits: a budget went to proposals that protect more sales
  kHeldBelowMinimum,  // waits: the supplier's order stays below its minimum order value
  kBroughtForward,    // increased to reach a minimum order value or free freight
  kContainerFill,     // increased to fill a container
  kExpedite,          // the stock runs out before it can arrive
  kApproved,          // the planner approved it: it is an open order now
  kRejected,          // the planner rejected it
};
inline constexpr Named<ProposalState> kProposalStates[] = {
    {ProposalState::kProposed, "proposed"},
    {ProposalState::kDeferredBudget, "deferred-budget"},
    {ProposalState::kHeldBelowMinimum, "held-below-minimum"},
    {ProposalState::kBroughtForward, "brought-forward"},
    {ProposalState::kContainerFill, "container-fill"},
    {ProposalState::kExpedite, "expedite"},
    {ProposalState::kApproved, "approved"},
    {ProposalState::kRejected, "rejected"},
};

// Ordered, or to be ordered when approved: what order totals count. Deferred, held and
// rejected proposals are not.
constexpr bool CountsAsOrdered(ProposalState state) {
  return state != ProposalState::kDeferredBudget && state != ProposalState::kHeldBelowMinimum &&
         state != ProposalState::kRejected;
}

// When the plan finds several things about one proposal, the state it shows is the one that
// matters most to the buyer: waiting (deferred, held) before urgency before the increases.
// REQUIRES: neither state is a decision (approved, rejected).
constexpr ProposalState MoreTelling(ProposalState a, ProposalState b) {
  auto rank = [](ProposalState s) {
    switch (s) {
      case ProposalState::kDeferredBudget:
        return 5;
      case ProposalState::kHeldBelowMinimum:
        return 4;
      case ProposalState::kExpedite:
        return 3;
      case ProposalState::kContainerFill:
        return 2;
      case ProposalState::kBroughtForward:
        return 1;
      default:
        return 0;
    }
  };
  return rank(a) >= rank(b) ? a : b;
}

inline std::string_view ProposalStateName(ProposalState state) {
  return NameOf<ProposalState>(kProposalStates, state);
}

}  // namespace lagom
