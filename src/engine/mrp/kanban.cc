#include "engine/mrp/kanban.h"

#include <algorithm>
#include <cmath>

namespace lagom::mrp {

Result<KanbanCards> CountKanbanCards(double demand_per_day, double lead_time_days,
                                     double safety_factor, double container) {
  for (double value : {demand_per_day, lead_time_days, safety_factor}) {
    if (!std::isfinite(value) || value < 0) {
      return InvalidInput("kanban: demand, lead time and safety factor must be >= 0");
    }
  }
  if (!std::isfinite(container) || container <= 0) {
    return InvalidInput("kanban: the container quantity must be above 0");
  }
  const double cards =
      std::ceil(demand_per_day * lead_time_days * (1 + safety_factor) / container - 1e-9);
  return KanbanCards{std::max(1, static_cast<int>(cards)), demand_per_day, lead_time_days,
                     safety_factor, container};
}

}  // namespace lagom::mrp
