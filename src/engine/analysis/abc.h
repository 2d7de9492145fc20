// ABC classification (Pareto analysis): entries ranked by a value — revenue, cost of goods
// sold, quantity, order lines, margin, stock value — fall into classes by the cumulative
// share of the total they make up. Pure functions; thread-safe.
//
// The rule, exactly: rank by value, largest first. An entry belongs to the first class k
// whose cumulative cut-off (A: 80 %, B: 80 + 15 % …) is above the share of the total held
// by the entries ranked before it — so the entry that crosses a cut-off still belongs to
// the class it crosses out of, and one entry holding 90 % of the total is an A. Entries of
// equal value tie: they are ranked as one group and share its class, so the result never
// depends on the order they came in. Values ≤ 0 count as zero and fall into the last class,
// as does everything when the total is zero.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace lagom::analysis {

// The share of the total each class takes, best class first, in basis points (1/100 of a
// percent): {8000, 1500, 500} is 80/15/5. Two or three classes (A, B[, C]), adding up to 100 %.
struct AbcCutoffs {
  std::vector<int> basis_points = {8000, 1500, 500};
};

// "80,15,5": two or three positive percentages (at most two decimals) adding up to 100.
Result<AbcCutoffs> ParseCutoffs(std::string_view text);

// The letter of class index `k` (0 = 'A').
char AbcLetter(int k);

// Each value's class index (0 = A, 1 = B …), in the order of `values`. Values are in the
// dimension's exact integer unit (Money raw, milli-units, lines).
// REQUIRES: cutoffs as ParseCutoffs returns them.
std::vector<int> RankAbc(std::span<const std::int64_t> values, const AbcCutoffs& cutoffs);

}  // namespace lagom::analysis
