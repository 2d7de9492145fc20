// The physical side of a replay: stock on hand, orders in transit and backorders of one stock
// point, period by period. Quantities in units (fractions allowed); time in whole periods.
// A period runs: receipts at its start (Receive), then its demand (Serve). Value type; not
// thread-safe to mutate.
#pragma once

#include <vector>

#include "engine/analysis/simulation_config.h"

namespace lagom::analysis {

struct ServeOutcome {
  double served = 0.0;    // from stock on hand, in the period of the demand
  double shortage = 0.0;  // the rest: backordered or lost
};

class Inventory {
 public:
  // REQUIRES: on_hand >= 0.
  Inventory(ShortageKind shortage, double on_hand);

  // An order of `quantity` (> 0) arriving at the start of period `arrival`. Orders may cross.
  void Schedule(double quantity, int arrival);
  // Receives what arrives at the start of `period` (and anything earlier still pending);
  // backorders are filled first (late, so they never count as served). Returns the quantity
  // received.
  double Receive(int period);
  // Serves `demand` (>= 0) from stock; the shortage is backordered or lost.
  ServeOutcome Serve(double demand);

  double on_hand() const { return on_hand_; }
  double on_order() const { return on_order_; }
  double backorders() const { return backorders_; }
  // On hand + on order - backorders: what ordering decisions look at.
  double position() const { return on_hand_ + on_order_ - backorders_; }

 private:
  struct Pending {
    int arrival;
    double quantity;
  };
  ShortageKind shortage_;
  double on_hand_;
  double on_order_ = 0.0;
  double backorders_ = 0.0;
  std::vector<Pending> pending_;
};

}  // namespace lagom::analysis
