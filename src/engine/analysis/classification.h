// A group of stock points (or items) classified at once: ABC on one or two dimensions, new
// and dead entries set apart, XYZ and the demand pattern; and the ABC×XYZ matrix of the
// result. Grouping (per location, per item group, company-wide) is the caller's: each group
// is ranked on its own. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "engine/analysis/abc.h"
#include "engine/analysis/xyz.h"

namespace lagom::analysis {

struct ClassInput {
  std::vector<std::int64_t> values;  // one per dimension, in its exact integer unit
  std::vector<double> periods;       // demand per period over the window, oldest first
  bool is_new = false;               // too little history to rank
  bool is_dead = false;              // no sale for the dead-stock span
};

struct ClassOptions {
  AbcCutoffs cutoffs;
  XyzCutoffs xyz;
};

struct ClassResult {
  std::string abc;  // one letter per dimension in dimension order ("A", "AB"), "N" or "D"
  Variability variability;
};

// Entries that are neither new nor dead are ranked on each dimension separately (RankAbc);
// new entries are "N", dead ones "D" (new wins when both). REQUIRES: every entry has the
// same number of values (1 or 2); options valid.
std::vector<ClassResult> ClassifyGroup(std::span<const ClassInput> entries,
                                       const ClassOptions& options);

struct MatrixCell {
  std::string abc;
  char xyz = 'X';
  int count = 0;
  std::int64_t value = 0;  // Σ of the first dimension's values (≤ 0 counted as 0)
  double count_share = 0;  // of all entries
  double value_share = 0;  // of the total value; 0 when the total is 0
};

// The cells that hold entries, by ABC label then XYZ letter. REQUIRES: equal sizes.
std::vector<MatrixCell> ClassMatrix(std::span<const ClassInput> entries,
                                    std::span<const ClassResult> results);

}  // namespace lagom::analysis
