// Starting values for fitting an ETS model, R's forecast::ets heuristics (initparam, initstate):
// smoothing parameters near the lower bounds, and initial states from a classical
// decomposition (or, with fewer than three seasons, a trend-plus-Fourier regression) and a
// straight line through the first max(10, 2m) seasonally adjusted points.
// Pure functions; thread-safe.
#pragma once

#include <span>
#include <vector>

#include "engine/forecast/ets_bounds.h"
#include "engine/forecast/ets_spec.h"

namespace lagom::forecast {

// Starting smoothing parameters (alpha, beta, gamma, phi for the components the model has).
EtsParams InitialParams(const EtsSpec& spec, const EtsBounds& bounds);

// Starting free states: [level, trend?, s_0 .. s_-(m-2)] — the last seasonal state is implied
// (seasonal states sum to 0, or to m when multiplicative).
// REQUIRES: y.size() >= 4 and no NaN; seasonal models need y.size() > m.
std::vector<double> InitialStates(const EtsSpec& spec, std::span<const double> y);

}  // namespace lagom::forecast
