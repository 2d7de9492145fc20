// Which stock points an MRP run plans and how each is replenished, from the catalogue: the
// stock points with something to plan (the seeds), the components of what a site makes, at
// that site, and the source of what a site receives by transfer — until nothing new appears.
//
// A stock point is made when its item is made and its site is a plant or is supplied from
// nowhere (a phantom is always made where its parent is); otherwise it comes by transfer when
// its site is supplied from another (a store from its DC, a plant's bought parts from a DC);
// otherwise it is bought. Pure; O(points + lines).
#pragma once

#include <span>
#include <utility>
#include <vector>

#include "engine/mrp/network.h"

namespace lagom::mrp {

struct ShapeItem {
  bool make = false, phantom = false;
};

struct ShapeLine {
  int parent = 0, component = 0;  // item indices
};

struct ShapeSite {
  int supplied_from = -1;  // site index, -1: none
  bool plant = false;
};

struct ShapedPoint {
  int item = 0, site = 0;
  Replenishment replenishment = Replenishment::kBuy;
  int source = -1;  // kTransfer: the point it comes from
};

struct ShapedLine {
  int parent = 0, component = 0;  // point indices
  std::size_t line = 0;           // index into the catalogue's lines
};

struct Shape {
  std::vector<ShapedPoint> points;  // seeds first, in their order, then as found
  std::vector<ShapedLine> lines;
};

// REQUIRES: indices in range; a site's supply chain (supplied_from) without cycles.
Shape ShapeNetwork(std::span<const ShapeItem> items, std::span<const ShapeLine> lines,
                   std::span<const ShapeSite> sites, std::span<const std::pair<int, int>> seeds);

}  // namespace lagom::mrp
