// Which of a stock point's suppliers an order goes to, by the rule of the setting
// plan.supplier_choice. The store gives each stock point its preferred supply terms (the
// location's own, then the primary, the cheapest, the fastest) and the others in force:
// - primary: the preferred supplier; but when its order would arrive only after the stock has
//   run out (the plan says expedite) and another supplier's order would arrive in time, the
//   fastest of those.
// - cheapest: the lowest unit price among the suppliers whose order arrives before the stock
//   runs out (every supplier when it does not run out within the projection); ties go to the
//   faster, then the preferred. When none is in time, the fastest.
// A supplier is in time when the projection's first period short ends after its lead time
// (engine/plan/projection.h StockoutBeforeReceipt, as the expedite exception decides). The
// price compared is the terms' unit price (freight is not known per unit). Terms without a
// lead time or a price are never chosen. The caller plans again with the chosen terms and keeps
// the first plan when that one still comes too late (an order-day wait or measured lead times
// the terms do not show) or fails. Pure; thread-safe.
#pragma once

#include <string>

#include "app/settings.h"
#include "core/names.h"
#include "engine/plan/plan_parameters.h"
#include "engine/plan/stock_point_plan.h"
#include "store/planning_data.h"

namespace lagom::app {

enum class SupplierChoice { kPrimary, kCheapest };

inline constexpr Named<SupplierChoice> kSupplierChoices[] = {
    {SupplierChoice::kPrimary, "primary"},
    {SupplierChoice::kCheapest, "cheapest"},
};

// The rule of the setting plan.supplier_choice (LoadSettings checked it against the table).
SupplierChoice SupplierChoiceSetting(const Settings& settings);

struct SupplierChosen {
  int alternative = -1;  // index into point.alternatives; -1: keep the preferred supplier
  std::string note;      // why, for the proposal's reason
  bool in_time = true;   // judged to deliver before the stock runs out
};

// `plan` is the stock point's plan with its preferred supply (point.supply).
SupplierChosen ChooseSupplier(SupplierChoice rule, const store::StockPointData& point,
                              const plan::StockPointPlan& plan,
                              const plan::PlanParameters& parameters);

}  // namespace lagom::app
