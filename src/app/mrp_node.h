// Filling one MRP node from its stock point's data (mrp_model.h): stock, open supply, firm
// production orders, safety stock, lot sizing with its costs and the supplier's rounding,
// and independent demand (MPS, or customer orders consuming the forecast).
// Internal to app/. Pure given its inputs; thread-safe.
#pragma once

#include "app/mrp_model.h"
#include "engine/forecast/forecast.h"

namespace lagom::app {

struct NodeContext {
  const MrpSettings& settings;
  const store::MrpCatalogue& catalogue;
  const mrp::Buckets& buckets;
};

// Fills `node` (its identity and replenishment already set) and `info` from `point`.
// Fails (InvalidInput) when the forecast cannot run or the lot sizing is not known.
Status FillNode(const store::MrpStockPoint& point, const NodeContext& context, mrp::Node& node,
                MrpNodeInfo& info);

}  // namespace lagom::app
