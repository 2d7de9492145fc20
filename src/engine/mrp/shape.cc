#include "engine/mrp/shape.h"

#include <map>

namespace lagom::mrp {

namespace {

class Shaper {
 public:
  Shaper(std::span<const ShapeItem> items, std::span<const ShapeLine> lines,
         std::span<const ShapeSite> sites)
      : items_(items), lines_(lines), sites_(sites), by_parent_(items.size()) {
    for (std::size_t i = 0; i < lines.size(); ++i) by_parent_[lines[i].parent].push_back(i);
  }

  int Point(int item, int site) {
    auto [found, added] = index_.emplace(std::pair{item, site}, 0);
    if (!added) return found->second;
    found->second = static_cast<int>(shape_.points.size());
    shape_.points.push_back({item, site, HowReplenished(item, site)});
    return found->second;
  }

  Shape Run() {
    for (std::size_t p = 0; p < shape_.points.size(); ++p) Expand(static_cast<int>(p));
    return std::move(shape_);
  }

 private:
  Replenishment HowReplenished(int item, int site) const {
    const ShapeSite& s = sites_[site];
    if (items_[item].phantom) return Replenishment::kMake;
    if (items_[item].make && (s.plant || s.supplied_from < 0)) return Replenishment::kMake;
    return s.supplied_from >= 0 ? Replenishment::kTransfer : Replenishment::kBuy;
  }

  // Adds what point `p` needs; new points are expanded in turn by Run's loop.
  void Expand(int p) {
    const ShapedPoint point = shape_.points[p];
    if (point.replenishment == Replenishment::kTransfer) {
      const int source = Point(point.item, sites_[point.site].supplied_from);
      shape_.points[p].source = source;
      return;
    }
    if (point.replenishment != Replenishment::kMake) return;
    for (std::size_t line : by_parent_[point.item]) {
      const int component = Point(lines_[line].component, point.site);
      shape_.lines.push_back({p, component, line});
    }
  }

  std::span<const ShapeItem> items_;
  std::span<const ShapeLine> lines_;
  std::span<const ShapeSite> sites_;
  std::vector<std::vector<std::size_t>> by_parent_;
  std::map<std::pair<int, int>, int> index_;
  Shape shape_;
};

}  // namespace

Shape ShapeNetwork(std::span<const ShapeItem> items, std::span<const ShapeLine> lines,
                   std::span<const ShapeSite> sites, std::span<const std::pair<int, int>> seeds) {
  Shaper shaper(items, lines, sites);
  for (const auto& [item, site] : seeds) shaper.Point(item, site);
  return shaper.Run();
}

}  // namespace lagom::mrp
