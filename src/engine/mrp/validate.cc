#include "engine/mrp/validate.h"

#include <fmt/format.h>

#include <cmath>

namespace lagom::mrp {

namespace {

bool NonNegative(double value) {
  return std::isfinite(value) && value >= 0;
}

Status CheckNode(const Network& network, const Node& node) {
  const std::string name = NodeName(node);
  if (!NonNegative(node.lead_time_days) || node.lead_time_days > 3650) {
    return InvalidInput(name + ": lead time must be 0 to 3650 days");
  }
  if (!std::isfinite(node.on_hand) || !NonNegative(node.allocated) ||
      !NonNegative(node.safety_stock)) {
    return InvalidInput(name + ": stock, allocated and safety stock must be finite, >= 0");
  }
  if (!(node.yield > 0 && node.yield <= 1)) return InvalidInput(name + ": yield must be in (0, 1]");
  const LotSizing& lot = node.lot;
  for (double value : {lot.size, lot.ordering_cost, lot.holding_cost, lot.minimum, lot.multiple}) {
    if (!NonNegative(value)) return InvalidInput(name + ": lot sizes and costs must be >= 0");
  }
  if (node.replenishment == Replenishment::kTransfer &&
      (node.source < 0 || node.source >= static_cast<int>(network.nodes.size()))) {
    return InvalidInput(name + ": a transfer needs the stock point it comes from");
  }
  for (const Demand& d : node.demand) {
    if (!NonNegative(d.quantity)) return InvalidInput(name + ": demand must be >= 0");
  }
  for (const Receipt& r : node.receipts) {
    if (!NonNegative(r.quantity)) return InvalidInput(name + ": open orders must be >= 0");
  }
  for (const FirmOrder& f : node.firm) {
    if (!NonNegative(f.quantity)) return InvalidInput(name + ": firm orders must be >= 0");
  }
  return {};
}

Status CheckLines(const Network& network, std::vector<bool>& has_bom) {
  const int nodes = static_cast<int>(network.nodes.size());
  for (const BomLine& line : network.lines) {
    if (line.parent < 0 || line.parent >= nodes || line.component < 0 || line.component >= nodes) {
      return InvalidInput("a BOM line names a stock point that is not in the network");
    }
    const std::string name =
        NodeName(network.nodes[line.parent]) + " → " + NodeName(network.nodes[line.component]);
    if (!(std::isfinite(line.quantity_per) && line.quantity_per > 0)) {
      return InvalidInput(name + ": quantity per must be above 0");
    }
    if (!(line.scrap >= 0 && line.scrap < 1))
      return InvalidInput(name + ": scrap must be in [0, 1)");
    has_bom[line.parent] = true;
  }
  return {};
}

}  // namespace

std::string NodeName(const Node& node) {
  return node.item + "@" + node.location;
}

std::string CycleText(const Network& network, const std::vector<int>& cycle) {
  std::string text;
  for (int n : cycle) text += (text.empty() ? "" : " → ") + NodeName(network.nodes[n]);
  return text;
}

Status Validate(const Network& network, const Options& options) {
  if (options.horizon_periods < 1 || options.horizon_periods > 1000) {
    return InvalidInput("the MRP horizon must be 1 to 1000 periods");
  }
  std::vector<bool> has_bom(network.nodes.size(), false);
  if (Status lines = CheckLines(network, has_bom); !lines) return lines;
  for (std::size_t n = 0; n < network.nodes.size(); ++n) {
    const Node& node = network.nodes[n];
    if (Status checked = CheckNode(network, node); !checked) return checked;
    if (node.replenishment == Replenishment::kMake && !has_bom[n]) {
      return Error{ErrorCode::kConstraintViolated,
                   fmt::format("{}: the item is made (make_or_buy make) but has no bill of "
                               "material (lagom import boms)",
                               NodeName(node))};
    }
  }
  return {};
}

}  // namespace lagom::mrp
