// Networks the MRP tests share, with their hand-worked plans in explosion_test.cc.
#pragma once

#include "engine/mrp/explosion.h"

namespace lagom::mrp::testing {

inline Node Make(const char* item, double lead_time_days, double on_hand = 0) {
  Node n{.item = item, .location = "P"};
  n.replenishment = Replenishment::kMake;
  n.lead_time_days = lead_time_days;
  n.on_hand = on_hand;
  return n;
}

inline Node Buy(const char* item, double lead_time_days, double on_hand = 0) {
  Node n = Make(item, lead_time_days, on_hand);
  n.replenishment = Replenishment::kBuy;
  return n;
}

inline Options Weekly(int periods) {
  return {.as_of = MakeDate(2024, 1, 1), .period = PeriodKind::kWeek, .horizon_periods = periods};
}

// Three levels, C shared between two of them (weeks from Monday 2024-01-01, periods 1–8):
//   A (made, 5 working days, 5 on hand) = 1 B + 2 C; sold 20 in week 5, 30 in week 7
//   B (made, 10 working days, 10 on hand) = 1 C + 1 D
//   C (bought, 7 days, 20 on hand, 10 arriving in week 2, 5 sold as a spare part in week 3)
//   D (bought, 14 days, none on hand)
// Low-level codes: A 0, B 1, C 2 (under A at 1, under B at 2), D 2.
inline Network ThreeLevels() {
  Network net;
  net.nodes = {Make("A", 5, 5), Make("B", 10, 10), Buy("C", 7, 20), Buy("D", 14)};
  net.nodes[0].demand = {{MakeDate(2024, 1, 29), 20, DemandKind::kSalesOrder, "SO1/1"},
                         {MakeDate(2024, 2, 12), 30, DemandKind::kForecast, "2024-02-12"}};
  net.nodes[2].demand = {{MakeDate(2024, 1, 15), 5, DemandKind::kSalesOrder, "SO2/1"}};
  net.nodes[2].receipts = {{MakeDate(2024, 1, 8), 10, "PO1/1"}};
  net.lines = {{.parent = 0, .component = 1, .quantity_per = 1},
               {.parent = 0, .component = 2, .quantity_per = 2},
               {.parent = 1, .component = 2, .quantity_per = 1},
               {.parent = 1, .component = 3, .quantity_per = 1}};
  return net;
}

}  // namespace lagom::mrp::testing
