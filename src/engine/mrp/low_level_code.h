// Low-level codes (Orlicky): the lowest level at which a stock point appears in any bill of
// material or supply chain above it. Netting every stock point once, at its low-level code,
// after all its parents, is what lets a component shared between levels be netted once
// against its stock. Pure; O(nodes + edges).
#pragma once

#include <span>
#include <vector>

#include "engine/mrp/network.h"

namespace lagom::mrp {

// `parent` needs `child`: a BOM line (parent → component) or a transfer (destination →
// source).
struct Edge {
  int parent = 0, child = 0;
};

struct Levels {
  std::vector<int> code;   // per node: 0 when nothing needs it, else 1 + its highest parent's
  std::vector<int> cycle;  // non-empty: no codes; a cycle from its lowest node, repeated last
};

// REQUIRES: every edge's ends in [0, nodes).
Levels LowLevelCodes(int nodes, std::span<const Edge> edges);

// The edges of a network: its BOM lines and its transfer links.
std::vector<Edge> NetworkEdges(const Network& network);

}  // namespace lagom::mrp
