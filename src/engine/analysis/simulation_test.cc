// Replays small enough to check by hand. With a constant history the forecast is that constant
// with no spread, so every policy's reorder point is the demand over the protection interval:
// s = d·(L + R) (no safety stock), and the trajectory follows from simulation.h's rules.
#include "engine/analysis/simulation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace lagom::analysis {
namespace {

Configuration Exact(PolicyKind policy) {
  Configuration c;
  c.method = forecast::Method::kMean;
  c.demand = {DemandModel::Shape::kFixed, policy::DistributionKind::kNormal};
  c.policy = policy;
  c.target = 0.95;
  return c;
}

SimulationOptions Options(int warmup, int review_period = 1) {
  SimulationOptions o;
  o.warmup = warmup;
  o.review_period = review_period;
  return o;
}

struct Replayed {
  SeriesMeasures measures;
  std::vector<PeriodRecord> trace;
};

Replayed Replay(const std::vector<double>& demand, int lead_time, const Configuration& c,
                const SimulationOptions& o) {
  Replayed r;
  r.measures = SimulateSeries({demand, lead_time, 2.5, 7}, c, o, &r.trace).value();
  return r;
}

std::vector<double> OnHand(const Replayed& r) {
  std::vector<double> out;
  for (const PeriodRecord& p : r.trace) out.push_back(p.on_hand);
  return out;
}

TEST(SimulateSeries, ConstantDemandSawtoothUnderSQ) {
  // d = 10, L = 2, R = 1: s = 30; Q = 3 periods of demand = 30; S = 60. At the start the
  // reviews of periods 1..3 left 10 each in transit (arriving at 4, 5, 6): 30 on hand.
  //   t   in  on hand after demand  position (on hand + transit)  order (arrives t+3)
  //   4   10  30                    30 + 20 = 50                   -
  //   5   10  30                    30 + 10 = 40                   -
  //   6   10  30                    30 +  0 = 30 <= s              30 (at 9)
  //   7    -  20                    20 + 30 = 50                   -
  //   8    -  10                    10 + 30 = 40                   -
  //   9   30  30                    30 <= s                        30 (at 12: after the end)
  //  10    -  20                    -                              -
  //  11    -  10                    last period: no review
  SimulationOptions o = Options(4);
  o.order_cover = 3;
  const Replayed r =
      Replay(std::vector<double>(12, 10.0), 2, Exact(PolicyKind::kReorderQuantity), o);
  EXPECT_EQ(OnHand(r), (std::vector<double>{30, 30, 30, 20, 10, 30, 20, 10}));
  EXPECT_EQ(r.trace[2].ordered, 30);
  EXPECT_EQ(r.trace[2].arrival, 9);
  EXPECT_DOUBLE_EQ(r.trace[2].reorder_point, 30);
  EXPECT_DOUBLE_EQ(r.trace[2].order_up_to, 60);
  const SeriesMeasures& m = r.measures;
  EXPECT_EQ(m.periods, 8);
  EXPECT_EQ(m.demand, 80);
  EXPECT_EQ(m.served, 80);
  EXPECT_EQ(m.FillRate(), 1.0);
  EXPECT_EQ(m.CycleServiceLevel(), 1.0);
  EXPECT_EQ(m.orders, 2);
  EXPECT_DOUBLE_EQ(m.AverageOnHand(), 180.0 / 8);
  EXPECT_DOUBLE_EQ(m.AverageStockValue(), 180.0 / 8 * 2.5);
}

TEST(SimulateSeries, LeadTimeLongerThanTheReviewPeriod) {
  // (R, S) with R = 2, L = 3, d = 10: S = 10·(3 + 2) = 50. Past reviews left 20 in transit
  // arriving at 5 and 7 (reviews every 2 periods, L = 3), 10 on hand. Each review (t = 5, 7,
  // 9, 11) finds 10 on hand + 20 in transit and orders 20, arriving at t + 4: stock runs
  // 0, 10, 0, 10 … and never short.
  const Replayed r =
      Replay(std::vector<double>(14, 10.0), 3, Exact(PolicyKind::kOrderUpTo), Options(4, 2));
  EXPECT_EQ(OnHand(r), (std::vector<double>{0, 10, 0, 10, 0, 10, 0, 10, 0, 10}));
  for (int t : {5, 7, 9, 11}) {
    const PeriodRecord& p = r.trace[static_cast<std::size_t>(t - 4)];
    EXPECT_TRUE(p.reviewed) << t;
    EXPECT_EQ(p.ordered, 20) << t;
    EXPECT_EQ(p.arrival, t + 4) << t;
    EXPECT_DOUBLE_EQ(p.order_up_to, 50) << t;
  }
  EXPECT_FALSE(r.trace[0].reviewed);
  EXPECT_EQ(r.measures.orders, 4);
  EXPECT_EQ(r.measures.FillRate(), 1.0);
  EXPECT_EQ(r.measures.cycles, 5);  // ending at 5, 7, 9, 11 and the last period 13
  EXPECT_DOUBLE_EQ(r.measures.AverageOnHand(), 5.0);
}

TEST(SimulateSeries, BackordersAreOwedWhileLostSalesAreGone) {
  // (s, Q) with d = 10, L = 2, Q = 10: s = 30, S = 40; 10 on hand at the end of each period
  // and 10 arriving at the start of the next. Period 10 demands 50: 20 served, 30 short. The
  // review after it orders, but nothing ordered then arrives before the end. Period 11 gets
  // the 10 ordered at 8: with backorders they go to the 30 owed and its demand of 10 is short
  // too; with lost sales they serve it.
  std::vector<double> demand(12, 10.0);
  demand[10] = 50;
  const Configuration c = Exact(PolicyKind::kReorderQuantity);
  SimulationOptions backorders = Options(4);
  SimulationOptions lost = backorders;
  lost.shortage = ShortageKind::kLostSales;
  const Replayed b = Replay(demand, 2, c, backorders), l = Replay(demand, 2, c, lost);
  EXPECT_EQ(OnHand(b), (std::vector<double>{10, 10, 10, 10, 10, 10, 0, 0}));
  EXPECT_EQ(OnHand(l), OnHand(b));
  EXPECT_EQ(b.trace[6].shortage, 30);
  EXPECT_EQ(b.trace[7].backorders, 30);  // 30 owed, 10 received, 10 more short
  EXPECT_EQ(b.trace[7].served, 0);
  EXPECT_EQ(l.trace[7].backorders, 0);
  EXPECT_EQ(l.trace[7].served, 10);
  EXPECT_DOUBLE_EQ(b.measures.FillRate(), 80.0 / 120);  // 6 x 10 + 20 + 0
  EXPECT_DOUBLE_EQ(l.measures.FillRate(), 90.0 / 120);  // 6 x 10 + 20 + 10
  EXPECT_EQ(b.measures.stockout_periods, 2);
  EXPECT_EQ(l.measures.stockout_periods, 1);
  EXPECT_DOUBLE_EQ(b.measures.CycleServiceLevel(), 6.0 / 8);
  EXPECT_EQ(b.measures.orders, 7);
  EXPECT_EQ(l.measures.orders, 7);
}

TEST(SimulateSeries, ZeroDemandHoldsNothingAndOrdersNothing) {
  for (PolicyKind policy :
       {PolicyKind::kReorderQuantity, PolicyKind::kReorderUpTo, PolicyKind::kOrderUpTo}) {
    Configuration c;  // Lagom's default: auto, empirical, periodic, from the first demand
    c.policy = policy;
    const Replayed r = Replay(std::vector<double>(20, 0.0), 3, c, Options(6));
    EXPECT_EQ(OnHand(r), std::vector<double>(14, 0.0));
    EXPECT_EQ(r.measures.orders, 0);
    EXPECT_EQ(r.measures.demand, 0);
    EXPECT_TRUE(std::isnan(r.measures.FillRate()));
    EXPECT_EQ(r.measures.CycleServiceLevel(), 1.0);
  }
}

TEST(SimulateSeries, MissingPeriodsAndShortSeriesAreNotMeasured) {
  std::vector<double> demand(12, 10.0);
  demand[6] = NAN;
  const Replayed r = Replay(demand, 2, Exact(PolicyKind::kReorderUpTo), Options(4));
  EXPECT_EQ(r.measures.periods, 7);
  EXPECT_EQ(r.measures.demand, 70);
  const Replayed short_series =
      Replay({1, 2, 3, 4}, 1, Exact(PolicyKind::kReorderUpTo), Options(4));
  EXPECT_EQ(short_series.measures.periods, 0);
  EXPECT_TRUE(short_series.trace.empty());
}

TEST(SimulateSeries, NeverUsesDemandFromTheFuture) {
  // Lumpy demand, drawn lead times, Lagom's default: changing the demand from period 20 on
  // must leave every record before period 20 — levels, orders, lead times — unchanged.
  std::vector<double> demand;
  for (int t = 0; t < 48; ++t) demand.push_back(t % 3 == 0 ? (t * 7) % 11 : t % 5 == 0 ? 2 : 0);
  std::vector<double> changed = demand;
  for (std::size_t t = 20; t < changed.size(); ++t) changed[t] = 40.0 - changed[t];
  SimulationOptions o = Options(12);
  o.lead_time_sd = 1.5;
  const Replayed a = Replay(demand, 4, Configuration{}, o),
                 b = Replay(changed, 4, Configuration{}, o);
  ASSERT_EQ(a.trace.size(), b.trace.size());
  bool later_differs = false;
  for (std::size_t i = 0; i < a.trace.size(); ++i) {
    const PeriodRecord &x = a.trace[i], &y = b.trace[i];
    const bool same = x.on_hand == y.on_hand && x.ordered == y.ordered && x.arrival == y.arrival &&
                      x.reorder_point == y.reorder_point && x.order_up_to == y.order_up_to &&
                      x.served == y.served;
    if (x.period < 20) {
      EXPECT_TRUE(same) << "period " << x.period;
    }
    later_differs = later_differs || !same;
  }
  EXPECT_TRUE(later_differs);
}

TEST(SimulateSeries, CostsAddUpOverMeasuredPeriods) {
  // The sawtooth of ConstantDemandSawtoothUnderSQ: 180 unit-periods on hand at 2.5 each,
  // 2 orders, no shortage.
  SimulationOptions o = Options(4);
  o.order_cover = 3;
  o.costs = {0.01, 20.0, 5.0};
  const Replayed r =
      Replay(std::vector<double>(12, 10.0), 2, Exact(PolicyKind::kReorderQuantity), o);
  EXPECT_DOUBLE_EQ(r.measures.holding_cost, 0.01 * 2.5 * 180);
  EXPECT_DOUBLE_EQ(r.measures.ordering_cost, 40.0);
  EXPECT_DOUBLE_EQ(r.measures.TotalCost(), 4.5 + 40.0);
}

TEST(SimulateSeries, RejectsBadInput) {
  SimulationOptions o = Options(0);
  EXPECT_FALSE(SimulateSeries({std::vector<double>(5, 1.0)}, Configuration{}, o).ok());
  Configuration c;
  c.target = 1.0;
  EXPECT_FALSE(SimulateSeries({std::vector<double>(5, 1.0)}, c, Options(2)).ok());
  EXPECT_FALSE(SimulateSeries({std::vector<double>(5, 1.0), -1}, Configuration{}, Options(2)).ok());
}

}  // namespace
}  // namespace lagom::analysis
