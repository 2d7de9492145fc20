#include "app/transfer_order_posting.h"

#include "store/transfer_order_store.h"

namespace lagom::app {

namespace {

using ledger::MovementType;

Status CheckRoute(const store::TransferOrderLine& order, const MovementRequest& r,
                  const TransferEnds& ends) {
  bool out = r.type == MovementType::kTransferOut;
  std::int64_t from = out ? ends.location_id : ends.other_location_id;
  std::int64_t to = out ? ends.other_location_id : ends.location_id;
  if (order.status != "open") {
    return Error{ErrorCode::kConflict, "transfer order '" + order.number + "' is closed"};
  }
  if (order.item_id != ends.item_id || order.from_location_id != from ||
      order.to_location_id != to) {
    return InvalidInput("transfer order '" + order.number + "' is for another item or route than " +
                        r.item + " from " + (out ? r.location : r.other_location) + " to " +
                        (out ? r.other_location : r.location));
  }
  return {};
}

Status Exceeds(const store::TransferOrderLine& order, const MovementRequest& r, Quantity left,
               std::string_view what) {
  return Error{ErrorCode::kConstraintViolated, r.quantity.ToString() + " is more than the " +
                                                   left.ToString() + " " + std::string(what) +
                                                   " on transfer order '" + order.number + "'"};
}

}  // namespace

Status PostAgainstTransferOrder(sqlite::Database& db, const MovementRequest& r,
                                const TransferEnds& ends) {
  if (r.type != MovementType::kTransferOut && r.type != MovementType::kTransferIn) {
    return InvalidInput("a transfer order applies to transfers only");
  }
  auto order = store::LoadTransferOrder(db, r.transfer_order);
  if (!order) return order.error();
  if (Status route = CheckRoute(*order, r, ends); !route) return route;
  if (r.type == MovementType::kTransferOut) {
    Quantity to_ship = order->ordered - order->shipped;
    if (r.quantity > to_ship) return Exceeds(*order, r, to_ship, "left to ship");
    order->shipped += r.quantity;
    if (!r.in_transit) order->received += r.quantity;
  } else {
    Quantity on_the_way = order->shipped - order->received;
    if (r.quantity > on_the_way) return Exceeds(*order, r, on_the_way, "shipped and not arrived");
    order->received += r.quantity;
  }
  if (order->received >= order->ordered) order->status = "closed";
  return store::UpdateTransferOrder(db, *order);
}

}  // namespace lagom::app
