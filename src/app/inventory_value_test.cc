// Valuation, KPIs and the reconciliation check on a small ledger computed by hand.
#include "app/inventory_value.h"

#include <gtest/gtest.h>

#include "app/counting.h"
#include "app/kpi_report.h"
#include "app/ledger_check.h"
#include "app/ledger_test_support.h"
#include "app/settings.h"
#include "store/settings.h"

namespace lagom::app {
namespace {

using ledger::MovementType;
using namespace testing;  // NOLINT: test helpers

// A1@LON (price 4.99, sold here at 5):
//   Jan 1 receive 10 @ 2; Jan 10 sell 4; Jan 15 receive 10 @ 3; Jan 20 sell 8;
//   Jan 25 a count finds 7 of the 8 on the books.
// B2@MAN (price 19.5): Jan 1 receive 2 @ 10; Jan 12 sell 2 — empty from then on.
class LedgerReports : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
    Post("a1", MovementType::kReceipt, 1, 10, "2");
    Post("a2", MovementType::kSale, 10, 4, "5");
    Post("a3", MovementType::kReceipt, 15, 10, "3");
    Post("a4", MovementType::kSale, 20, 8, "5");
    ASSERT_TRUE(RecordCount(*db_, {"c1", Jan(25), "A1", "LON", "", Q(7), ""}).ok());
    MovementRequest b1 = Move("b1", MovementType::kReceipt, Jan(1), 2);
    b1.item = "B2";
    b1.location = "MAN";
    b1.unit_cost = M("10");
    MustPost(*db_, b1);
    MovementRequest b2 = Move("b2", MovementType::kSale, Jan(12), 2);
    b2.item = "B2";
    b2.location = "MAN";
    MustPost(*db_, b2);
  }
  static Date Jan(unsigned day) { return MakeDate(2024, 1, day); }
  void Post(const char* key, MovementType type, unsigned day, std::int64_t units,
            const char* money) {
    MovementRequest r = Move(key, type, Jan(day), units);
    (type == MovementType::kSale ? r.price : r.unit_cost) = M(money);
    MustPost(*db_, r);
  }
  std::unique_ptr<sqlite::Database> db_;
};

TEST_F(LedgerReports, ValueByEachMethod) {
  // FIFO: Jan 10 4 @ 2 = 8; Jan 20 6 @ 2 + 2 @ 3 = 18; count 1 @ 3 = 3; left 7 @ 3 = 21.
  auto fifo = ValueInventory(*db_, ledger::CostMethod::kFifo, Jan(1), Jan(31));
  ASSERT_TRUE(fifo.ok()) << fifo.error().message;
  const ItemValueRow& a1 = fifo->items[0];
  EXPECT_EQ(a1.item, "A1");
  EXPECT_EQ(a1.quantity, Q(7));
  EXPECT_EQ(a1.value, M("21"));
  EXPECT_EQ(a1.period.cogs, M("26"));
  EXPECT_EQ(a1.period.revenue, M("60"));
  EXPECT_EQ(a1.period.shrinkage, M("3"));
  EXPECT_TRUE(a1.reconciled);
  EXPECT_EQ(fifo->items[1].period.cogs, M("20"));  // B2: 2 @ 10
  EXPECT_EQ(fifo->total_value, M("21"));
  // LIFO: Jan 10 4 @ 2; Jan 20 8 @ 3; count 1 @ 3; left 6 @ 2 + 1 @ 3 = 15.
  auto lifo = ValueInventory(*db_, ledger::CostMethod::kLifoPerpetual, Jan(1), Jan(31), "A1");
  EXPECT_EQ(lifo->items[0].value, M("15"));
  // WAC: 6 left worth 12; + 10 @ 3 → 16 worth 42; sell 8: 42 · 8/16 = 21 → 8 worth 21;
  // count 1: 21 / 8 = 2.625 → 7 worth 18.375.
  auto wac = ValueInventory(*db_, ledger::CostMethod::kWeightedAverage, Jan(1), Jan(31), "A1");
  EXPECT_EQ(wac->items[0].value, M("18.375"));
  EXPECT_EQ(wac->items[0].period.shrinkage, M("2.625"));
}

