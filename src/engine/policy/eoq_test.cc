#include "engine/policy/eoq.h"

#include <gtest/gtest.h>

#include <vector>

#include "engine/policy/quantity_discount.h"

namespace lagom::policy {
namespace {

TEST(Eoq, SnyderShenExample3_1) {
  // Snyder & Shen Example 3.1: K = 8, h = 0.75 · 0.3 = 0.225, λ = 1300.
  // Q* = sqrt(2·8·1300/0.225) = sqrt(92444.44) = 304.0468; g* = sqrt(2·8·1300·0.225) = 68.4105.
  EoqResult r = Eoq(8, 0.225, 1300).value();
  EXPECT_NEAR(r.order_quantity, 304.0467800264368, 1e-9);
  EXPECT_NEAR(r.cost, 68.41052550594827, 1e-9);
  EXPECT_NEAR(r.explanation.steps.Get("orders_per_time_unit"), 1300 / 304.0467800264368, 1e-9);
}

TEST(Eoq, SnyderShenProblem3_1) {
  EoqResult r = Eoq(2250, 275, 500 * 365).value();
  EXPECT_NEAR(r.order_quantity, 1728.109844993551, 1e-8);
  EXPECT_NEAR(r.cost, 475230.2073732266, 1e-6);
}

TEST(Eoq, RejectsBadCosts) {
  EXPECT_FALSE(Eoq(-8, 0.225, 1300).ok());
  EXPECT_FALSE(Eoq(8, 0, 1300).ok());
  EXPECT_EQ(Eoq(8, -1, 1300).error().message, "holding cost must be > 0 (got -1)");
}

TEST(EoqWithBackorders, SnyderShenExample3_8) {
  // Example 3.8 = Example 3.1 with p = 5: x* = h/(h+p) = 0.225/5.225 = 0.0430622;
  // Q* = sqrt(2Kλ(h+p)/(hp)) = 310.8126, g* = sqrt(2Kλhp/(h+p)) = 66.9214.
  EoqBackorderResult r = EoqWithBackorders(8, 0.225, 5, 1300).value();
  EXPECT_NEAR(r.order_quantity, 310.8125551589646, 1e-9);
  EXPECT_NEAR(r.stockout_fraction, 0.043062200956938, 1e-12);
  EXPECT_NEAR(r.cost, 66.921363550973254, 1e-9);
}

TEST(Epq, SnyderShenExample3_1WithProductionRate) {
  // Example 3.1 with μ = 2000: 1 - λ/μ = 0.35, Q* = sqrt(2·8·1300/(0.225·0.35)) = 513.9329.
  EoqResult r = Epq(8, 0.225, 1300, 2000).value();
  EXPECT_NEAR(r.order_quantity, 513.9328595516969, 1e-9);
  EXPECT_NEAR(r.cost, 40.472212689696120, 1e-9);
  r = Epq(4, 0.08, 80, 110).value();  // Problem 3.22
  EXPECT_NEAR(r.order_quantity, 171.2697677155351, 1e-9);
  EXPECT_NEAR(r.cost, 3.736794931975310, 1e-9);
  EXPECT_FALSE(Epq(8, 0.225, 1300, 1000).ok());
}

TEST(QuantityDiscount, AllUnitsSnyderShenExample3_6) {
  // Example 3.5/3.6: K = 8, i = 0.3, λ = 1300, breakpoints 0/400/800, prices .75/.72/.68.
  // Region 2: Q = max(EOQ at 0.68, 800) = 800; g = 0.68·1300 + 8·1300/800 + 0.3·0.68·400
  //   = 884 + 13 + 81.6 = 978.60 (cheaper than regions 0 and 1).
  std::vector<double> b = {0, 400, 800}, c = {0.75, 0.72, 0.68};
  DiscountResult r = EoqAllUnits(8, 0.3, 1300, b, c).value();
  EXPECT_DOUBLE_EQ(r.order_quantity, 800);
  EXPECT_EQ(r.region, 2);
  EXPECT_NEAR(r.cost, 978.60, 1e-9);
  // stockpyl docstring instance: K = 200, i = 0.2, λ = 1000, 0/200/500, 500/475/450.
  b = {0, 200, 500}, c = {500, 475, 450};
  r = EoqAllUnits(200, 0.2, 1000, b, c).value();
  EXPECT_DOUBLE_EQ(r.order_quantity, 500);
  EXPECT_NEAR(r.cost, 472900.0, 1e-6);
}

TEST(QuantityDiscount, IncrementalSnyderShenExample3_7) {
  // Example 3.7: same data, incremental. Region 0 EOQ = 304.05 < 400 is feasible with
  // g = 0.75·1300 + 68.41 = 1043.41; regions 1 and 2 are costlier.
  std::vector<double> b = {0, 400, 800}, c = {0.75, 0.72, 0.68};
  DiscountResult r = EoqIncremental(8, 0.3, 1300, b, c).value();
  EXPECT_NEAR(r.order_quantity, 304.04678003, 1e-7);
  EXPECT_EQ(r.region, 0);
  EXPECT_NEAR(r.cost, 1043.41052551, 1e-7);
  // K = 150, i = 0.25, λ = 2400, 0/300/600, 100/90/80: ā_2 = 30000 + 27000, F_2 = 9000,
  // Q_2 = sqrt(2·9150·2400/(0.25·80)) = 1481.89, g = 222762.81.
  b = {0, 300, 600}, c = {100, 90, 80};
  r = EoqIncremental(150, 0.25, 2400, b, c).value();
  EXPECT_NEAR(r.order_quantity, 1481.8906842274164, 1e-8);
  EXPECT_EQ(r.region, 2);
  EXPECT_NEAR(r.cost, 222762.8136845483, 1e-6);
}

TEST(QuantityDiscount, RejectsMalformedPriceLists) {
  std::vector<double> b = {0, 800, 400}, c = {0.75, 0.72, 0.68};
  EXPECT_FALSE(EoqAllUnits(8, 0.3, 1300, b, c).ok());
  b = {100, 400, 800};
  EXPECT_FALSE(EoqIncremental(8, 0.3, 1300, b, c).ok());
  b = {0, 400};
  EXPECT_FALSE(EoqAllUnits(8, 0.3, 1300, b, c).ok());
}

}  // namespace
}  // namespace lagom::policy
