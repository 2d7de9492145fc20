#include "engine/policy/normal.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lagom::policy {
namespace {

TEST(InverseNormalCdf, MatchesPublishedPercentagePoints) {
  // Percentage points of the normal distribution (Wichura 1988, AS 241 test values, and
  // any 16-digit normal table): z(0.25), z(0.001), z(1e-20), z(0.95), z(0.975).
  EXPECT_NEAR(InverseNormalCdf(0.25), -0.6744897501960817, 1e-15);
  EXPECT_NEAR(InverseNormalCdf(0.001), -3.090232306167814, 1e-14);
  EXPECT_NEAR(InverseNormalCdf(1e-20), -9.262340089798408, 1e-13);
  EXPECT_NEAR(InverseNormalCdf(0.95), 1.6448536269514722, 1e-15);
  EXPECT_NEAR(InverseNormalCdf(0.975), 1.959963984540054, 1e-15);
  EXPECT_EQ(InverseNormalCdf(0.5), 0.0);
}

// Quantiles from the standard normal table (e.g. Silver, Pyke & Thomas 2017, Appendix B;
// values to 10 digits as printed in NIST/SEMATECH e-Handbook, section 1.3.6.7.1).
TEST(InverseNormalCdf, MatchesTabulatedQuantiles) {
  EXPECT_NEAR(InverseNormalCdf(0.90), 1.2815515655, 1e-9);
  EXPECT_NEAR(InverseNormalCdf(0.99), 2.3263478740, 1e-9);
  EXPECT_NEAR(InverseNormalCdf(0.999), 3.0902323062, 1e-9);
  EXPECT_NEAR(InverseNormalCdf(0.05), -1.6448536270, 1e-9);
  EXPECT_NEAR(InverseNormalCdf(1e-10), -6.3613409025, 1e-8);
}

TEST(InverseNormalCdf, InvertsTheCdfToMachinePrecision) {
  // Property: Φ(Φ⁻¹(p)) = p, relative error ~1e-15, over twelve decades of the lower tail
  // and the whole body.
  for (double p = 1e-12; p < 0.5; p *= 1.7) {
    EXPECT_NEAR(NormalCdf(InverseNormalCdf(p)) / p, 1.0, 2e-14) << p;
    EXPECT_NEAR(NormalCdf(InverseNormalCdf(1.0 - p)), 1.0 - p, 2e-16) << p;
  }
  EXPECT_TRUE(std::isnan(InverseNormalCdf(1.5)));
  EXPECT_TRUE(std::isinf(InverseNormalCdf(1.0)));
}

TEST(StdNormalLoss, MatchesPublishedTables) {
  // Standard normal loss table (Snyder & Shen appendix, Silver-Pyke-Thomas table B.1):
  // G(0) = 1/sqrt(2π) = 0.3989, G(1) = 0.0833, G(2) = 0.0085.
  EXPECT_NEAR(StdNormalLoss(0.0), 0.3989422804014327, 1e-15);
  EXPECT_NEAR(StdNormalLoss(1.0), 0.0833, 5e-5);
  EXPECT_NEAR(StdNormalLoss(2.0), 0.0085, 5e-5);
  // stockpyl tests (Snyder): L(-1.4), L(0.3), L(3.1).
  EXPECT_NEAR(StdNormalLoss(-1.4), 1.436668142708465, 1e-12);
  EXPECT_NEAR(StdNormalLoss(0.3), 0.266761242117210, 1e-12);
  EXPECT_NEAR(StdNormalLoss(3.1), 2.672490952231408e-04, 1e-15);
}

TEST(StdNormalSecondLoss, MatchesReferenceValues) {
  // stockpyl tests (Snyder): L2(-1.4), L2(0.3), L2(3.1).
  EXPECT_NEAR(StdNormalSecondLoss(-1.4), 1.465289370279040, 1e-12);
  EXPECT_NEAR(StdNormalSecondLoss(0.3), 0.151030102587942, 1e-12);
  EXPECT_NEAR(StdNormalSecondLoss(3.1), 6.956550901328958e-05, 1e-15);
}

TEST(InverseStdNormalLoss, InvertsTheLossFunction) {
  for (double z = -6.0; z <= 8.0; z += 0.25) {
    EXPECT_NEAR(InverseStdNormalLoss(StdNormalLoss(z)), z, 1e-9 * (1.0 + std::fabs(z))) << z;
  }
  // Table lookup as in Silver-Pyke-Thomas: G(k) = 0.0833 gives k ≈ 1.00.
  EXPECT_NEAR(InverseStdNormalLoss(0.0833), 1.0, 1e-3);
}

}  // namespace
}  // namespace lagom::policy
