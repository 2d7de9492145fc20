// Pegging: which demand each supply of a stock point serves, traced up through every level to
// independent demand (what for) and down to the supplies that meet the requirements an order
// creates (what from). Derived on request from a finished plan instead of stored with it: a
// catalogue-wide run would otherwise keep one link per component per parent order.
//
// At one stock point the needs (independent demand, components of parents' planned and firm
// orders, transfers its destinations plan) and the supplies (stock at hand, open orders, firm
// and planned orders) are matched first come, first served by period: the earliest supply
// meets the earliest need. Supply left over keeps safety stock or is a lot's excess; a need
// left over is a shortage (inside a planning fence, beyond the horizon's supply).
//
// Pure; a Pegging object memoises per stock point and is not thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "engine/mrp/explosion.h"

namespace lagom::mrp {

enum class PegKind {
  kDemand,     // independent demand: index into Node::demand
  kPlanned,    // a planned order: index into Plan::orders
  kFirm,       // a firm order: index into Node::firm
  kScheduled,  // an open order: index into Node::receipts
  kOnHand,     // stock at the as-of date (index −1)
};

// A supply or need at one stock point.
struct PegElement {
  PegKind kind = PegKind::kOnHand;
  int node = 0;  // where the element lives: for a parent's order, the parent
  int index = -1;
  int period = 0;
  double quantity = 0;  // in the units of the stock point being pegged
};

struct Peg {
  std::size_t supply = 0, need = 0;  // indices into NodePegging::supplies / needs
  double quantity = 0;
};

struct NodePegging {
  std::vector<PegElement> supplies, needs;
  std::vector<Peg> pegs;
};

// One step of a trace, in pre-order: `depth` 0 is the order traced from.
struct TraceStep {
  int depth = 0;
  PegElement element;  // quantity in the units of element.node
};

class Pegging {
 public:
  // REQUIRES: `plan` came from Explode(network, …); both outlive this object.
  Pegging(const Network& network, const Plan& plan);

  const NodePegging& Of(int node);

  // From a supply (a planned or firm order) up to the independent demand it serves, through
  // every parent order; at most `max_steps` steps (`truncated` says so).
  std::vector<TraceStep> WhatFor(PegElement supply, std::size_t max_steps = 5000);
  // From a planned or firm order down to the supplies that meet its components' requirements.
  std::vector<TraceStep> WhatFrom(PegElement order, std::size_t max_steps = 5000);
  bool truncated() const { return truncated_; }

  // The elements of planned order `order` (index into Plan::orders) and of firm order `firm`
  // of `node`, to trace from.
  PegElement PlannedElement(std::size_t order) const;
  PegElement FirmElement(int node, int firm) const;

 private:
  NodePegging Build(int node) const;
  // Elements by value: they may live in `out`, which grows.
  void Up(PegElement supply, double scale, int depth, std::vector<TraceStep>& out,
          std::size_t max_steps);
  void Down(PegElement order, double scale, int depth, std::vector<TraceStep>& out,
            std::size_t max_steps);

  const Network& network_;
  const Plan& plan_;
  std::vector<std::vector<std::size_t>> lines_by_component_, lines_by_parent_;
  std::vector<std::vector<int>> transfer_children_;  // nodes replenished from each node
  std::vector<std::optional<NodePegging>> memo_;
  bool truncated_ = false;
};

}  // namespace lagom::mrp
