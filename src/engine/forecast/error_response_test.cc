#include "engine/forecast/error_response.h"

#include <gtest/gtest.h>

#include <vector>

namespace lagom::forecast {
namespace {

TEST(ErrorResponse, SimpleExponentialSmoothingSums) {
  // SES: a shock carries on with weight alpha = 0.5; sigma = 2.
  // e_1 = 2 eps_1; e_2 = 2 eps_2 + 1 eps_1; e_3 = 2 eps_3 + eps_2 + eps_1.
  // Var: 4, 5, 6. Sum of 3: eps_1 (2+1+1) + eps_2 (2+1) + eps_3 (2): 16 + 9 + 4 = 29.
  const std::vector<double> psi = {1, 0.5, 0.5}, scale = {2, 2, 2};
  const ErrorResponse r = ErrorResponse::FromImpulse(3, psi, scale);
  EXPECT_EQ(r.StepVariances(), (std::vector<double>{4, 5, 6}));
  EXPECT_EQ(r.SumVariances(0), (std::vector<double>{0, 4, 4 + 5 + 2 * 2, 29}));
  // Steps 2..3 only: eps_1 (1+1) + eps_2 (2+1) + eps_3 (2): 4 + 9 + 4 = 17.
  EXPECT_EQ(r.SumVariances(1), (std::vector<double>{0, 5, 17}));
}

TEST(ErrorResponse, SharedLevelErrorAddsKSquared) {
  ErrorResponse r(3);
  for (int h = 0; h < 3; ++h) r.at(h, h) = 1;
  r.level_variance = 0.5;
  EXPECT_EQ(r.StepVariances(), (std::vector<double>{1.5, 1.5, 1.5}));
  EXPECT_EQ(r.SumVariances(0), (std::vector<double>{0, 1.5, 2 + 2, 3 + 4.5}));
}

}  // namespace
}  // namespace lagom::forecast
