#include "engine/forecast/ets_bounds.h"

#include <gtest/gtest.h>

namespace lagom::forecast {
namespace {

EtsSpec Model(const char* code, int m = 12) {
  return *ParseEtsCode(code, m);
}

TEST(IsAdmissible, NonSeasonalRegions) {
  // Hyndman et al. (2008), Table 10.1: ETS(A,N,N) needs 0 < alpha < 2; ETS(A,A,N) also
  // 0 < beta < 4 - 2 alpha.
  EXPECT_TRUE(IsAdmissible(Model("ANN"), {1.5, 0, 0, 1}));
  EXPECT_FALSE(IsAdmissible(Model("ANN"), {2.5, 0, 0, 1}));
  EXPECT_TRUE(IsAdmissible(Model("AAN"), {1.0, 1.5, 0, 1}));
  EXPECT_FALSE(IsAdmissible(Model("AAN"), {1.0, 2.5, 0, 1}));
}

TEST(IsAdmissible, SeasonalAsR) {
  // R forecast 8.20, forecast:::admissible(alpha, beta, gamma, phi, m = 12).
  EXPECT_TRUE(IsAdmissible(Model("AAdA"), {0.5, 0.1, 0.3, 0.98}));
  EXPECT_FALSE(IsAdmissible(Model("AAdA"), {0.9, 0.5, 0.6, 0.9}));
  EXPECT_FALSE(IsAdmissible(Model("AAA"), {1.2, 0.2, 0.5, 1}));
  EXPECT_TRUE(IsAdmissible(Model("ANA"), {0.5, 0, 1.4, 1}));
  EXPECT_TRUE(IsAdmissible(Model("ANA"), {0.3, 0, 0.2, 1}));
  EXPECT_TRUE(IsAdmissible(Model("AAdA"), {0.05, 0.01, 0.9, 0.85}));
  EXPECT_FALSE(IsAdmissible(Model("AAdA"), {1.5, 0.1, 0.45, 0.95}));
}

TEST(WithinUsualBounds, BetaBelowAlphaGammaBelowOneMinusAlpha) {
  const EtsBounds b;
  EXPECT_TRUE(WithinUsualBounds(Model("AAA"), {0.3, 0.2, 0.6, 1}, b));
  EXPECT_FALSE(WithinUsualBounds(Model("AAA"), {0.3, 0.4, 0.1, 1}, b));
  EXPECT_FALSE(WithinUsualBounds(Model("AAA"), {0.3, 0.1, 0.8, 1}, b));
  EXPECT_FALSE(WithinUsualBounds(Model("AAdN"), {0.3, 0.1, 0, 0.99}, b));
  EXPECT_FALSE(WithinUsualBounds(Model("ANN"), {0.00001, 0, 0, 1}, b));
}

}  // namespace
}  // namespace lagom::forecast
