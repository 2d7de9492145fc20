#include "engine/analysis/xyz.h"

#include <cmath>

namespace lagom::analysis {

char XyzLetter(Xyz xyz) {
  return xyz == Xyz::kX ? 'X' : xyz == Xyz::kY ? 'Y' : 'Z';
}

Status ValidateXyzCutoffs(const XyzCutoffs& cutoffs) {
  if (!std::isfinite(cutoffs.x) || !std::isfinite(cutoffs.y) || cutoffs.x < 0 ||
      cutoffs.y < cutoffs.x) {
    return InvalidInput("XYZ cut-offs must satisfy 0 ≤ x ≤ y");
  }
  return {};
}

Variability ClassifyVariability(std::span<const double> periods, const XyzCutoffs& cutoffs) {
  Variability v;
  v.profile = forecast::ClassifyDemand(periods);
  double n = static_cast<double>(periods.size());
  for (double y : periods) v.mean += y / n;
  if (periods.size() < 2 || !(v.mean > 0)) return v;
  double squares = 0;
  for (double y : periods) squares += (y - v.mean) * (y - v.mean);
  v.cv = std::sqrt(squares / (n - 1)) / v.mean;
  v.xyz = *v.cv <= cutoffs.x ? Xyz::kX : *v.cv <= cutoffs.y ? Xyz::kY : Xyz::kZ;
  return v;
}

}  // namespace lagom::analysis