TEST_F(LedgerReports, EachItemTakesItsOwnMethodElseTheCompanys) {
  // A1 is set to LIFO (15, as above); B2 has none, so the company's: WAC (nothing left, 0).
  store::testing::Load(*db_, "items", "code,valuation\nA1,lifo\n");
  ASSERT_TRUE(app::ChangeSettings(*db_, {{"valuation", "wac"}}).ok());
  auto value = ValueInventory(*db_, std::nullopt, Jan(1), Jan(31));
  ASSERT_TRUE(value.ok()) << value.error().message;
  EXPECT_EQ(value->items[0].method, ledger::CostMethod::kLifoPerpetual);
  EXPECT_EQ(value->items[0].value, M("15"));
  EXPECT_EQ(value->items[1].method, ledger::CostMethod::kWeightedAverage);
}

TEST_F(LedgerReports, KpisPerItemAndLocation) {
  // Jan 10–31 (22 days), FIFO. A1: begin (Jan 9) 10 @ 2 = 20, end 21, average 20.5;
  // COGS 8 + 18 = 26 → turnover 26 / 20.5 = 1.268293; DSI 20.5 / 26 · 22 = 17.346154;
  // revenue 20 + 40 = 60 → GMROI (60 − 26) / 20.5 = 1.658537; sell-through 12 / (10 + 10)
  // = 0.6; one count, not matching → accuracy 0; shrinkage 3 / 60 = 0.05; never empty.
  auto rows = ComputeKpis(*db_, {Jan(10), Jan(31), KpiGroup::kItem, ledger::CostMethod::kFifo});
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  ASSERT_EQ(rows->size(), 2u);
  const KpiRow& a1 = (*rows)[0];
  EXPECT_EQ(a1.begin_value, M("20"));
  EXPECT_EQ(a1.end_value, M("21"));
  EXPECT_NEAR(*a1.turnover, 1.268293, 1e-6);
  EXPECT_NEAR(*a1.days_of_inventory, 17.346154, 1e-6);
  EXPECT_NEAR(*a1.gmroi, 1.658537, 1e-6);
  EXPECT_DOUBLE_EQ(*a1.sell_through, 0.6);
  EXPECT_DOUBLE_EQ(*a1.record_accuracy, 0.0);
  EXPECT_DOUBLE_EQ(*a1.shrinkage_rate, 0.05);
  EXPECT_EQ(a1.stock_out_days, 0);
  EXPECT_FALSE(a1.fill_rate.has_value());
  // B2@MAN: empty from Jan 12 to Jan 31 = 20 days; begin 20, end 0, COGS 20 → turnover 2.
  auto by_location =
      ComputeKpis(*db_, {Jan(10), Jan(31), KpiGroup::kLocation, ledger::CostMethod::kFifo});
  const KpiRow& man = (*by_location)[1];
  EXPECT_EQ(man.key, "MAN");
  EXPECT_EQ(man.stock_out_days, 20);
  EXPECT_DOUBLE_EQ(*man.turnover, 2.0);
}

TEST_F(LedgerReports, CheckPassesAndFindsATamperedCache) {
  auto clean = CheckLedger(*db_, Jan(31));
  ASSERT_TRUE(clean.ok()) << clean.error().message;
  EXPECT_TRUE(clean->ok());
  EXPECT_EQ(clean->movements, 7);
  ASSERT_TRUE(
      db_->Execute("UPDATE balances SET on_hand = on_hand + 1000 WHERE location_id = 2").ok());
  auto tampered = CheckLedger(*db_, Jan(31));
  ASSERT_EQ(tampered->problems.size(), 1u);
  EXPECT_EQ(tampered->problems[0],
            "balance of B2@MAN: movements say 0 on hand and 0 in transit, the cache 1 and 0");
}

}  // namespace
}  // namespace lagom::app
