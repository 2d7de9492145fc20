#include "engine/policy/empirical_demand.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "engine/policy/periodic_fill_rate.h"

namespace lagom::policy {
namespace {

TEST(EmpiricalPerPeriod, SizesFromHistoryProbabilityFromTheForecast) {
  // Non-zero demands 2, 2, 6 (mean size 10/3); a forecast of 1 per period gives p = 0.3:
  // P(0) = 0.7, P(2) = 0.3·2/3 = 0.2, P(6) = 0.3/3 = 0.1 — mean 0.4 + 0.6 = 1.
  const std::vector<double> history = {0, 2, 0, NAN, 0, 6, 2, 0, -1};
  const EmpiricalDemand d = EmpiricalPerPeriod(history, 1.0, 64);
  EXPECT_EQ(d.unit, 1.0);
  ASSERT_EQ(d.pmf.size(), 7u);
  EXPECT_NEAR(d.pmf[0], 0.7, 1e-12);
  EXPECT_NEAR(d.pmf[2], 0.2, 1e-12);
  EXPECT_NEAR(d.pmf[6], 0.1, 1e-12);
  EXPECT_EQ(d.pmf[1] + d.pmf[3] + d.pmf[4] + d.pmf[5], 0.0);
}

TEST(EmpiricalPerPeriod, LargeSizesInCoarserStepsAndNoDemandNoPmf) {
  // Largest 1000 with 64 steps: unit ceil(1000/64) = 16; 1000 -> step round(62.5) = 63 (ties
  // away from zero), 8 -> step 1 (at least one).
  const EmpiricalDemand d = EmpiricalPerPeriod(std::vector<double>{8, 1000, 0, 0}, 504, 64);
  EXPECT_EQ(d.unit, 16.0);
  ASSERT_EQ(d.pmf.size(), 64u);
  EXPECT_NEAR(d.pmf[1], 0.5, 1e-12);  // p = min(1, 504 / 504) = 1
  EXPECT_NEAR(d.pmf[63], 0.5, 1e-12);
  EXPECT_TRUE(EmpiricalPerPeriod(std::vector<double>{0, 0, NAN}, 1.0, 64).pmf.empty());
}

TEST(EmpiricalPerPeriod, SizeTailBeyondTheLargestKeepsTheMean) {
  // Sizes 2, 2, 6 (n = 3): the tail takes 1/(n+1) = 1/4 of the sizes at 2 × 6 = 12; mean size
  // 3/4 · 10/3 + 1/4 · 12 = 5.5, so a forecast of 1.1 gives p = 0.2: P(0) = 0.8,
  // P(2) = 0.2 · 3/4 · 2/3 = 0.1, P(6) = 0.2 · 3/4 · 1/3 = 0.05, P(12) = 0.2 · 1/4 = 0.05;
  // mean 0.2 + 0.3 + 0.6 = 1.1, the forecast's.
  const std::vector<double> history = {0, 2, 0, 6, 2};
  const EmpiricalDemand d = EmpiricalPerPeriod(history, 1.1, 64, SizeTail{2.0, 1.0});
  ASSERT_EQ(d.pmf.size(), 13u);
  EXPECT_NEAR(d.pmf[0], 0.8, 1e-12);
  EXPECT_NEAR(d.pmf[2], 0.1, 1e-12);
  EXPECT_NEAR(d.pmf[6], 0.05, 1e-12);
  EXPECT_NEAR(d.pmf[12], 0.05, 1e-12);
  double mean = 0.0;
  for (std::size_t k = 0; k < d.pmf.size(); ++k) mean += static_cast<double>(k) * d.pmf[k];
  EXPECT_NEAR(mean, 1.1, 1e-12);
  // Ratio 0 is the plain bootstrap.
  EXPECT_EQ(EmpiricalPerPeriod(history, 1.1, 64, SizeTail{0.0, 1.0}).pmf,
            EmpiricalPerPeriod(history, 1.1, 64).pmf);
}

TEST(EmpiricalPerPeriod, SizeTailRaisesTheOrderUpToLevel) {
  // (R, S), R = 1, L = 0: shortage per review E[(D - S)+], fill rate 1 - that / 1.1; a target of
  // 0.89 allows 0.121. Plain bootstrap (p = 0.33: P(2) = 0.22, P(6) = 0.11): S = 5 leaves
  // 0.11 · 1 = 0.11, S = 4 leaves 0.22 → S = 5. With the tail above: S = 10 leaves
  // 0.05 · 2 = 0.1, S = 9 leaves 0.15 → S = 10.
  const std::vector<double> history = {0, 2, 0, 6, 2};
  const std::vector<double> none = {1.0};  // D_L = 0
  const EmpiricalDemand plain = EmpiricalPerPeriod(history, 1.1, 64);
  const EmpiricalDemand tailed = EmpiricalPerPeriod(history, 1.1, 64, SizeTail{2.0, 1.0});
  EXPECT_EQ(PeriodicFillRatePoint(plain.pmf, none, 1.1, 0.89, 0.0), 5.0);
  EXPECT_EQ(PeriodicFillRatePoint(tailed.pmf, none, 1.1, 0.89, 0.0), 10.0);
}

}  // namespace
}  // namespace lagom::policy
