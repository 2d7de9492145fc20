#include "engine/ledger/lot_picking.h"

#include <gtest/gtest.h>

namespace lagom::ledger {
namespace {

Quantity Q(std::int64_t units) {
  return Quantity::FromUnits(units);
}

constexpr Date kToday = MakeDate(2024, 6, 10);

// Lot A arrived first but keeps longest; lot B expires first; lot C expired yesterday;
// lot D has no expiry date; lot E expires today (still usable today).
std::vector<LotStock> Shelf() {
  return {{"A", MakeDate(2024, 12, 31), MakeDate(2024, 1, 5), Q(10)},
          {"B", MakeDate(2024, 7, 1), MakeDate(2024, 3, 1), Q(4)},
          {"C", MakeDate(2024, 6, 9), MakeDate(2024, 2, 1), Q(7)},
          {"D", std::nullopt, MakeDate(2024, 1, 1), Q(5)},
          {"E", MakeDate(2024, 6, 10), MakeDate(2024, 4, 1), Q(2)}};
}

TEST(PickLots, FefoTakesTheEarliestUsableExpiryFirst) {
  // Usable by expiry: E (Jun 10), B (Jul 1), A (Dec 31), then D (none); C is expired.
  auto picks = PickLots(Shelf(), Q(9), PickPolicy::kFefo, kToday);
  ASSERT_TRUE(picks.ok()) << picks.error().message;
  ASSERT_EQ(picks->size(), 3u);
  EXPECT_EQ((*picks)[0].lot, "E");
  EXPECT_EQ((*picks)[0].quantity, Q(2));
  EXPECT_EQ((*picks)[1].lot, "B");
  EXPECT_EQ((*picks)[1].quantity, Q(4));
  EXPECT_EQ((*picks)[2].lot, "A");
  EXPECT_EQ((*picks)[2].quantity, Q(3));
}

TEST(PickLots, FifoTakesTheEarliestReceivedFirst) {
  // By receipt: D (Jan 1), A (Jan 5), [C expired], B, E.
  auto picks = PickLots(Shelf(), Q(12), PickPolicy::kFifo, kToday);
  ASSERT_TRUE(picks.ok());
  ASSERT_EQ(picks->size(), 2u);
  EXPECT_EQ((*picks)[0].lot, "D");
  EXPECT_EQ((*picks)[1].lot, "A");
  EXPECT_EQ((*picks)[1].quantity, Q(7));
}

TEST(PickLots, ExpiredStockIsNeverPicked) {
  // Usable: 10 + 4 + 5 + 2 = 21; expired: 7.
  auto picks = PickLots(Shelf(), Q(22), PickPolicy::kFefo, kToday);
  ASSERT_FALSE(picks.ok());
  EXPECT_EQ(picks.error().message,
            "insufficient stock: 21 available (and 7 expired), 22 requested");
  auto manual = PickLots(Shelf(), Q(1), PickPolicy::kManual, kToday, "C");
  ASSERT_FALSE(manual.ok());
  EXPECT_EQ(manual.error().message, "lot 'C' expired on 2024-06-09");
}

TEST(PickLots, ManualTakesTheNamedLot) {
  auto picks = PickLots(Shelf(), Q(3), PickPolicy::kManual, kToday, "A");
  ASSERT_TRUE(picks.ok());
  ASSERT_EQ(picks->size(), 1u);
  EXPECT_EQ((*picks)[0].lot, "A");
  EXPECT_EQ(PickLots(Shelf(), Q(1), PickPolicy::kManual, kToday, "Z").error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(PickLots(Shelf(), Q(11), PickPolicy::kManual, kToday, "A").error().message,
            "insufficient stock: 10 available, 11 requested");
}

}  // namespace
}  // namespace lagom::ledger
