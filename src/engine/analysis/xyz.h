// XYZ classification by demand variability: the coefficient of variation (sample standard
// deviation / mean) of demand per period over the classification window, zero periods
// included; and the demand pattern (smooth, erratic, intermittent, lumpy) of the
// forecasting engine's Syntetos–Boylan–Croston classes. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <span>

#include "core/result.h"
#include "engine/forecast/intermittent.h"

namespace lagom::analysis {

enum class Xyz { kX, kY, kZ };
char XyzLetter(Xyz xyz);

// X when cv ≤ x, Y when cv ≤ y, Z above (or when cv is undefined).
struct XyzCutoffs {
  double x = 0.5;
  double y = 1.0;
};
// REQUIRES nothing; InvalidInput unless 0 ≤ x ≤ y, both finite.
Status ValidateXyzCutoffs(const XyzCutoffs& cutoffs);

struct Variability {
  double mean = 0;           // demand per period
  std::optional<double> cv;  // none with fewer than two periods or a mean ≤ 0
  Xyz xyz = Xyz::kZ;
  forecast::DemandProfile profile;  // ADI, CV² of the non-zero sizes, pattern
};

// REQUIRES: no NaN in `periods`; cutoffs valid.
Variability ClassifyVariability(std::span<const double> periods, const XyzCutoffs& cutoffs);

}  // namespace lagom::analysis
