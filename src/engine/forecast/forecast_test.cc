// The public entry point: every kind of awkward history gives finite numbers and a note.
#include "engine/forecast/forecast.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace lagom::forecast {
namespace {

ForecastOptions Options(Method method, int horizon = 6, int m = 1) {
  ForecastOptions o;
  o.method = method;
  o.horizon = horizon;
  o.season_length = m;
  o.sum_periods = 8;
  return o;
}

void ExpectFinite(const Forecast& f, int horizon) {
  for (int h = 1; h <= horizon; ++h) {
    EXPECT_TRUE(std::isfinite(f.Mean()[h - 1])) << f.Model() << " step " << h;
    EXPECT_TRUE(std::isfinite(f.StepVariance(h))) << f.Model();
    EXPECT_GE(f.StepVariance(h), 0.0);
  }
  for (double k : {0.0, 0.5, 3.0, 8.0, 20.0}) EXPECT_TRUE(std::isfinite(f.CumulativeVariance(k)));
  EXPECT_TRUE(std::isfinite(f.Sigma()));
}

const Method kAll[] = {Method::kAuto,  Method::kNaive,         Method::kSeasonalNaive,
                       Method::kMean,  Method::kMovingAverage, Method::kSes,
                       Method::kHolt,  Method::kDamped,        Method::kEts,
                       Method::kTheta, Method::kCroston,       Method::kSba,
                       Method::kTsb};

TEST(Fit, EveryMethodOnEveryAwkwardHistory) {
  const std::vector<std::vector<double>> histories = {
      {},
      {NAN, NAN},
      {0, 0, 0, 0, 0, 0, 0, 0},
      {5, 5, 5, 5, 5},
      {3},
      {3, 4},
      {3, 4, 2},
      {NAN, 4, NAN, 6, 5, NAN, 7, 8, 6, 9, NAN},
      {5, -2, 7, 3, -1, 6, 4, 8, -3, 5, 6, 7},
      {1e300, 2e300, 1.5e300, 1.7e300, 1.2e300, 1.9e300},
      {1e-300, 3e-300, 2e-300, 4e-300, 1e-300, 2e-300},
      {0, 0, 1, 0, 0, 0, 2, 0, 0, 1, 0, 0, 0, 0, 3},
      {INFINITY, 1, 2, -INFINITY, 4, 3},
  };
  for (const auto& history : histories) {
    for (Method method : kAll) {
      auto f = Fit(history, Options(method, 6, 4));
      ASSERT_TRUE(f.ok()) << MethodName(method);
      ExpectFinite(*f, 6);
    }
  }
}

// Regression: four points with a weekly season (52) left every ETS fit with a non-finite
// AICc; auto then combined zero models and crashed.
TEST(Fit, AutoOnFourPointsWithALongSeasonDoesNotCrash) {
  std::vector<double> history = {8, 12, 10, 10};
  ForecastOptions options;
  options.season_length = 52;
  options.horizon = 26;
  options.sum_periods = 3;
  auto fitted = Fit(history, options);
  ASSERT_TRUE(fitted.ok());
  for (double mean : fitted->Mean()) EXPECT_TRUE(std::isfinite(mean));
  EXPECT_TRUE(std::isfinite(fitted->CumulativeVariance(3)));
}

TEST(Fit, EmptyHistoryGivesZeros) {
  auto f = Fit({}, Options(Method::kAuto));
  EXPECT_EQ(f->Model(), "None");
  EXPECT_EQ(f->Mean()[0], 0.0);
  EXPECT_EQ(f->CumulativeVariance(4), 0.0);
  EXPECT_FALSE(f->Notes().empty());
}

TEST(Fit, ConstantHistoryGivesConstantWithoutSpread) {
  const std::vector<double> zeros(24, 0.0), fives(24, 5.0);
  auto z = Fit(zeros, Options(Method::kAuto));
  EXPECT_EQ(z->Model(), "Constant");
  EXPECT_EQ(z->Mean()[5], 0.0);
  auto f = Fit(fives, Options(Method::kEts));
  EXPECT_EQ(f->Mean()[0], 5.0);
  EXPECT_EQ(f->StepVariance(1), 0.0);
  EXPECT_EQ(f->CumulativeMean(2.5), 12.5);
}

TEST(Fit, MissingValuesAreDroppedInterpolatedOrForecast) {
  // Observed 1, (2), 3 then one missing period: the naive forecast is 3, and step 1 is two
  // periods after the last observation. Squared changes 1, 1 -> sigma^2 = 1, so a random
  // walk gives Var(step 1) = 2, Var(step 2) = 3, Var(sum of steps 1..2) = 2 + 3 + 2*2 = 9.
  const std::vector<double> history = {NAN, 1, NAN, 3, NAN};
  auto f = Fit(history, Options(Method::kNaive));
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->Mean()[0], 3.0);
  EXPECT_NEAR(f->StepVariance(1), 2.0, 1e-12);
  EXPECT_NEAR(f->StepVariance(2), 3.0, 1e-12);
  EXPECT_NEAR(f->CumulativeVariance(2), 9.0, 1e-12);
  EXPECT_EQ(f->Notes().size(), 3u);  // leading dropped, one interpolated, one trailing
}

