// Textbook valuation examples, each number re-derived by hand in the comments.
#include "engine/ledger/valuation.h"

#include <gtest/gtest.h>

#include <vector>

namespace lagom::ledger {
namespace {

using T = MovementType;

Money M(const char* text) {
  return *Money::Parse(text);
}
Quantity Q(std::int64_t units) {
  return Quantity::FromUnits(units);
}
CostedMovement In(Date date, std::int64_t units, const char* unit_cost, std::string lot = "") {
  return {date, T::kReceipt, Q(units), M(unit_cost), Money(), std::move(lot)};
}
CostedMovement Out(Date date, std::int64_t units) {
  return {date, T::kSale, Q(-units), Money(), Money(), ""};
}

Money Sum(const std::vector<Money>& values) {
  Money total;
  for (Money v : values) total += v;
  return total;
}

// Cost of goods sold: minus the values of the movements that took stock out.
Money Cogs(const std::vector<CostedMovement>& movements, const Valuation& v) {
  Money cogs;
  for (std::size_t i = 0; i < movements.size(); ++i) {
    if (movements[i].quantity < Quantity()) cogs -= v.movement_values[i];
  }
  return cogs;
}

Valuation Valued(const std::vector<CostedMovement>& movements, CostMethod method, Date as_of) {
  auto v = Value(movements, {method, as_of, PeriodKind::kMonth});
  EXPECT_TRUE(v.ok()) << v.error().message;
  EXPECT_EQ(Sum(v->movement_values), v->value) << "reconciliation";
  return *v;
}

// A June exercise with published answers (indextestingapp.uonbi.ac.ke/preguntia/13686044),
// re-derived here:
//   Jun 1 on hand 304 @ 13 = 3,952   Jun 10 sell 205   Jun 11 buy 804 @ 15 = 12,060
//   Jun 15 sell 504                  Jun 20 buy 498 @ 16 = 7,968   Jun 27 sell 295
//   available 1,606 units costing 23,980; sold 1,004; 602 left.
std::vector<CostedMovement> June() {
  return {In(MakeDate(2024, 6, 1), 304, "13"),  Out(MakeDate(2024, 6, 10), 205),
          In(MakeDate(2024, 6, 11), 804, "15"), Out(MakeDate(2024, 6, 15), 504),
          In(MakeDate(2024, 6, 20), 498, "16"), Out(MakeDate(2024, 6, 27), 295)};
}
constexpr Date kJuneEnd = MakeDate(2024, 6, 30);

TEST(Valuation, FifoJuneExercise) {
  // 205 @ 13 = 2,665; 99 @ 13 + 405 @ 15 = 1,287 + 6,075 = 7,362; 295 @ 15 = 4,425.
  // Left 104 @ 15 + 498 @ 16 = 1,560 + 7,968 = 9,528; COGS 14,452.
  auto movements = June();
  Valuation v = Valued(movements, CostMethod::kFifo, kJuneEnd);
  EXPECT_EQ(v.quantity, Q(602));
  EXPECT_EQ(v.value, M("9528"));
  EXPECT_EQ(Cogs(movements, v), M("14452"));
  EXPECT_EQ(v.movement_values[3], M("-7362"));
  ASSERT_EQ(v.layers.size(), 2u);
  EXPECT_EQ(v.layers[0].quantity, Q(104));
  EXPECT_EQ(v.layers[1].value, M("7968"));
}

TEST(Valuation, LifoPerpetualJuneExercise) {
  // 205 @ 13 = 2,665 (99 @ 13 left); 504 @ 15 = 7,560 (300 @ 15 left); 295 @ 16 = 4,720.
  // Left 99 @ 13 + 300 @ 15 + 203 @ 16 = 1,287 + 4,500 + 3,248 = 9,035; COGS 14,945.
  auto movements = June();
  Valuation v = Valued(movements, CostMethod::kLifoPerpetual, kJuneEnd);
  EXPECT_EQ(v.value, M("9035"));
  EXPECT_EQ(Cogs(movements, v), M("14945"));
  EXPECT_EQ(v.layers.size(), 3u);
}

TEST(Valuation, LifoPeriodicJuneExercise) {
  // At the end of June the 1,004 units sold take the newest costs first:
  // 498 @ 16 + 506 @ 15 = 7,968 + 7,590 = 15,558. Left 304 @ 13 + 298 @ 15 = 8,422.
  auto movements = June();
  Valuation v = Valued(movements, CostMethod::kLifoPeriodic, kJuneEnd);
  EXPECT_EQ(v.value, M("8422"));
  EXPECT_EQ(Cogs(movements, v), M("15558"));
}

TEST(Valuation, MovingAverageJuneExercise) {
  // 205 @ 13 = 2,665 → 99 units worth 1,287. Buy 804 @ 15 → 903 units worth 13,347.
  // Sell 504: 13,347 · 504 / 903 = 7,449.48837… → 7,449.4884; left 399 worth 5,897.5116.
  // Buy 498 @ 16 = 7,968 → 897 units worth 13,865.5116.
  // Sell 295: 13,865.5116 · 295 / 897 = 4,560.00660… → 4,560.0066; left 602 worth 9,305.5050.
  // COGS 2,665 + 7,449.4884 + 4,560.0066 = 14,674.4950 (+ 9,305.5050 = 23,980).
  auto movements = June();
  Valuation v = Valued(movements, CostMethod::kWeightedAverage, kJuneEnd);
  EXPECT_EQ(v.movement_values[3], M("-7449.4884"));
  EXPECT_EQ(v.movement_values[5], M("-4560.0066"));
  EXPECT_EQ(v.value, M("9305.505"));
  EXPECT_EQ(Cogs(movements, v), M("14674.495"));
  ASSERT_EQ(v.layers.size(), 1u);
}

// Weygandt, Kimmel & Kieso, Accounting Principles, ch. "Inventories", Houston Electronics:
//   Jan 1 100 @ 10 = 1,000; Apr 15 200 @ 11 = 2,200; Aug 24 300 @ 12 = 3,600;
//   Nov 27 400 @ 13 = 5,200 — 1,000 units costing 12,000; 550 sold, 450 left.
//   FIFO: left 400 @ 13 + 50 @ 12 = 5,800, COGS 6,200.
//   LIFO: left 100 @ 10 + 200 @ 11 + 150 @ 12 = 5,000, COGS 7,000.
//   Average: 12,000 / 1,000 = 12 per unit: left 5,400, COGS 6,600.
// The 550 units leave at year end, so the moving average equals the textbook's periodic one.
std::vector<CostedMovement> Houston() {
  return {In(MakeDate(2024, 1, 1), 100, "10"), In(MakeDate(2024, 4, 15), 200, "11"),
          In(MakeDate(2024, 8, 24), 300, "12"), In(MakeDate(2024, 11, 27), 400, "13"),
          Out(MakeDate(2024, 12, 31), 550)};
}

TEST(Valuation, HoustonElectronicsAllMethods) {
  auto movements = Houston();
  Date end = MakeDate(2024, 12, 31);
  EXPECT_EQ(Valued(movements, CostMethod::kFifo, end).value, M("5800"));
  EXPECT_EQ(Valued(movements, CostMethod::kLifoPeriodic, end).value, M("5000"));
  EXPECT_EQ(Valued(movements, CostMethod::kLifoPerpetual, end).value, M("5000"));
  Valuation wac = Valued(movements, CostMethod::kWeightedAverage, end);
  EXPECT_EQ(wac.value, M("5400"));
  EXPECT_EQ(Cogs(movements, wac), M("6600"));
}

TEST(Valuation, ValueAtAnEarlierDateIgnoresLaterMovements) {
  // On Aug 31: 100 @ 10 + 200 @ 11 + 300 @ 12 = 6,800 under every method.
  for (CostMethod method : {CostMethod::kFifo, CostMethod::kLifoPerpetual,
                            CostMethod::kLifoPeriodic, CostMethod::kWeightedAverage}) {
    Valuation v = Valued(Houston(), method, MakeDate(2024, 8, 31));
    EXPECT_EQ(v.quantity, Q(600));
    EXPECT_EQ(v.value, M("6800")) << CostMethodName(method);
  }
}

TEST(Valuation, LifoPeriodicCostsEachMonthAtItsEnd) {
  // May: buy 10 @ 1, sell 5, buy 10 @ 2 → at May's end the 5 take the newest cost 2 = 10.
  // June: sell 10 → newest first: 5 @ 2 + 5 @ 1 = 15; left 5 @ 1 = 5.
  // Perpetual LIFO instead: 5 @ 1, then 10 @ 2 = 20; left 5 @ 1.
  std::vector<CostedMovement> ms = {In(MakeDate(2024, 5, 2), 10, "1"), Out(MakeDate(2024, 5, 3), 5),
                                    In(MakeDate(2024, 5, 20), 10, "2"),
                                    Out(MakeDate(2024, 6, 5), 10)};
  Valuation periodic = Valued(ms, CostMethod::kLifoPeriodic, MakeDate(2024, 6, 30));
  EXPECT_EQ(periodic.movement_values[1], M("-10"));
  EXPECT_EQ(periodic.movement_values[3], M("-15"));
  EXPECT_EQ(periodic.value, M("5"));
  Valuation perpetual = Valued(ms, CostMethod::kLifoPerpetual, MakeDate(2024, 6, 30));
  EXPECT_EQ(perpetual.movement_values[1], M("-5"));
  EXPECT_EQ(perpetual.movement_values[3], M("-20"));
}

TEST(Valuation, WriteDownLowersTheLayersInProportionToTheirValue) {
  // Layers 10 @ 3 = 30 (lot A) and 10 @ 6 = 60 (lot B). Write down 9 over both: 9 · 30/90 = 3
  // from A, the remaining 6 from B → 27 + 54 = 81. A write-down of lot B only by 14: 54 → 40.
  std::vector<CostedMovement> ms = {In(MakeDate(2024, 1, 1), 10, "3", "A"),
                                    In(MakeDate(2024, 1, 2), 10, "6", "B")};
  ms.push_back({MakeDate(2024, 1, 3), T::kWriteDown, Quantity(), Money(), M("9"), ""});
  ms.push_back({MakeDate(2024, 1, 4), T::kWriteDown, Quantity(), Money(), M("14"), "B"});
  Valuation v = Valued(ms, CostMethod::kFifo, MakeDate(2024, 1, 31));
  EXPECT_EQ(v.layers[0].value, M("27"));
  EXPECT_EQ(v.layers[1].value, M("40"));
  EXPECT_EQ(v.movement_values[2], M("-9"));
  EXPECT_EQ(v.value, M("67"));
}

TEST(Valuation, RoundingNeverLosesAFraction) {
  // Moving average of 3 units worth 10 (1 @ 10 + 2 @ 0), sold one by one:
  // 10 · 1/3 = 3.33333 → 3.3333 (6.6667 left); 6.6667 · 1/2 = 3.33335 → 3.3334 (halves away
  // from zero; 3.3333 left); the last unit takes the 3.3333 left. 3.3333 + 3.3334 + 3.3333 = 10.
  std::vector<CostedMovement> ms = {In(MakeDate(2024, 1, 1), 1, "10"),
                                    In(MakeDate(2024, 1, 1), 2, "0"), Out(MakeDate(2024, 1, 2), 1),
                                    Out(MakeDate(2024, 1, 3), 1), Out(MakeDate(2024, 1, 4), 1)};
  Valuation v = Valued(ms, CostMethod::kWeightedAverage, MakeDate(2024, 1, 31));
  EXPECT_EQ(v.movement_values[2], M("-3.3333"));
  EXPECT_EQ(v.movement_values[3], M("-3.3334"));
  EXPECT_EQ(v.movement_values[4], M("-3.3333"));
  EXPECT_EQ(v.value, Money());
}

TEST(Valuation, RefusesToGoBelowZero) {
  std::vector<CostedMovement> ms = {In(MakeDate(2024, 1, 1), 5, "1"), Out(MakeDate(2024, 1, 2), 6)};
  auto v = Value(ms, {CostMethod::kFifo, MakeDate(2024, 1, 31), PeriodKind::kMonth});
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.error().code, ErrorCode::kConstraintViolated);
  EXPECT_EQ(v.error().message, "stock would go below zero on 2024-01-02: 5 on hand, 6 going out");
}

TEST(Valuation, TransfersAreValueNeutral) {
  std::vector<CostedMovement> ms = {In(MakeDate(2024, 1, 1), 5, "2"),
                                    {MakeDate(2024, 1, 2), T::kTransferOut, Q(-5), {}, {}, ""},
                                    {MakeDate(2024, 1, 3), T::kTransferIn, Q(5), M("9"), {}, ""}};
  Valuation v = Valued(ms, CostMethod::kFifo, MakeDate(2024, 1, 31));
  EXPECT_EQ(v.value, M("10"));
  EXPECT_EQ(v.movement_values[2], Money());
}

TEST(Valuation, MethodNamesRoundTrip) {
  for (auto name : {"fifo", "lifo", "lifo-periodic", "wac"}) {
    auto method = ParseCostMethod(name);
    ASSERT_TRUE(method.has_value());
    EXPECT_EQ(CostMethodName(*method), name);
  }
  EXPECT_FALSE(ParseCostMethod("average").has_value());
}

}  // namespace
}  // namespace lagom::ledger
