#include "engine/plan/projection.h"

#include <algorithm>

namespace lagom::plan {

namespace {

double At(std::span<const double> values, std::size_t i) {
  return i < values.size() ? values[i] : 0.0;
}

}  // namespace

Projection ProjectBalance(const ProjectionInput& in) {
  Projection out;
  const std::size_t horizon = in.demand.size();
  out.balance.resize(horizon);
  double stock = in.on_hand - in.reserved;
  double all_receipts = 0;
  for (double receipt : in.receipts) all_receipts += receipt;
  out.excess = std::max(0.0, stock + all_receipts - in.order_up_to);
  out.cover_periods = static_cast<double>(horizon);
  bool covered = true;
  for (std::size_t t = 0; t < horizon; ++t) {
    double start = stock + At(in.receipts, t);
    stock = start - in.demand[t];
    out.balance[t] = stock;
    if (covered && stock < 0) {
      // Interpolate within the period: the stock lasts start / demand of it.
      double fraction = in.demand[t] > 0 ? std::clamp(start / in.demand[t], 0.0, 1.0) : 0.0;
      out.cover_periods = static_cast<double>(t) + fraction;
      covered = false;
    }
    if (out.first_stockout < 0 && stock < 0) out.first_stockout = static_cast<int>(t);
    if (out.first_below_safety < 0 && stock < in.safety_stock) {
      out.first_below_safety = static_cast<int>(t);
    }
  }
  return out;
}

std::vector<double> PlannedReleases(const ProjectionInput& in, const SupplierRules& rules) {
  std::vector<double> releases(in.demand.size(), 0.0);
  double position = in.on_hand - in.reserved;
  for (double receipt : in.receipts) position += receipt;
  for (std::size_t t = 0; t < in.demand.size(); ++t) {
    if (position <= in.reorder_point) {
      Rounded order = RoundToSupplierRules(in.order_up_to - position, rules);
      releases[t] = static_cast<double>(order.quantity_milli) / 1000.0;
      position += releases[t];
    }
    position -= in.demand[t];
  }
  return releases;
}

bool StockoutBeforeReceipt(int first_stockout, double earliest_receipt) {
  return first_stockout >= 0 && first_stockout + 1 <= earliest_receipt;
}

Date ProjectionPeriodDate(Date as_of, PeriodKind period, int index) {
  return PeriodStart(as_of, period) +
         std::chrono::days{static_cast<int>(index * DaysPerPeriod(period))};
}

}  // namespace lagom::plan
