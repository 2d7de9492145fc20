// `lagom simulate --compare-textbook`: how much less stock each configuration holds than the
// textbook set-up (engine/analysis Textbook) at the same achieved fill rate, read off the
// trade-off curves.
#pragma once

#include <ostream>
#include <span>

#include "engine/analysis/measures.h"
#include "engine/analysis/simulation_config.h"

namespace lagom::cli {

// For every curve but the textbook's, against the textbook curve of the same policy: at each
// of its achieved fill rates, its average stock value, the textbook's interpolated there
// (analysis::StockValueAtFillRate) and the difference in percent; "-" outside the textbook
// curve's range. summaries[c] belongs to configurations[c].
void PrintTextbookComparison(std::ostream& out,
                             std::span<const analysis::Configuration> configurations,
                             std::span<const analysis::Summary> summaries);

// `lagom simulate --calibrate`: for every curve, the policy target at which its mean fill rate
// over items reaches each of `wanted` (analysis::TargetForMeanFillRate), or "out of reach".
void PrintCalibration(std::ostream& out, std::span<const analysis::Configuration> configurations,
                      std::span<const analysis::Summary> summaries, std::span<const double> wanted);

}  // namespace lagom::cli
