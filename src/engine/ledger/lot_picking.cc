#include "engine/ledger/lot_picking.h"

#include <algorithm>

namespace lagom::ledger {

namespace {

bool FefoBefore(const LotStock* a, const LotStock* b) {
  if (a->expiry != b->expiry) {
    if (!a->expiry || !b->expiry) return a->expiry.has_value();
    return *a->expiry < *b->expiry;
  }
  if (a->received != b->received) return a->received < b->received;
  return a->lot < b->lot;
}

bool FifoBefore(const LotStock* a, const LotStock* b) {
  if (a->received != b->received) return a->received < b->received;
  return a->lot < b->lot;
}

Error Insufficient(Quantity usable, Quantity expired, Quantity wanted) {
  std::string text = "insufficient stock: " + usable.ToString() + " available";
  if (expired > Quantity()) text += " (and " + expired.ToString() + " expired)";
  return {ErrorCode::kConstraintViolated, text + ", " + wanted.ToString() + " requested"};
}

Result<std::vector<Pick>> PickManual(std::span<const LotStock> lots, Quantity wanted, Date today,
                                     std::string_view lot) {
  auto found =
      std::find_if(lots.begin(), lots.end(), [&](const LotStock& s) { return s.lot == lot; });
  if (found == lots.end()) return NotFound("no stock in lot '" + std::string(lot) + "'");
  if (IsExpired(found->expiry, today)) {
    return Error{ErrorCode::kConstraintViolated,
                 "lot '" + std::string(lot) + "' expired on " + FormatDate(*found->expiry)};
  }
  if (found->available < wanted) return Insufficient(found->available, Quantity(), wanted);
  return std::vector<Pick>{{found->lot, wanted}};
}

}  // namespace

std::optional<PickPolicy> ParsePickPolicy(std::string_view name) {
  if (name == "fefo") return PickPolicy::kFefo;
  if (name == "fifo") return PickPolicy::kFifo;
  if (name == "manual") return PickPolicy::kManual;
  return std::nullopt;
}

Result<std::vector<Pick>> PickLots(std::span<const LotStock> lots, Quantity wanted,
                                   PickPolicy policy, Date today, std::string_view manual_lot) {
  if (policy == PickPolicy::kManual) return PickManual(lots, wanted, today, manual_lot);
  std::vector<const LotStock*> usable;
  Quantity usable_total, expired_total;
  for (const LotStock& lot : lots) {
    if (lot.available <= Quantity()) continue;
    if (IsExpired(lot.expiry, today)) {
      expired_total += lot.available;
    } else {
      usable.push_back(&lot);
      usable_total += lot.available;
    }
  }
  if (usable_total < wanted) return Insufficient(usable_total, expired_total, wanted);
  std::sort(usable.begin(), usable.end(), policy == PickPolicy::kFefo ? FefoBefore : FifoBefore);
  std::vector<Pick> picks;
  for (const LotStock* lot : usable) {
    if (wanted == Quantity()) break;
    Quantity take = std::min(wanted, lot->available);
    picks.push_back({lot->lot, take});
    wanted -= take;
  }
  return picks;
}

}  // namespace lagom::ledger
