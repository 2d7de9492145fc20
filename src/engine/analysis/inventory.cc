#include "engine/analysis/inventory.h"

#include <algorithm>

namespace lagom::analysis {

Inventory::Inventory(ShortageKind shortage, double on_hand)
    : shortage_(shortage), on_hand_(on_hand) {}

void Inventory::Schedule(double quantity, int arrival) {
  pending_.push_back({arrival, quantity});
  on_order_ += quantity;
}

double Inventory::Receive(int period) {
  double received = 0.0;
  std::erase_if(pending_, [&](const Pending& p) {
    if (p.arrival > period) return false;
    received += p.quantity;
    return true;
  });
  on_order_ = pending_.empty() ? 0.0 : on_order_ - received;
  const double filled = std::min(received, backorders_);
  backorders_ -= filled;
  on_hand_ += received - filled;
  return received;
}

ServeOutcome Inventory::Serve(double demand) {
  ServeOutcome out;
  out.served = std::min(demand, on_hand_);
  out.shortage = demand - out.served;
  on_hand_ -= out.served;
  if (shortage_ == ShortageKind::kBackorders) backorders_ += out.shortage;
  return out;
}

}  // namespace lagom::analysis
