// The parameter vector of an ETS fit: [alpha, beta?, gamma?, phi?, level, trend?,
// s_0 .. s_-(m-2)] — smoothing parameters, then the free initial states (the last seasonal state
// is implied: the seasonal states sum to 0, or to m when multiplicative). Helpers to move
// between that vector, EtsParams and the full state, and to keep parameters in their box.
// Pure functions; thread-safe.
#pragma once

#include <span>

#include "engine/forecast/ets_bounds.h"
#include "engine/forecast/ets_spec.h"

namespace lagom::forecast {

// Number of smoothing parameters (alpha, beta, gamma, phi that the model has).
int SmoothingCount(const EtsSpec& spec);
// Number of free initial states.
int FreeStateCount(const EtsSpec& spec);

EtsParams Unpack(const EtsSpec& spec, std::span<const double> par);
// Writes the smoothing parameters to the front of par (the states are left alone).
void PackSmoothing(const EtsSpec& spec, const EtsParams& params, std::span<double> par);

// Full state (size StateCount) from par; false when a multiplicative season would be negative.
bool CompleteState(const EtsSpec& spec, std::span<const double> par, std::span<double> state);

// Clamps the smoothing parameters in par onto the usual box (beta <= alpha,
// gamma <= 1 - alpha included), in place. Returns the L1 distance moved.
double ProjectSmoothing(const EtsSpec& spec, const EtsBounds& bounds, std::span<double> par);

// Box of smoothing parameter i at the current point (bounds that depend on alpha use par[0]).
void SmoothingBox(const EtsSpec& spec, const EtsBounds& bounds, std::span<const double> par, int i,
                  double& lower, double& upper);

}  // namespace lagom::forecast
