// Gross-to-net for one stock point (Orlicky; Vollmann et al., the MRP record), period by
// period t = 0 … T−1:
//
//   available_t  = projected_{t−1} + scheduled_t − gross_t      (projected_{−1} = on hand)
//   net_t        = max(0, safety_stock − available_t)
//   receipt_t    = the lot rule's order when net_t > 0 (none before the fence period)
//   projected_t  = available_t + receipt_t
//
// The block rules (POQ, Wagner–Whitin, Silver–Meal) are solved once on the lot-for-lot net
// requirements with policy/lot_sizing.h; an order placed where a block starts covers the
// requirements to its end. Every order is then raised to the minimum and rounded up to the
// multiple, and to whole thousandths (the ledger's resolution of quantities). Inside the
// planning time fence no order is planned: the shortage shows as negative projected stock and
// the first order at the fence covers it. Pure; O(T) (Wagner–Whitin O(T²)).
#pragma once

#include <span>
#include <string>
#include <vector>

#include "engine/mrp/network.h"

namespace lagom::mrp {

struct NettingInput {
  std::span<const double> gross;      // per period, >= 0
  std::span<const double> scheduled;  // per period: open orders due then
  double on_hand = 0;                 // available at the start: on hand − allocated
  double safety_stock = 0;
  int fence = 0;  // the first period a new order may be due in
  LotSizing lot;
};

// The MRP record of a stock point; every vector has one entry per period.
struct Record {
  std::vector<double> gross, scheduled, projected, net, receipts, releases;
};

// Why an order is what it is, in the numbers of its receipt period.
struct LotNote {
  int period = 0;
  double available = 0;  // projected before it: previous projected + scheduled − gross
  double net = 0;        // the net requirement it answers
  double lot = 0;        // the lot rule's quantity, before minimum and multiple
  int covers = 1;        // periods whose requirements it covers (block rules)
};

struct Netted {
  Record record;               // releases left empty: offsetting is the caller's (explosion.h)
  std::vector<LotNote> notes;  // one per planned receipt, in period order
};

// REQUIRES: gross and scheduled of the same length >= 1; lot sizes and costs >= 0.
Netted Net(const NettingInput& input);

}  // namespace lagom::mrp
