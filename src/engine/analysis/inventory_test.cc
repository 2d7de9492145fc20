#include "engine/analysis/inventory.h"

#include <gtest/gtest.h>

namespace lagom::analysis {
namespace {

TEST(Inventory, BackordersAreFilledFirstAndNeverCountAsServed) {
  Inventory stock(ShortageKind::kBackorders, 5);
  stock.Schedule(10, 2);
  EXPECT_EQ(stock.position(), 15);
  // Period 1: demand 8 against 5 on hand: 5 served, 3 backordered.
  EXPECT_EQ(stock.Receive(1), 0);
  ServeOutcome one = stock.Serve(8);
  EXPECT_EQ(one.served, 5);
  EXPECT_EQ(one.shortage, 3);
  EXPECT_EQ(stock.backorders(), 3);
  EXPECT_EQ(stock.position(), 0 + 10 - 3);
  // Period 2: 10 arrive, 3 go to the backorders, 7 on hand; demand 4 is served.
  EXPECT_EQ(stock.Receive(2), 10);
  EXPECT_EQ(stock.on_hand(), 7);
  EXPECT_EQ(stock.backorders(), 0);
  EXPECT_EQ(stock.Serve(4).served, 4);
  EXPECT_EQ(stock.on_hand(), 3);
  EXPECT_EQ(stock.on_order(), 0);
}

TEST(Inventory, LostSalesLeaveNoBackorders) {
  Inventory stock(ShortageKind::kLostSales, 5);
  stock.Schedule(10, 2);
  ServeOutcome one = stock.Serve(8);
  EXPECT_EQ(one.served, 5);
  EXPECT_EQ(one.shortage, 3);
  EXPECT_EQ(stock.backorders(), 0);
  EXPECT_EQ(stock.Receive(2), 10);
  EXPECT_EQ(stock.on_hand(), 10);  // nothing owed: the 3 units of demand were lost
}

TEST(Inventory, OrdersMayCrossAndLateOnesArriveAtTheNextReceipt) {
  Inventory stock(ShortageKind::kBackorders, 0);
  stock.Schedule(4, 5);
  stock.Schedule(6, 3);
  EXPECT_EQ(stock.Receive(3), 6);
  EXPECT_EQ(stock.on_order(), 4);
  EXPECT_EQ(stock.Receive(7), 4);  // due at 5, received at the first receipt after
  EXPECT_EQ(stock.on_hand(), 10);
}

}  // namespace
}  // namespace lagom::analysis
