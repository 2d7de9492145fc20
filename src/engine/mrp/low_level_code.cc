#include "engine/mrp/low_level_code.h"

#include <algorithm>

namespace lagom::mrp {

namespace {

// Children of each node in one array (compressed rows): children of n are
// targets[offsets[n]] … targets[offsets[n + 1] - 1].
struct Adjacency {
  std::vector<int> offsets, targets;
};

Adjacency Children(int nodes, std::span<const Edge> edges) {
  Adjacency a;
  a.offsets.assign(static_cast<std::size_t>(nodes) + 1, 0);
  for (const Edge& e : edges) ++a.offsets[static_cast<std::size_t>(e.parent) + 1];
  for (int n = 0; n < nodes; ++n) a.offsets[n + 1] += a.offsets[n];
  a.targets.resize(edges.size());
  std::vector<int> next(a.offsets.begin(), a.offsets.end() - 1);
  for (const Edge& e : edges) a.targets[next[e.parent]++] = e.child;
  return a;
}

// A cycle among the nodes Kahn's algorithm could not order (each has a parent among them):
// walk from any of them up through unordered parents until a node repeats.
std::vector<int> FindCycle(int nodes, std::span<const Edge> edges, const std::vector<int>& code) {
  std::vector<int> parent_of(static_cast<std::size_t>(nodes), -1);
  for (const Edge& e : edges) {
    if (code[e.parent] < 0 && code[e.child] < 0) parent_of[e.child] = e.parent;
  }
  int start = static_cast<int>(std::find(code.begin(), code.end(), -1) - code.begin());
  std::vector<int> seen(static_cast<std::size_t>(nodes), -1), path;
  int n = start;
  while (seen[n] < 0) {
    seen[n] = static_cast<int>(path.size());
    path.push_back(n);
    n = parent_of[n];
  }
  // path[seen[n]..] is the cycle walked child → parent; reverse it to read parent → child.
  std::vector<int> cycle(path.begin() + seen[n], path.end());
  std::reverse(cycle.begin(), cycle.end());
  std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
  cycle.push_back(cycle.front());  // read from the lowest node index: the same text every time
  return cycle;
}

}  // namespace

Levels LowLevelCodes(int nodes, std::span<const Edge> edges) {
  Adjacency children = Children(nodes, edges);
  std::vector<int> parents(static_cast<std::size_t>(nodes), 0);
  for (const Edge& e : edges) ++parents[e.child];
  Levels levels;
  levels.code.assign(static_cast<std::size_t>(nodes), -1);
  std::vector<int> ready;
  for (int n = 0; n < nodes; ++n) {
    if (parents[n] == 0) {
      levels.code[n] = 0;
      ready.push_back(n);
    }
  }
  std::vector<int> deepest(static_cast<std::size_t>(nodes), 0);
  std::size_t ordered = 0;
  while (!ready.empty()) {
    int n = ready.back();
    ready.pop_back();
    ++ordered;
    for (int i = children.offsets[n]; i < children.offsets[n + 1]; ++i) {
      int child = children.targets[i];
      deepest[child] = std::max(deepest[child], levels.code[n] + 1);
      if (--parents[child] == 0) {
        levels.code[child] = deepest[child];
        ready.push_back(child);
      }
    }
  }
  if (ordered < static_cast<std::size_t>(nodes)) {
    levels.cycle = FindCycle(nodes, edges, levels.code);
    levels.code.clear();
  }
  return levels;
}

std::vector<Edge> NetworkEdges(const Network& network) {
  std::vector<Edge> edges;
  edges.reserve(network.lines.size());
  for (const BomLine& line : network.lines) edges.push_back({line.parent, line.component});
  for (std::size_t n = 0; n < network.nodes.size(); ++n) {
    const Node& node = network.nodes[n];
    if (node.replenishment == Replenishment::kTransfer && node.source >= 0) {
      edges.push_back({static_cast<int>(n), node.source});
    }
  }
  return edges;
}

}  // namespace lagom::mrp
