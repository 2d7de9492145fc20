// Kanban (Toyota's card rule, as in Monden and the operations textbooks): the number of
// cards circulating for a part is N = ⌈D · L · (1 + α) / C⌉ — demand per day D, replenishment
// lead time L in days (waiting, processing and conveyance), safety factor α, container
// quantity C. Each card authorises one container; an empty container's card, scanned, is the
// signal to replenish one container. Pure.
#pragma once

#include "core/result.h"

namespace lagom::mrp {

struct KanbanCards {
  int cards = 0;
  double demand_per_day = 0, lead_time_days = 0, safety_factor = 0, container = 0;
};

// REQUIRES (InvalidInput otherwise): demand and lead time >= 0, safety factor >= 0,
// container > 0, all finite. At least one card circulates (a part with no demand keeps one).
Result<KanbanCards> CountKanbanCards(double demand_per_day, double lead_time_days,
                                     double safety_factor, double container);

}  // namespace lagom::mrp
