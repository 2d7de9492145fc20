#include "engine/ledger/cost_layers.h"

#include <algorithm>

namespace lagom::ledger {

namespace {

using fixed_point_detail::DivideRounded;
using fixed_point_detail::Int128;

// round(value · part / whole), exact in 128 bits. REQUIRES: whole ≠ 0.
std::int64_t Share(std::int64_t value, std::int64_t part, std::int64_t whole) {
  return DivideRounded(static_cast<Int128>(value) * part, whole);
}

// Takes `quantity` out of `layer`; the last unit takes all the value that is left.
Money TakeFrom(CostLayer& layer, Quantity quantity) {
  Money taken =
      quantity == layer.quantity
          ? layer.value
          : Money::FromRaw(Share(layer.value.raw(), quantity.raw(), layer.quantity.raw()));
  layer.quantity -= quantity;
  layer.value -= taken;
  return taken;
}

}  // namespace

void CostLayers::Add(Date date, const std::string& lot, Quantity quantity, Money value) {
  total_ += quantity;
  if (pooled_ && !layers_.empty()) {
    layers_.front().quantity += quantity;
    layers_.front().value += value;
    return;
  }
  layers_.push_back({date, pooled_ ? std::string() : lot, quantity, value});
}

Money CostLayers::Take(Quantity quantity, bool newest_first) {
  Money taken;
  while (quantity > Quantity()) {
    CostLayer& layer = newest_first ? layers_.back() : layers_.front();
    Quantity part = std::min(quantity, layer.quantity);
    taken += TakeFrom(layer, part);
    quantity -= part;
    if (layer.quantity == Quantity() && !pooled_) {
      if (newest_first) {
        layers_.pop_back();
      } else {
        layers_.pop_front();
      }
    }
    total_ -= part;
  }
  return taken;
}

Status CostLayers::WriteDown(Money amount, const std::string& lot) {
  auto applies = [&](const CostLayer& layer) { return pooled_ || lot.empty() || layer.lot == lot; };
  Money base;
  for (const CostLayer& layer : layers_) {
    if (applies(layer)) base += layer.value;
  }
  if (amount > base) {
    return Error{ErrorCode::kConstraintViolated,
                 "a write-down of " + amount.ToString() + " exceeds the value it applies to (" +
                     base.ToString() + (lot.empty() ? "" : " in lot '" + lot + "'") + ")"};
  }
  // Sequential shares of what is left keep every share within its layer's value, and the
  // last layer takes the exact remainder.
  for (CostLayer& layer : layers_) {
    if (!applies(layer) || base == Money()) continue;
    Money share = Money::FromRaw(Share(amount.raw(), layer.value.raw(), base.raw()));
    base -= layer.value;
    amount -= share;
    layer.value -= share;
  }
  return {};
}

Money CostLayers::value() const {
  Money sum;
  for (const CostLayer& layer : layers_) sum += layer.value;
  return sum;
}

}  // namespace lagom::ledger
