#include "engine/ledger/kpi.h"

#include <cmath>

namespace lagom::ledger {

namespace {

std::optional<double> Ratio(double numerator, double denominator) {
  if (denominator == 0) return std::nullopt;
  return numerator / denominator;
}

}  // namespace

Money AverageInventory(Money begin_value, Money end_value) {
  return Money::FromRaw(fixed_point_detail::DivideRounded(
      static_cast<fixed_point_detail::Int128>(begin_value.raw()) + end_value.raw(), 2));
}

std::optional<double> Turnover(Money cogs, Money average_inventory) {
  return Ratio(cogs.ToDouble(), average_inventory.ToDouble());
}

std::optional<double> DaysOfInventory(Money cogs, Money average_inventory, int days) {
  auto ratio = Ratio(average_inventory.ToDouble(), cogs.ToDouble());
  if (!ratio) return std::nullopt;
  return *ratio * days;
}

std::optional<double> Gmroi(Money revenue, Money cogs, Money average_inventory) {
  return Ratio((revenue - cogs).ToDouble(), average_inventory.ToDouble());
}

std::optional<double> SellThrough(Quantity sold, Quantity begin_on_hand, Quantity received) {
  return Ratio(sold.ToDouble(), (begin_on_hand + received).ToDouble());
}

std::optional<double> RecordAccuracy(int matching_counts, int counts) {
  return Ratio(matching_counts, counts);
}

std::optional<double> ShrinkageRate(Money shrinkage, Money revenue) {
  return Ratio(shrinkage.ToDouble(), revenue.ToDouble());
}

std::optional<double> FillRate(Quantity requested, Quantity backordered) {
  return Ratio((requested - backordered).ToDouble(), requested.ToDouble());
}

int StockOutDays(Quantity opening, std::span<const DatedDelta> deltas, Date from, Date to,
                 Date stocked_since) {
  Quantity on_hand = opening;
  std::size_t next = 0;
  while (next < deltas.size() && deltas[next].date < from) ++next;  // in `opening` already
  int out_days = 0;
  for (Date day = from; day <= to; day += std::chrono::days{1}) {
    while (next < deltas.size() && deltas[next].date == day) on_hand += deltas[next++].delta;
    if (on_hand <= Quantity() && day >= stocked_since) ++out_days;
  }
  return out_days;
}

MeanSd LeadTimeStats(std::span<const double> lead_times_days) {
  MeanSd out;
  out.n = static_cast<int>(lead_times_days.size());
  if (out.n == 0) return out;
  double sum = 0;
  for (double x : lead_times_days) sum += x;
  out.mean = sum / out.n;
  if (out.n < 2) return out;
  double squares = 0;
  for (double x : lead_times_days) squares += (x - out.mean) * (x - out.mean);
  out.sd = std::sqrt(squares / (out.n - 1));
  return out;
}

}  // namespace lagom::ledger
