// Parameter space of ETS models, as R's forecast::ets with bounds = "both": the "usual" box
// (plus beta <= alpha and gamma <= 1 - alpha) intersected with the admissible region of
// Hyndman, Akram & Archibald (2008), "The admissible parameter space for exponential smoothing
// models", Annals of the Institute of Statistical Mathematics 60(2).
#pragma once

#include "engine/forecast/ets_spec.h"

namespace lagom::forecast {

// Box bounds for (alpha, beta, gamma, phi); R's defaults.
struct EtsBounds {
  double lower[4] = {1e-4, 1e-4, 1e-4, 0.8};
  double upper[4] = {0.9999, 0.9999, 0.9999, 0.98};
};

// Usual bounds on the parameters the model uses.
bool WithinUsualBounds(const EtsSpec& spec, const EtsParams& params, const EtsBounds& bounds);

// Admissible (forecastable) region: linear inequalities and, for seasonal models, all roots of
// the characteristic polynomial within 1 + 1e-10 of the unit circle (Schur–Cohn test).
bool IsAdmissible(const EtsSpec& spec, const EtsParams& params);

}  // namespace lagom::forecast
