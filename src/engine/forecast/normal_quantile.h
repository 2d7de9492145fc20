// Standard normal quantile for prediction intervals. (policy/normal.h has one too; forecast does
// not depend on policy, which sits above it.) Pure; thread-safe.
#pragma once

namespace lagom::forecast {

// z with P(Z <= z) = p: Acklam's rational approximation (relative error 1.2e-9) refined by one
// Halley step on erfc. p <= 0 gives -inf, p >= 1 +inf.
double NormalQuantile(double p);

}  // namespace lagom::forecast
