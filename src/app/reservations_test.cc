#include "app/reservations.h"

#include <gtest/gtest.h>

#include "app/ledger_test_support.h"

namespace lagom::app {
namespace {

using namespace testing;  // NOLINT: test helpers

class Reservations : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
    ReceiveTwoLots(*db_);  // 15 units of A1 at LON: L2 expires May 31, L1 June 30
  }
  ReserveRequest Request(std::string key, std::int64_t units, bool backorder = false) {
    return {std::move(key),        "web",    "SO-1",    "A1",  "LON",
            MakeDate(2024, 5, 10), Q(units), backorder, "shop"};
  }
  std::unique_ptr<sqlite::Database> db_;
};

TEST_F(Reservations, TheLastUnitGoesToExactlyOneChannel) {
  ASSERT_TRUE(Reserve(*db_, Request("a", 14)).ok());
  auto first = Reserve(*db_, Request("b", 1));
  auto second = Reserve(*db_, Request("c", 1));
  ASSERT_TRUE(first.ok());
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::kConstraintViolated);
  EXPECT_EQ(second.error().message,
            "insufficient stock: 0 available to promise (15 on hand, 15 reserved), 1 requested");
}

TEST_F(Reservations, ReservedStockIsNotForSaleToOthers) {
  ASSERT_TRUE(Reserve(*db_, Request("a", 12)).ok());
  auto sale = PostMovement(*db_, Move("s1", ledger::MovementType::kSale, MakeDate(2024, 5, 10), 4));
  ASSERT_FALSE(sale.ok());
  EXPECT_EQ(sale.error().message,
            "insufficient stock: 3 available to promise (15 on hand, 12 reserved), 4 requested");
}

TEST_F(Reservations, BackorderRecordsWhatIsNotInStock) {
  auto r = Reserve(*db_, Request("a", 20, true));
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->reservation.promised, Q(15));
  EXPECT_EQ(r->reservation.backordered, Q(5));
  auto again = Reserve(*db_, Request("a", 20, true));
  EXPECT_TRUE(again->replayed);
  EXPECT_EQ(again->reservation.id, r->reservation.id);
}

TEST_F(Reservations, FulfilShipsThePromiseAndReleaseGivesItBack) {
  ASSERT_TRUE(Reserve(*db_, Request("a", 6)).ok());
  ASSERT_TRUE(Reserve(*db_, Request("b", 9)).ok());
  auto shipped = Fulfil(*db_, "a", MakeDate(2024, 5, 11), ledger::PickPolicy::kFefo, "picker");
  ASSERT_TRUE(shipped.ok()) << shipped.error().message;
  ASSERT_EQ(shipped->movements.size(), 2u);  // 5 of L2, then 1 of L1
  EXPECT_EQ(shipped->movements[0].reservation_id, 1);
  auto twice = Fulfil(*db_, "a", MakeDate(2024, 5, 11), ledger::PickPolicy::kFefo, "picker");
  EXPECT_TRUE(twice->replayed);  // another date is another request (regress/idempotency_…)
  auto released = Release(*db_, "b");
  ASSERT_TRUE(released.ok());
  EXPECT_EQ(released->reservation.status, "released");
  EXPECT_EQ(Scalar(*db_, "SELECT SUM(open) FROM reservations"), 0);
  EXPECT_EQ(Fulfil(*db_, "b", MakeDate(2024, 5, 12), ledger::PickPolicy::kFefo, "").error().message,
            "reservation 'b' is released");
}

TEST_F(Reservations, ExpiredStockCannotBeReserved) {
  ReserveRequest june = Request("a", 11);
  june.date = MakeDate(2024, 6, 1);  // L2 (5) has expired
  auto r = Reserve(*db_, june);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(
      r.error().message,
      "insufficient stock: 10 available to promise (10 on hand, 5 more expired), 11 requested");
}

}  // namespace
}  // namespace lagom::app
