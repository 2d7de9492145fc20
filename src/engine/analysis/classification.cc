#include "engine/analysis/classification.h"

#include <algorithm>
#include <map>
#include <utility>

namespace lagom::analysis {

std::vector<ClassResult> ClassifyGroup(std::span<const ClassInput> entries,
                                       const ClassOptions& options) {
  std::vector<ClassResult> results(entries.size());
  std::vector<std::size_t> ranked;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    results[i].variability = ClassifyVariability(entries[i].periods, options.xyz);
    if (entries[i].is_new) {
      results[i].abc = "N";
    } else if (entries[i].is_dead) {
      results[i].abc = "D";
    } else {
      ranked.push_back(i);
    }
  }
  std::size_t dimensions = entries.empty() ? 0 : entries.front().values.size();
  for (std::size_t d = 0; d < dimensions; ++d) {
    std::vector<std::int64_t> values;
    for (std::size_t i : ranked) values.push_back(entries[i].values[d]);
    std::vector<int> classes = RankAbc(values, options.cutoffs);
    for (std::size_t r = 0; r < ranked.size(); ++r) {
      results[ranked[r]].abc += AbcLetter(classes[r]);
    }
  }
  return results;
}

std::vector<MatrixCell> ClassMatrix(std::span<const ClassInput> entries,
                                    std::span<const ClassResult> results) {
  std::map<std::pair<std::string, char>, MatrixCell> cells;
  std::int64_t total = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    char xyz = XyzLetter(results[i].variability.xyz);
    MatrixCell& cell = cells[{results[i].abc, xyz}];
    cell.abc = results[i].abc;
    cell.xyz = xyz;
    std::int64_t value =
        entries[i].values.empty() ? 0 : std::max<std::int64_t>(entries[i].values.front(), 0);
    cell.count += 1;
    cell.value += value;
    total += value;
  }
  std::vector<MatrixCell> out;
  for (auto& [key, cell] : cells) {
    cell.count_share = static_cast<double>(cell.count) / static_cast<double>(entries.size());
    cell.value_share = total > 0 ? static_cast<double>(cell.value) / static_cast<double>(total) : 0;
    out.push_back(cell);
  }
  return out;
}

}  // namespace lagom::analysis
