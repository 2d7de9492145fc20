// MrpPegging (mrp_views.h): the engine's pegging traces with names, dates and references.
#include "app/mrp_views.h"
#include "engine/mrp/pegging.h"

namespace lagom::app {

namespace {

const char* KindName(mrp::PegKind kind) {
  switch (kind) {
    case mrp::PegKind::kDemand:
      return "demand";
    case mrp::PegKind::kPlanned:
      return "planned";
    case mrp::PegKind::kFirm:
      return "firm";
    case mrp::PegKind::kScheduled:
      return "scheduled";
    case mrp::PegKind::kOnHand:
      break;
  }
  return "on-hand";
}

PegStepView StepOf(const MrpRun& run, const mrp::TraceStep& step) {
  const mrp::PegElement& e = step.element;
  const mrp::Node& node = run.model.network.nodes[e.node];
  PegStepView v{step.depth, KindName(e.kind), node.item, node.location, e.quantity};
  switch (e.kind) {
    case mrp::PegKind::kDemand:
      v.date = node.demand[e.index].date;
      v.ref = std::string(mrp::DemandKindName(node.demand[e.index].kind)) + " " +
              node.demand[e.index].ref;
      break;
    case mrp::PegKind::kPlanned:
      v.date = run.plan.orders[e.index].due;
      break;
    case mrp::PegKind::kFirm:
      v.date = node.firm[e.index].due;
      v.ref = node.firm[e.index].ref;
      break;
    case mrp::PegKind::kScheduled:
      v.date = node.receipts[e.index].due;
      v.ref = node.receipts[e.index].ref;
      break;
    case mrp::PegKind::kOnHand:
      v.ref = "stock on hand";
      break;
  }
  return v;
}

std::vector<PegStepView> Steps(const MrpRun& run, const std::vector<mrp::TraceStep>& trace) {
  std::vector<PegStepView> steps;
  for (const mrp::TraceStep& s : trace) steps.push_back(StepOf(run, s));
  return steps;
}

}  // namespace

Result<PeggingView> MrpPegging(const MrpRun& run, const std::string& item,
                               const std::string& location) {
  auto node = FindNode(run.model, item, location);
  if (!node) {
    return NotFound("MRP does not plan item '" + item + "' at '" + location +
                    "' (an item is planned by MRP when it is made or in a bill of material)");
  }
  mrp::Pegging pegging(run.model.network, run.plan);
  PeggingView view{item, location, {}};
  auto trace = [&](PeggedOrderView v, const mrp::PegElement& element) {
    v.what_for = Steps(run, pegging.WhatFor(element));
    v.truncated = pegging.truncated();
    v.what_from = Steps(run, pegging.WhatFrom(element));
    v.truncated = v.truncated || pegging.truncated();
    view.orders.push_back(std::move(v));
  };
  const mrp::Node& n = run.model.network.nodes[*node];
  for (std::size_t f = 0; f < n.firm.size(); ++f) {
    const mrp::FirmOrder& firm = n.firm[f];
    trace({"firm", firm.ref, firm.quantity, firm.start, firm.due},
          pegging.FirmElement(*node, static_cast<int>(f)));
  }
  auto [first, last] = run.plan.node_orders[*node];
  for (auto o = first; o < last; ++o) {
    const mrp::PlannedOrder& order = run.plan.orders[o];
    trace({"planned", "", order.quantity, order.start, order.due}, pegging.PlannedElement(o));
  }
  return view;
}

}  // namespace lagom::app