TEST(Fit, RandomWalkSumsInterpolateAndExtrapolate) {
  // Changes of 1 each: sigma^2 = 1. Var(sum of k steps) = 1 + 4 + ... + k^2: 1, 5, 14.
  const std::vector<double> history = {1, 2, 3, 4, 5};
  ForecastOptions o = Options(Method::kNaive, 3);
  o.sum_periods = 0;
  auto f = Fit(history, o);
  EXPECT_NEAR(f->CumulativeVariance(1), 1, 1e-12);
  EXPECT_NEAR(f->CumulativeVariance(2), 5, 1e-12);
  EXPECT_NEAR(f->CumulativeVariance(1.5), 3, 1e-12);     // linear between 1 and 5
  EXPECT_NEAR(f->CumulativeVariance(4), 14 + 9, 1e-12);  // beyond: the last increment, 9
  EXPECT_NEAR(f->CumulativeMean(2.5), 12.5, 1e-12);
  const Interval i = f->PredictionInterval(1, 0.95);
  EXPECT_NEAR(i.upper, 5 + 1.959963984540054, 1e-9);
  EXPECT_NEAR(i.lower, 5 - 1.959963984540054, 1e-9);
}

TEST(Fit, FloorsAtZeroOnlyWithoutNegativeHistory) {
  const std::vector<double> falling = {50, 40, 30, 20, 10, 5, 2, 1};
  ForecastOptions o = Options(Method::kHolt, 6);
  auto f = Fit(falling, o);
  for (double v : f->Mean()) EXPECT_GE(v, 0.0);
  EXPECT_GE(f->PredictionInterval(6, 0.95).lower, 0.0);
  o.non_negative = false;
  EXPECT_LT(Fit(falling, o)->Mean()[5], 0.0);
}

TEST(Fit, NegativeValuesRuleOutMultiplicativeModels) {
  // Net demand with returns: only additive-error ETS models qualify, and nothing is floored.
  std::vector<double> net;
  for (int t = 0; t < 40; ++t) net.push_back(20 - t + 6 * ((t * 5) % 7) - 12 * (t % 9 == 0));
  auto f = Fit(net, Options(Method::kEts, 6));
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->Model().rfind("ETS(A,", 0), 0u) << f->Model();
  EXPECT_LT(f->PredictionInterval(6, 0.95).lower, 0.0);
  auto tsb = Fit(net, Options(Method::kTsb, 6));
  EXPECT_GE(tsb->Mean()[0], 0.0);  // Croston-type methods count returns as zero demand
}

