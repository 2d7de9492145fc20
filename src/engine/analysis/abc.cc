#include "engine/analysis/abc.h"

#include <algorithm>
#include <charconv>
#include <numeric>
#include <string>

#include "core/fixed_point.h"

namespace lagom::analysis {

namespace {

using Int128 = fixed_point_detail::Int128;

// The class whose cumulative cut-off lies above the share `before / total`.
int ClassOf(Int128 before, Int128 total, std::span<const int> bounds) {
  for (std::size_t k = 0; k < bounds.size(); ++k) {
    if (before * 10000 < total * bounds[k]) return static_cast<int>(k);
  }
  return static_cast<int>(bounds.size()) - 1;
}

}  // namespace

Result<AbcCutoffs> ParseCutoffs(std::string_view text) {
  AbcCutoffs cutoffs;
  cutoffs.basis_points.clear();
  int sum = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = std::min(text.find(',', pos), text.size());
    auto share = fixed_point_detail::ParseScaled(text.substr(pos, end - pos), 2, "cut-off");
    if (!share || *share <= 0 || *share > 10000) {
      return InvalidInput("cut-offs must be percentages above 0 such as 80,15,5: '" +
                          std::string(text) + "'");
    }
    cutoffs.basis_points.push_back(static_cast<int>(*share));
    sum += static_cast<int>(*share);
    pos = end + 1;
  }
  if (cutoffs.basis_points.size() < 2 || cutoffs.basis_points.size() > 3 || sum != 10000) {
    return InvalidInput("cut-offs must be two or three percentages adding up to 100: '" +
                        std::string(text) + "'");
  }
  return cutoffs;
}

char AbcLetter(int k) {
  return static_cast<char>('A' + k);
}

std::vector<int> RankAbc(std::span<const std::int64_t> values, const AbcCutoffs& cutoffs) {
  std::vector<int> bounds;
  std::partial_sum(cutoffs.basis_points.begin(), cutoffs.basis_points.end(),
                   std::back_inserter(bounds));
  auto positive = [&](std::size_t i) { return std::max<std::int64_t>(values[i], 0); };
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return positive(a) > positive(b); });
  Int128 total = 0;
  for (std::size_t i = 0; i < values.size(); ++i) total += positive(i);
  std::vector<int> classes(values.size(), static_cast<int>(bounds.size()) - 1);
  if (total == 0) return classes;
  Int128 before = 0;
  for (std::size_t group = 0; group < order.size();) {
    std::size_t end = group;
    while (end < order.size() && positive(order[end]) == positive(order[group])) ++end;
    int k = ClassOf(before, total, bounds);
    for (std::size_t i = group; i < end; ++i) {
      classes[order[i]] = k;
      before += positive(order[i]);
    }
    group = end;
  }
  return classes;
}

}  // namespace lagom::analysis
