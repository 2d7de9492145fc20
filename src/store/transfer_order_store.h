// Transfer orders as the ledger moves them: the line a shipment (transfer out) or an
// arrival (transfer in) posts against. SQL only; the rules are app/transfer_order_posting's.
#pragma once

#include <cstdint>
#include <string>

#include "core/quantity.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct TransferOrderLine {
  std::int64_t id = 0;
  std::string number;
  std::int64_t item_id = 0, from_location_id = 0, to_location_id = 0;
  Quantity ordered, shipped, received;
  std::string status;  // open, closed
};

// NotFound names the number when there is no such transfer order.
Result<TransferOrderLine> LoadTransferOrder(sqlite::Database& db, const std::string& number);

// Writes the line's shipped, received and status.
Status UpdateTransferOrder(sqlite::Database& db, const TransferOrderLine& line);

}  // namespace lagom::store
