#include "engine/policy/empirical_demand.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

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

}  // namespace
}  // namespace lagom::policy
