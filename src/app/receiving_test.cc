#include "app/receiving.h"

#include <gtest/gtest.h>

#include "app/counting.h"
#include "app/ledger_test_support.h"

namespace lagom::app {
namespace {

using namespace testing;  // NOLINT: test helpers
using store::testing::Load;

class Receiving : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
    Load(*db_, "items", "code,gtin\nA1,09501101530003\n");
    Load(*db_, "purchase-orders",
         "po_number,line,supplier,item,location,quantity,unit_price,order_date,due_date\n"
         "P1,1,ACME,A1,LON,10,2.4,2024-03-01,2024-03-11\n");
  }
  ReceiptRequest Line(std::string key, Date date, std::int64_t units) {
    ReceiptRequest r;
    r.key = std::move(key);
    r.date = date;
    r.po_number = "P1";
    r.po_line = 1;
    r.quantity = Q(units);
    return r;
  }
  std::unique_ptr<sqlite::Database> db_;
};

TEST_F(Receiving, PartialReceiptsAddUpAndCloseTheLine) {
  // Ordered Mar 1, due Mar 11. 6 on Mar 8 (on time, 7 days), 4 on Mar 14 (late, 13 days).
  auto first = Receive(*db_, Line("g1", MakeDate(2024, 3, 8), 6));
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_TRUE(first->on_time);
  EXPECT_FALSE(first->in_full);
  EXPECT_FALSE(first->closed);
  EXPECT_EQ(first->lead_time_days, 7);
  EXPECT_EQ(first->posted.movements[0].unit_cost, M("2.4"));
  EXPECT_EQ(first->posted.movements[0].reference, "PO P1/1");
  auto second = Receive(*db_, Line("g2", MakeDate(2024, 3, 14), 4));
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_FALSE(second->on_time);
  EXPECT_TRUE(second->in_full);
  EXPECT_TRUE(second->closed);
  EXPECT_EQ(second->lead_time_days, 13);
  EXPECT_EQ(Scalar(*db_, "SELECT received FROM purchase_orders"), 10000);
  EXPECT_EQ(Scalar(*db_, "SELECT COUNT(*) FROM receipts"), 2);
  auto after_close = Receive(*db_, Line("g3", MakeDate(2024, 3, 15), 1));
  EXPECT_EQ(after_close.error().message, "purchase order line P1/1 is closed");
}

TEST_F(Receiving, OverDeliveryNeedsConsent) {
  auto over = Receive(*db_, Line("g1", MakeDate(2024, 3, 8), 12));
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().message,
            "over-delivery on P1/1: 10 ordered, 0 received, 12 more would make 12 (allow "
            "over-delivery to accept it)");
  ReceiptRequest allowed = Line("g1", MakeDate(2024, 3, 8), 12);
  allowed.allow_over_delivery = true;
  EXPECT_TRUE(Receive(*db_, allowed)->closed);
}

TEST_F(Receiving, ShortDeliveryClosedOnRequest) {
  ReceiptRequest short_line = Line("g1", MakeDate(2024, 3, 8), 7);
  short_line.close_line = true;
  auto done = Receive(*db_, short_line);
  EXPECT_TRUE(done->closed);
  EXPECT_FALSE(done->in_full);
}

TEST_F(Receiving, BarcodeGivesItemLotExpiryAndQuantity) {
  ReceiptRequest scanned = Line("g1", MakeDate(2024, 3, 8), 0);
  scanned.quantity.reset();
  scanned.barcode = "(01)09501101530003(17)250200(10)AB-123(37)6";
  auto done = Receive(*db_, scanned);
  ASSERT_TRUE(done.ok()) << done.error().message;
  const store::MovementRow& m = done->posted.movements[0];
  EXPECT_EQ(m.lot, "AB-123");
  EXPECT_EQ(m.expiry, MakeDate(2025, 2, 28));
  EXPECT_EQ(m.quantity, Q(6));
  scanned.key = "g2";
  scanned.barcode = "(01)09501101530004(10)X";
  EXPECT_EQ(Receive(*db_, scanned).error().message,
            "barcode: (01) '09501101530004': check digit is 4, expected 3");
}

TEST_F(Receiving, FreeReceiptAndCountDifference) {
  ReceiptRequest free;
  free.key = "f1";
  free.date = MakeDate(2024, 3, 8);
  free.item = "A1";
  free.location = "LON";
  free.quantity = Q(5);
  ASSERT_TRUE(Receive(*db_, free).ok());
  // Count finds 3 where the ledger says 5: a count movement of −2; then a matching count.
  auto count = RecordCount(*db_, {"c1", MakeDate(2024, 3, 9), "A1", "LON", "", Q(3), "clerk"});
  ASSERT_TRUE(count.ok()) << count.error().message;
  EXPECT_EQ(count->difference(), Q(-2));
  auto match = RecordCount(*db_, {"c2", MakeDate(2024, 3, 10), "A1", "LON", "", Q(3), "clerk"});
  EXPECT_EQ(match->difference(), Quantity());
  EXPECT_FALSE(match->count.movement_id.has_value());
  EXPECT_TRUE(RecordCount(*db_, {"c1", MakeDate(2024, 3, 9), "A1", "LON", "", Q(3), ""})->replayed);
  EXPECT_EQ(Scalar(*db_, "SELECT COUNT(*) FROM counts"), 2);
  EXPECT_EQ(Scalar(*db_, "SELECT on_hand FROM balances"), 3000);
}

TEST_F(Receiving, ACountWithoutALotOfStockHeldInLotsIsRefused) {
  // 4 received into lot L1: counting "A1 at LON" without naming the lot would post the
  // difference to an unlotted balance of 0 (+4 units out of nowhere) while L1 keeps its 4.
  ReceiptRequest lotted = Line("g1", MakeDate(2024, 3, 8), 4);
  lotted.lot = "L1";
  ASSERT_TRUE(Receive(*db_, lotted).ok());
  auto count = RecordCount(*db_, {"c1", MakeDate(2024, 3, 9), "A1", "LON", "", Q(4), "clerk"});
  ASSERT_FALSE(count.ok());
  EXPECT_NE(count.error().message.find("held in lots (L1)"), std::string::npos);
  EXPECT_EQ(Scalar(*db_, "SELECT COUNT(*) FROM counts"), 0);
  auto by_lot = RecordCount(*db_, {"c2", MakeDate(2024, 3, 9), "A1", "LON", "L1", Q(3), "clerk"});
  ASSERT_TRUE(by_lot.ok()) << by_lot.error().message;
  EXPECT_EQ(by_lot->difference(), Q(-1));
}

}  // namespace
}  // namespace lagom::app
