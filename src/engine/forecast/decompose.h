// Classical seasonal decomposition and the seasonality test of the Theta method, following R's
// stats::decompose and forecast::thetaf. Pure functions; thread-safe.
#pragma once

#include <span>
#include <vector>

namespace lagom::forecast {

enum class DecompositionType { kAdditive, kMultiplicative };

// Seasonal figure of a classical decomposition: a centred moving average of order m (2 x m
// for even m) as trend, the detrended values averaged per position, then normalised to sum 0
// (additive) or mean 1 (multiplicative). figure[i] applies to points i, i + m, i + 2m, ...
// REQUIRES: m >= 2, y.size() >= 2 * m, no NaN in y.
std::vector<double> SeasonalFigure(std::span<const double> y, int m, DecompositionType type);

// Sample autocorrelation at lags 1..max_lag (R's acf: mean removed, denominator n).
// Returns zeros when y is constant. REQUIRES: 1 <= max_lag < y.size().
std::vector<double> Autocorrelation(std::span<const double> y, int max_lag);

// thetaf's test: seasonal when |r_m| / sqrt((1 + 2 sum_{k<m} r_k^2) / n) exceeds the 95%
// normal quantile (a one-sided 90% test). False when m < 2, y is constant or y.size() < 2m.
bool IsSeasonal(std::span<const double> y, int m);

}  // namespace lagom::forecast
