// Routes of warehouse work on the stock ledger (operator and admin): post a movement,
// receive against a purchase order line (typed or scanned), record a count — each under an
// idempotency key (the Idempotency-Key header or the body's `key`): the first post answers
// 201, the same key again 200 with the first result and "replayed": true. Also the
// receiving screen's look-up of a scanned or typed code (reads).
#pragma once

#include "server/router.h"

namespace lagom::server {

void AddLedgerRoutes(Router& router);

// Routes for sales channels: available to promise per stock point (one, or a paged feed)
// and reservations that never oversell (reserve, look up, release, fulfil).
void AddChannelRoutes(Router& router);

}  // namespace lagom::server