TEST(Fit, ScaleDoesNotChangeTheModel) {
  std::vector<double> small, huge;
  for (int t = 0; t < 48; ++t) {
    small.push_back(100 + 10 * std::sin(t * 0.5236) + t + (t * 7 % 5));
    huge.push_back(small.back() * 1e250);
  }
  auto a = Fit(small, Options(Method::kEts, 6, 12));
  auto b = Fit(huge, Options(Method::kEts, 6, 12));
  EXPECT_EQ(a->Model(), b->Model());
  EXPECT_NEAR(b->Mean()[0] / 1e250, a->Mean()[0], 1e-9 * a->Mean()[0]);
}

TEST(Fit, AutoPicksTheIntermittentMethodByDemandClass) {
  const std::vector<double> intermittent = {0, 3, 0, 0, 4, 0, 3, 0, 0, 4, 0, 0, 3, 0, 4, 0};
  EXPECT_EQ(Fit(intermittent, Options(Method::kAuto))->Model(), "TSB(0.1)");
  const std::vector<double> lumpy = {0, 1, 0, 0, 12, 0, 0, 1, 0, 0, 9, 0, 0, 0, 1, 0};
  EXPECT_EQ(Fit(lumpy, Options(Method::kAuto))->Model(), "TSB(0.1)");
  EXPECT_EQ(Fit(lumpy, Options(Method::kAuto))->Profile().pattern, DemandPattern::kLumpy);
  const std::vector<double> smooth = {4, 5, 0, 4, 6, 5, 4, 5, 3, 5, 4, 6, 5, 4, 0, 5};
  EXPECT_EQ(Fit(smooth, Options(Method::kAuto))->Profile().pattern, DemandPattern::kSmooth);
  EXPECT_EQ(Fit(smooth, Options(Method::kAuto))->Model().rfind("Combination(wETS(A,", 0), 0u);
}

TEST(Fit, ShortHistoriesFallBackToTheMean) {
  auto f = Fit(std::vector<double>{4, 6, 5}, Options(Method::kEts));
  EXPECT_EQ(f->Model(), "Mean");
  EXPECT_NEAR(f->Mean()[0], 5.0, 1e-12);
  EXPECT_FALSE(f->Notes().empty());
  auto one = Fit(std::vector<double>{9}, Options(Method::kAuto));
  EXPECT_NEAR(one->StepVariance(1), 9.0, 1e-12);  // sqrt(9)^2: Poisson fallback
}

TEST(ValidateOptions, RejectsOutOfRange) {
  ForecastOptions o;
  o.horizon = 0;
  EXPECT_FALSE(Fit(std::vector<double>{1, 2}, o).ok());
  o = {};
  o.season_length = 0;
  EXPECT_EQ(ValidateOptions(o).error().code, ErrorCode::kInvalidInput);
  o = {};
  o.intermittent_alpha = 1.5;
  EXPECT_FALSE(ValidateOptions(o).ok());
  o = {};
  o.sum_periods = NAN;
  EXPECT_FALSE(ValidateOptions(o).ok());
  o = {};
  o.horizon = kMaxSteps + 1;
  EXPECT_FALSE(ValidateOptions(o).ok());
}

TEST(Fit, LongestHorizonSumAndGap) {
  std::vector<double> history = {3, 5, 4, 6, 5, 7, 6, 8};
  history.resize(5000, NAN);  // far more trailing missing periods than are bridged
  ForecastOptions o = Options(Method::kAuto, kMaxSteps);
  o.sum_periods = kMaxSteps;
  auto f = Fit(history, o);
  ASSERT_TRUE(f.ok());
  ExpectFinite(*f, kMaxSteps);
  EXPECT_GT(f->CumulativeVariance(kMaxSteps), f->CumulativeVariance(kMaxSteps / 2));
}

TEST(ParseMethod, NamesRoundTrip) {
  for (Method m : kAll) EXPECT_EQ(ParseMethod(MethodName(m)), m);
  EXPECT_FALSE(ParseMethod("arima"));
}

}  // namespace
}  // namespace lagom::forecast
