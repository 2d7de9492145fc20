#include "app/ledger_posting.h"

#include <gtest/gtest.h>

#include "app/ledger_test_support.h"

namespace lagom::app {
namespace {

using ledger::MovementType;
using namespace testing;  // NOLINT: test helpers

class Posting : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
    ReceiveTwoLots(*db_);
  }
  std::int64_t OnHand(const char* lot) {
    return Scalar(*db_, std::string("SELECT on_hand FROM balances WHERE lot = '") + lot + "'");
  }
  std::unique_ptr<sqlite::Database> db_;
};

TEST_F(Posting, SaleTakesTheEarliestExpiryFirstAcrossLots) {
  // L2 expires May 31, L1 June 30: 7 units → all 5 of L2, then 2 of L1.
  Posted sale = MustPost(*db_, Move("s1", MovementType::kSale, MakeDate(2024, 5, 10), 7));
  ASSERT_EQ(sale.movements.size(), 2u);
  EXPECT_EQ(sale.movements[0].lot, "L2");
  EXPECT_EQ(sale.movements[0].quantity, Q(-5));
  EXPECT_EQ(sale.movements[1].lot, "L1");
  EXPECT_EQ(sale.movements[1].line, 2);
  EXPECT_EQ(sale.movements[0].price, M("4.99"));  // the item's price
  EXPECT_EQ(OnHand("L1"), 8000);
  EXPECT_EQ(OnHand("L2"), 0);
}

TEST_F(Posting, TheSameKeyTwiceIsAppliedOnceAndAnswersTheFirstResult) {
  Posted first = MustPost(*db_, Move("s1", MovementType::kSale, MakeDate(2024, 5, 10), 3));
  Posted second = MustPost(*db_, Move("s1", MovementType::kSale, MakeDate(2024, 5, 10), 3));
  EXPECT_TRUE(second.replayed);
  ASSERT_EQ(second.movements.size(), first.movements.size());
  EXPECT_EQ(second.movements[0].id, first.movements[0].id);
  EXPECT_EQ(second.movements[0].date, MakeDate(2024, 5, 10));
  EXPECT_EQ(Scalar(*db_, "SELECT COUNT(*) FROM movements WHERE key = 's1'"), 1);
  EXPECT_EQ(Scalar(*db_, "SELECT SUM(on_hand) FROM balances"), 12000);
}

TEST_F(Posting, TheSameKeyForADifferentRequestIsRefusedAndChangesNothing) {
  MustPost(*db_, Move("s1", MovementType::kSale, MakeDate(2024, 5, 10), 3));
  auto changed = PostMovement(*db_, Move("s1", MovementType::kSale, MakeDate(2024, 5, 11), 3));
  ASSERT_FALSE(changed.ok());
  EXPECT_NE(changed.error().message.find("used before for a different request"), std::string::npos);
  EXPECT_EQ(Scalar(*db_, "SELECT COUNT(*) FROM movements WHERE key = 's1'"), 1);
  EXPECT_EQ(Scalar(*db_, "SELECT SUM(on_hand) FROM balances"), 12000);
}

TEST_F(Posting, ExpiredStockCannotBeSoldOnlyWrittenOff) {
  // June 5: L2 expired on May 31; L1 (10) is all that may be sold.
  auto sale = PostMovement(*db_, Move("s1", MovementType::kSale, MakeDate(2024, 6, 5), 11));
  ASSERT_FALSE(sale.ok());
  EXPECT_EQ(
      sale.error().message,
      "insufficient stock: 10 available to promise (10 on hand, 5 more expired), 11 requested");
  auto named = PostMovement(*db_, Move("s2", MovementType::kSale, MakeDate(2024, 6, 5), 1, "L2"));
  ASSERT_FALSE(named.ok());
  EXPECT_EQ(named.error().message, "lot 'L2' expired on 2024-05-31");
  auto written_off = WriteOffExpired(*db_, "w1", MakeDate(2024, 6, 5), "LON", "", "clerk");
  ASSERT_TRUE(written_off.ok()) << written_off.error().message;
  ASSERT_EQ(written_off->movements.size(), 1u);
  EXPECT_EQ(written_off->movements[0].type, "scrap");
  EXPECT_EQ(written_off->movements[0].quantity, Q(-5));
  EXPECT_EQ(written_off->movements[0].user, "clerk");
  EXPECT_EQ(OnHand("L2"), 0);
}

TEST_F(Posting, TransferInTransitArrivesLater) {
  MovementRequest out = Move("t1", MovementType::kTransferOut, MakeDate(2024, 5, 3), 4, "L1");
  out.other_location = "MAN";
  out.in_transit = true;
  MustPost(*db_, out);
  EXPECT_EQ(Scalar(*db_, "SELECT in_transit FROM balances WHERE location_id = 2"), 4000);
  MovementRequest in = Move("t1-in", MovementType::kTransferIn, MakeDate(2024, 5, 6), 5);
  in.location = "MAN";
  in.other_location = "LON";
  auto too_much = PostMovement(*db_, in);
  ASSERT_FALSE(too_much.ok());
  EXPECT_EQ(too_much.error().message, "only 4 of 5 is in transit to MAN");
  in.quantity = Q(4);
  Posted arrived = MustPost(*db_, in);
  EXPECT_EQ(arrived.movements[0].lot, "L1");
  EXPECT_EQ(Scalar(*db_, "SELECT on_hand * 10 + in_transit FROM balances WHERE location_id = 2"),
            40000);
}

TEST_F(Posting, ImmediateTransferMovesTheLotsPicked) {
  MovementRequest out = Move("t1", MovementType::kTransferOut, MakeDate(2024, 5, 3), 6);
  out.other_location = "MAN";
  Posted moved = MustPost(*db_, out);
  ASSERT_EQ(moved.movements.size(), 4u);  // out L2, out L1, in L2, in L1
  EXPECT_EQ(moved.movements[2].type, "transfer-in");
  EXPECT_EQ(Scalar(*db_, "SELECT SUM(on_hand) FROM balances WHERE location_id = 2"), 6000);
  EXPECT_EQ(Scalar(*db_, "SELECT SUM(in_transit) FROM balances"), 0);
}

TEST_F(Posting, RejectionsSayWhy) {
  auto bad_item = Move("x1", MovementType::kIssue, MakeDate(2024, 5, 3), 1);
  bad_item.item = "ZZ";
  EXPECT_EQ(PostMovement(*db_, bad_item).error().message, "unknown item 'ZZ'");
  auto zero = Move("x2", MovementType::kIssue, MakeDate(2024, 5, 3), 0);
  EXPECT_EQ(PostMovement(*db_, zero).error().code, ErrorCode::kInvalidInput);
  auto too_much = Move("x3", MovementType::kAdjustment, MakeDate(2024, 5, 3), -11, "L1");
  EXPECT_EQ(PostMovement(*db_, too_much).error().message,
            "database error: insufficient stock: on hand would go below zero");
  auto other_expiry = Move("x4", MovementType::kReceipt, MakeDate(2024, 5, 3), 1, "L1");
  other_expiry.expiry = MakeDate(2024, 7, 1);
  EXPECT_EQ(PostMovement(*db_, other_expiry).error().message,
            "database error: the lot already has another expiry date");
  EXPECT_EQ(Scalar(*db_, "SELECT COUNT(*) FROM movements"), 2);
}

}  // namespace
}  // namespace lagom::app
