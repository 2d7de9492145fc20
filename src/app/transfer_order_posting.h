// A transfer posted against its transfer order (`lagom move transfer --order T1`): the
// shipment counts as shipped (and received, when it arrives at once), an arrival from transit
// as received, and the order closes once all of it has arrived, so the planning run counts
// the stock once: on order until it arrives, on hand after.
#pragma once

#include <cstdint>

#include "app/ledger_posting.h"

namespace lagom::app {

// The ids a transfer resolved to: `location_id` is where the movement is posted (the source
// of a transfer out, the destination of a transfer in), `other_location_id` the other end.
struct TransferEnds {
  std::int64_t item_id = 0, location_id = 0, other_location_id = 0;
};

// Updates `request.transfer_order` for a transfer out or in of `request.quantity`. Refused,
// naming the order, when it is closed, is for another item or route, or the quantity exceeds
// what is left to ship (out) or what was shipped and has not arrived (in). Runs inside the
// posting's transaction, so a refusal writes nothing.
Status PostAgainstTransferOrder(sqlite::Database& db, const MovementRequest& request,
                                const TransferEnds& ends);

}  // namespace lagom::app
