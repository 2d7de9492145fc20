// Forecast variances of ETS models against simulation of the models themselves (the
// independent source here: the state-space equations, run forward with random errors).
#include "engine/forecast/ets_predict.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "engine/forecast/ets_recursion.h"

namespace lagom::forecast {
namespace {

struct Moments {
  std::vector<double> step_variance, sum_variance;  // per step; of the sum of steps 1..k
};

Moments Simulate(const EtsFit& fit, int steps, int paths) {
  std::mt19937_64 rng(42);
  std::normal_distribution<double> normal(0.0, std::sqrt(fit.sigma2));
  std::vector<double> s1(steps), s2(steps), c1(steps), c2(steps);
  for (int p = 0; p < paths; ++p) {
    std::vector<double> state = fit.final_state;
    double sum = 0;
    for (int h = 0; h < steps; ++h) {
      double mu;
      EtsForecastMean(fit.spec, fit.params, state, {&mu, 1});
      const double e = normal(rng);
      const double y = fit.spec.error == ErrorType::kAdditive ? mu + e : mu * (1 + e);
      RunEts(fit.spec, fit.params, {&y, 1}, state);
      sum += y;
      s1[h] += y, s2[h] += y * y, c1[h] += sum, c2[h] += sum * sum;
    }
  }
  Moments m;
  for (int h = 0; h < steps; ++h) {
    m.step_variance.push_back(s2[h] / paths - (s1[h] / paths) * (s1[h] / paths));
    m.sum_variance.push_back(c2[h] / paths - (c1[h] / paths) * (c1[h] / paths));
  }
  return m;
}

EtsFit Model(const char* code, EtsParams params, std::vector<double> state, double sigma2) {
  EtsFit fit;
  fit.spec = *ParseEtsCode(code, 4);
  fit.params = params;
  fit.final_state = std::move(state);
  fit.sigma2 = sigma2;
  return fit;
}

void ExpectMatchesSimulation(const EtsFit& fit, double tolerance) {
  const int steps = 9;
  const EtsPrediction prediction = PredictEts(fit, steps);
  const Moments sim = Simulate(fit, steps, 40000);
  const std::vector<double> sums = prediction.response.SumVariances(0);
  for (int h = 0; h < steps; ++h) {
    EXPECT_NEAR(prediction.variance[h] / sim.step_variance[h], 1.0, tolerance)
        << EtsName(fit.spec) << " step " << h + 1;
    EXPECT_NEAR(sums[h + 1] / sim.sum_variance[h], 1.0, tolerance)
        << EtsName(fit.spec) << " sum of " << h + 1;
  }
}

TEST(PredictEts, Class1AdditiveMatchesSimulation) {
  ExpectMatchesSimulation(Model("AAdA", {0.3, 0.1, 0.2, 0.9}, {100, 2, 5, -3, 1, -3}, 16), 0.04);
}

TEST(PredictEts, Class2MultiplicativeErrorMatchesSimulation) {
  ExpectMatchesSimulation(Model("MAN", {0.4, 0.1, 0, 1}, {100, 3}, 0.01), 0.04);
}

TEST(PredictEts, Class3MultiplicativeSeasonMatchesSimulation) {
  // Linearised: drops terms of order sigma^4, so small relative errors keep it close.
  ExpectMatchesSimulation(
      Model("MAdM", {0.3, 0.05, 0.1, 0.95}, {100, 2, 1.2, 0.9, 0.8, 1.1}, 0.0025), 0.05);
}

TEST(PredictEts, PointForecastsFollowTheComponents) {
  // ETS(A,Ad,A), phi = 0.5: level 10, trend 4, seasons s_0..s_-3 = 1, 2, 3, 4 (s_-3 next).
  const EtsFit fit = Model("AAdA", {0.1, 0.1, 0.1, 0.5}, {10, 4, 1, 2, 3, 4}, 1);
  const EtsPrediction p = PredictEts(fit, 5);
  EXPECT_DOUBLE_EQ(p.mean[0], 10 + 4 * 0.5 + 4);
  EXPECT_DOUBLE_EQ(p.mean[1], 10 + 4 * 0.75 + 3);
  EXPECT_DOUBLE_EQ(p.mean[4], 10 + 4 * (0.5 + 0.25 + 0.125 + 0.0625 + 0.03125) + 4);
}

}  // namespace
}  // namespace lagom::forecast
