#include "engine/forecast/error_response.h"

namespace lagom::forecast {

ErrorResponse::ErrorResponse(int steps)
    : steps_(steps), r_(static_cast<std::size_t>(steps) * steps, 0.0) {}

ErrorResponse ErrorResponse::FromImpulse(int steps, std::span<const double> psi,
                                         std::span<const double> scale) {
  ErrorResponse response(steps);
  for (int h = 0; h < steps; ++h) {
    for (int i = 0; i <= h; ++i) response.at(h, i) = psi[h - i] * scale[i];
  }
  return response;
}

std::vector<double> ErrorResponse::StepVariances() const {
  std::vector<double> out(steps_, level_variance);
  for (int h = 0; h < steps_; ++h) {
    for (int i = 0; i <= h; ++i) out[h] += at(h, i) * at(h, i);
  }
  return out;
}

std::vector<double> ErrorResponse::SumVariances(int first) const {
  // Sum of steps first..first+k-1 loads each shock i with c_i = sum of r(h, i) over the window;
  // V[k] = sum_i c_i^2 + k^2 level_variance, updated one step at a time.
  const int count = steps_ - first;
  std::vector<double> out(count + 1, 0.0);
  std::vector<double> load(steps_, 0.0);
  double shocks = 0.0;
  for (int k = 1; k <= count; ++k) {
    const int h = first + k - 1;
    for (int i = 0; i <= h; ++i) {
      const double r = at(h, i);
      shocks += (2.0 * load[i] + r) * r;
      load[i] += r;
    }
    out[k] = shocks + static_cast<double>(k) * k * level_variance;
  }
  return out;
}

}  // namespace lagom::forecast
