#include "engine/analysis/measures.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace lagom::analysis {

double SeriesMeasures::FillRate() const {
  return demand > 0 ? served / demand : NAN;
}

double SeriesMeasures::CycleServiceLevel() const {
  return cycles > 0 ? 1.0 - static_cast<double>(stockout_cycles) / cycles : NAN;
}

double SeriesMeasures::AverageOnHand() const {
  return periods > 0 ? on_hand_total / periods : 0.0;
}

Summary Summarise(std::span<const SeriesMeasures> series) {
  Summary s;
  double fill_rates = 0.0, csls = 0.0;
  int with_demand = 0, with_cycles = 0;
  for (const SeriesMeasures& m : series) {
    ++s.series;
    s.demand += m.demand;
    s.served += m.served;
    s.stock_value += m.AverageStockValue();
    s.on_hand += m.AverageOnHand();
    s.orders += m.orders;
    s.total_cost += m.TotalCost();
    if (m.demand > 0) fill_rates += m.FillRate(), ++with_demand;
    if (m.cycles > 0) csls += m.CycleServiceLevel(), ++with_cycles;
  }
  s.fill_rate = s.demand > 0 ? s.served / s.demand : NAN;
  s.mean_fill_rate = with_demand > 0 ? fill_rates / with_demand : NAN;
  s.mean_csl = with_cycles > 0 ? csls / with_cycles : NAN;
  return s;
}

double StockValueAtFillRate(std::span<const Summary> curve, double fill_rate) {
  std::vector<Summary> sorted(curve.begin(), curve.end());
  std::erase_if(sorted, [](const Summary& s) { return std::isnan(s.fill_rate); });
  std::sort(sorted.begin(), sorted.end(),
            [](const Summary& a, const Summary& b) { return a.fill_rate < b.fill_rate; });
  for (std::size_t i = 0; i + 1 < sorted.size(); ++i) {
    const Summary &lo = sorted[i], &hi = sorted[i + 1];
    if (fill_rate < lo.fill_rate || fill_rate > hi.fill_rate) continue;
    if (hi.fill_rate == lo.fill_rate) return std::min(lo.stock_value, hi.stock_value);
    const double w = (fill_rate - lo.fill_rate) / (hi.fill_rate - lo.fill_rate);
    return lo.stock_value + w * (hi.stock_value - lo.stock_value);
  }
  if (sorted.size() == 1 && sorted[0].fill_rate == fill_rate) return sorted[0].stock_value;
  return NAN;
}

double TargetForMeanFillRate(std::span<const double> targets, std::span<const Summary> curve,
                             double wanted) {
  std::vector<std::pair<double, double>> points;  // (target, mean fill rate)
  for (std::size_t i = 0; i < targets.size() && i < curve.size(); ++i) {
    if (!std::isnan(curve[i].mean_fill_rate))
      points.emplace_back(targets[i], curve[i].mean_fill_rate);
  }
  std::sort(points.begin(), points.end());
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const auto [t0, m0] = points[i];
    const auto [t1, m1] = points[i + 1];
    if (wanted < std::min(m0, m1) || wanted > std::max(m0, m1)) continue;
    if (m1 == m0) return t0;
    return t0 + (wanted - m0) / (m1 - m0) * (t1 - t0);
  }
  return NAN;
}

}  // namespace lagom::analysis
