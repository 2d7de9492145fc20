#include "engine/plan/supplier_order.h"

#include <queue>
#include <vector>

#include "core/money.h"

namespace lagom::plan {

namespace {

bool CanTakeAPack(const OrderLine& line) {
  if (line.held || line.demand_per_day <= 0) return false;
  std::int64_t next = line.quantity_milli + line.pack_milli;
  if (line.max_milli > 0 && next > line.max_milli) return false;
  if (line.max_cover_days > 0) {
    double cover = (line.position + static_cast<double>(next) / 1000.0) / line.demand_per_day;
    if (cover > line.max_cover_days) return false;
  }
  return true;
}

void AddPack(OrderLine& line) {
  line.quantity_milli += line.pack_milli;
  line.brought_forward_milli += line.pack_milli;
}

std::int64_t PackValueRaw(const OrderLine& line) {
  return Extend(Money::FromRaw(line.unit_price_raw), Quantity::FromRaw(line.pack_milli)).raw();
}

// Brings forward until the order's value reaches `target_raw`; on failure restores the lines.
bool RaiseValueTo(std::span<OrderLine> lines, std::int64_t target_raw) {
  std::vector<OrderLine> saved(lines.begin(), lines.end());
  std::int64_t value = OrderValueRaw(lines);
  bool reached = BringForward(
      lines, [&] { return value >= target_raw; },
      [&](const OrderLine& line) {
        value += PackValueRaw(line);
        return true;
      });
  if (!reached) std::copy(saved.begin(), saved.end(), lines.begin());
  return reached;
}

}  // namespace

std::int64_t OrderValueRaw(std::span<const OrderLine> lines) {
  Money total;
  for (const OrderLine& line : lines) {
    if (!line.held) {
      total += Extend(Money::FromRaw(line.unit_price_raw), Quantity::FromRaw(line.quantity_milli));
    }
  }
  return total.raw();
}

bool BringForward(std::span<OrderLine> lines, const std::function<bool()>& done,
                  const std::function<bool(const OrderLine&)>& accept_pack) {
  // Fewest days of cover first; equal cover → the earlier line.
  using Entry = std::pair<double, std::size_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> urgent;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (CanTakeAPack(lines[i])) urgent.emplace(CoverDays(lines[i]), i);
  }
  while (!done()) {
    if (urgent.empty()) return false;
    std::size_t i = urgent.top().second;
    urgent.pop();
    if (!accept_pack(lines[i])) continue;  // this line no longer fits; try the next
    AddPack(lines[i]);
    if (CanTakeAPack(lines[i])) urgent.emplace(CoverDays(lines[i]), i);
  }
  return true;
}

MinimumOrderOutcome ApplyMinimumOrderValue(std::span<OrderLine> lines, std::int64_t minimum_raw,
                                           BelowMinimum policy) {
  MinimumOrderOutcome out;
  out.value_before_raw = out.value_after_raw = OrderValueRaw(lines);
  if (out.value_before_raw == 0 || out.value_before_raw >= minimum_raw) return out;
  if (policy == BelowMinimum::kSurpass) out.surpassed = RaiseValueTo(lines, minimum_raw);
  if (!out.surpassed) {
    for (OrderLine& line : lines) line.held = line.quantity_milli > 0 || line.held;
    out.held = true;
  }
  out.value_after_raw = OrderValueRaw(lines);
  return out;
}

FreeFreightOutcome ApplyFreeFreight(std::span<OrderLine> lines, std::int64_t threshold_raw,
                                    double top_up_fraction) {
  FreeFreightOutcome out;
  out.value_before_raw = out.value_after_raw = OrderValueRaw(lines);
  if (threshold_raw <= 0 || out.value_before_raw == 0 || out.value_before_raw >= threshold_raw ||
      static_cast<double>(out.value_before_raw) <
          top_up_fraction * static_cast<double>(threshold_raw)) {
    return out;
  }
  out.topped_up = RaiseValueTo(lines, threshold_raw);
  out.value_after_raw = OrderValueRaw(lines);
  return out;
}

}  // namespace lagom::plan
