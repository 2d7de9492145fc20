// Supplier orders in the API's and the CLI's formats: draft orders as JSON, and the order
// document sent to a supplier as CSV or a printable HTML page (its own inline style, no
// scripts, every text escaped).
#pragma once

#include <string>
#include <vector>

#include "app/supplier_order_review.h"
#include "server/http_json.h"

namespace lagom::server {

Json DraftOrderJson(const app::DraftOrder& draft);
Json ApprovedOrderJson(const app::ApprovedOrder& order);

// A header line (po_number, supplier, location, order_date), then one row per line.
std::string OrderDocumentCsv(const store::OrderDocument& doc);
std::string OrderDocumentHtml(const store::OrderDocument& doc);

}  // namespace lagom::server
