// What a replay measures, per series and summed over a catalogue. Only measured periods count:
// after the warm-up, with a known demand. Units: quantities in the series' units, money in
// the unit cost's currency, time in periods. Value types and pure functions; thread-safe.
#pragma once

#include <span>

namespace lagom::analysis {

struct SeriesMeasures {
  int periods = 0;            // measured periods
  double demand = 0.0;        // units demanded in them
  double served = 0.0;        // units served from stock in the period of the demand
  int cycles = 0;             // review cycles (R periods from a review) with a measured period
  int stockout_cycles = 0;    // of which some demand was not served from stock
  int stockout_periods = 0;   // measured periods with demand not served from stock
  double on_hand_total = 0;   // sum over measured periods of the stock on hand at their end
  double unit_cost = 1.0;     // money per unit
  int orders = 0;             // orders placed at reviews after the warm-up
  double holding_cost = 0.0;  // costs are 0 unless Costs were given
  double ordering_cost = 0.0;
  double shortage_cost = 0.0;

  double FillRate() const;           // served / demand; NaN without demand
  double CycleServiceLevel() const;  // 1 - stockout_cycles / cycles; NaN without cycles
  double AverageOnHand() const;      // on_hand_total / periods; 0 without periods
  double AverageStockValue() const { return AverageOnHand() * unit_cost; }
  double TotalCost() const { return holding_cost + ordering_cost + shortage_cost; }
};

// One configuration over a catalogue.
struct Summary {
  int series = 0;
  double demand = 0.0;
  double served = 0.0;
  double fill_rate = 0.0;       // aggregate: sum served / sum demand (NaN without demand)
  double mean_fill_rate = 0.0;  // mean over series with demand (NaN if none)
  double mean_csl = 0.0;        // mean cycle service level over series with cycles
  double stock_value = 0.0;     // sum over series of the average stock value
  double on_hand = 0.0;         // sum over series of the average units on hand
  long long orders = 0;
  double total_cost = 0.0;
};

Summary Summarise(std::span<const SeriesMeasures> series);

// A trade-off curve: the average stock value at achieved fill rate `fill_rate`, interpolated
// linearly between the two points of `curve` that bracket it (the curve is sorted by fill
// rate inside). NaN when fill_rate lies outside the curve's range.
double StockValueAtFillRate(std::span<const Summary> curve, double fill_rate);

// The calibration map (issue 20): the policy target at which a curve's mean fill rate over items
// reaches `wanted`, interpolated linearly in the target between the two points that bracket it
// (points taken in order of target; the first bracket counts). targets[i] belongs to curve[i].
// NaN when no two points bracket `wanted` (out of the curve's reach).
double TargetForMeanFillRate(std::span<const double> targets, std::span<const Summary> curve,
                             double wanted);

}  // namespace lagom::analysis
