#include "engine/policy/normal.h"

#include <gtest/gtest.h>

namespace lagom::policy {
namespace {

// Quantiles from the standard normal table (e.g. Silver, Pyke & Thomas 2017, Appendix B;
// values to 10 digits as printed in NIST/SEMATECH e-Handbook, section 1.3.6.7.1).
TEST(InverseNormalCdf, MatchesTabulatedQuantiles) {
  EXPECT_NEAR(InverseNormalCdf(0.5), 0.0, 1e-15);
  EXPECT_NEAR(InverseNormalCdf(0.90), 1.2815515655, 1e-9);
  EXPECT_NEAR(InverseNormalCdf(0.95), 1.6448536270, 1e-9);
  EXPECT_NEAR(InverseNormalCdf(0.975), 1.9599639845, 1e-9);
  EXPECT_NEAR(InverseNormalCdf(0.99), 2.3263478740, 1e-9);
  EXPECT_NEAR(InverseNormalCdf(0.999), 3.0902323062, 1e-9);
  EXPECT_NEAR(InverseNormalCdf(0.05), -1.6448536270, 1e-9);
  EXPECT_NEAR(InverseNormalCdf(1e-10), -6.3613409025, 1e-8);
}

TEST(InverseNormalCdf, InvertsTheCdf) {
  for (double p = 0.001; p < 1.0; p += 0.0137) {
    EXPECT_NEAR(NormalCdf(InverseNormalCdf(p)), p, 1e-14) << p;
  }
}

}  // namespace
}  // namespace lagom::policy
