// The stock ledger's answers as JSON: posted movements, receipts, counts, reservations,
// what a stock point holds and may promise, and what a scan matched. Items and locations by
// code; quantities in the item's unit and money in the company currency as numbers;
// dates "YYYY-MM-DD".
#pragma once

#include "app/availability.h"
#include "app/counting.h"
#include "app/receiving.h"
#include "app/receiving_scan.h"
#include "app/reservations.h"
#include "app/stock_feed.h"
#include "app/tag_reads.h"
#include "server/http_json.h"

namespace lagom::server {

// {"key", "replayed", "movements": [{"id", "line", "type", "date", "item", "location", "lot",
//  "expiry", "quantity", "unit_cost", "amount", "other_location", "reference", "user"}]}
Result<Json> PostedJson(sqlite::Database& db, const app::Posted& posted);

// The receipt's movements, its order line ("line": null for a free receipt) and "stock":
// what the stock point holds now.
Result<Json> ReceiptJson(sqlite::Database& db, const app::ReceiptOutcome& receipt, Date today);

Result<Json> CountJson(sqlite::Database& db, const app::CountOutcome& count);
// A tag batch's tallies: {reads, repeated, tallies: [{item, lot, expiry, quantity}]}.
Json TagBatchJson(const app::TagBatch& batch);
Result<Json> ReservationJson(sqlite::Database& db, const store::ReservationRow& reservation,
                             bool replayed);

// {"on_hand", "usable", "expired", "reserved", "available_to_promise", "lots": [...]}.
// Available to promise is never shown below zero.
// A write the ledger refused: a rule of the stock (ConstraintViolated: insufficient stock,
// a reservation no longer open) is 409 Conflict naming `field` — the state of the stock,
// not the request, is what stands in the way; any other error as SendError.
void SendLedgerError(httplib::Response& res, const Error& error, const char* field);

Json AvailabilityJson(const app::Availability& stock, Date today);
Json AtpRowJson(const store::AtpRow& row);
Json ScanMatchJson(const app::ScanMatch& match);

}  // namespace lagom::server
