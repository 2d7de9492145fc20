// Issue 15, defect 1: one oversized movement poisoned the database. `lagom move receipt
// --quantity 100000000 --unit-cost 10000000` (a value of 10^15) was stored; from then on
// check, value and kpi failed with "internal error: fixed-point division" and the API
// answered 500. Now every entry refuses values outside core/limits.h naming the field and
// the limit, and a ledger poisoned before (a row past the limits) gets an error naming the
// movement from every report.
#include <gtest/gtest.h>

#include "app/inventory_value.h"
#include "app/kpi_report.h"
#include "app/ledger_check.h"
#include "app/ledger_test_support.h"
#include "server/api_fixture.h"

namespace lagom {
namespace {

using app::testing::M;
using app::testing::Move;
using app::testing::Scalar;
using ledger::MovementType;

class OversizedMovement : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
  }
  std::unique_ptr<sqlite::Database> db_;
};

TEST_F(OversizedMovement, PostingRefusesItNamingTheFieldAndTheLimit) {
  app::MovementRequest big = Move("big", MovementType::kReceipt, MakeDate(2024, 3, 1), 100000000);
  big.unit_cost = M("10000000");
  auto posted = app::PostMovement(*db_, big);
  ASSERT_FALSE(posted.ok());
  EXPECT_EQ(posted.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(posted.error().message,
            "quantity × unit_cost 10000000 × 100000000 is outside the limit of ±100000000000");
  app::MovementRequest many = Move("many", MovementType::kReceipt, MakeDate(2024, 3, 1), 0);
  many.quantity = *Quantity::Parse("1000000000.001");
  many.unit_cost = M("0");
  EXPECT_EQ(app::PostMovement(*db_, many).error().message,
            "quantity 1000000000.001 is outside the limit of ±1000000000");
  EXPECT_EQ(Scalar(*db_, "SELECT COUNT(*) FROM movements"), 0);
  // At the limit it is accepted, and the reports still add up.
  app::MovementRequest limit = Move("limit", MovementType::kReceipt, MakeDate(2024, 3, 1), 1000);
  limit.unit_cost = M("100000000");  // 1000 × 10^8 = 10^11
  ASSERT_TRUE(app::PostMovement(*db_, limit).ok());
  auto value = app::ValueInventory(*db_, std::nullopt, MakeDate(2024, 3, 1), MakeDate(2024, 3, 2));
  ASSERT_TRUE(value.ok()) << value.error().message;
  EXPECT_EQ(value->total_value, M("100000000000"));
}

TEST_F(OversizedMovement, CsvImportRefusesItNamingTheColumnAndTheLimit) {
  auto outcome = store::testing::Import(*db_, "movements",
                                        "key,type,date,item,location,quantity,unit_cost\n"
                                        "q,receipt,2024-03-01,A1,LON,10000000000,1\n");
  ASSERT_EQ(outcome.problems.size(), 1u);
  EXPECT_EQ(outcome.problems[0].column, "quantity");
  EXPECT_NE(outcome.problems[0].reason.find("outside the limit of ±1000000000"), std::string::npos)
      << outcome.problems[0].reason;
  // Each number within its limit, their product not: the database's own guard refuses it.
  outcome = store::testing::Import(*db_, "movements",
                                   "key,type,date,item,location,quantity,unit_cost\n"
                                   "big,receipt,2024-03-01,A1,LON,100000000,10000000\n");
  ASSERT_EQ(outcome.problems.size(), 1u);
  EXPECT_NE(
      outcome.problems[0].reason.find("quantity × unit_cost is outside the limit of ±100000000000"),
      std::string::npos)
      << outcome.problems[0].reason;
  EXPECT_EQ(Scalar(*db_, "SELECT COUNT(*) FROM movements"), 0);
}

// A database written before the limits: the row goes in with the guard lifted, as it did.
TEST_F(OversizedMovement, ReportsOfAPoisonedLedgerNameTheMovement) {
  ASSERT_TRUE(db_->Execute("DROP TRIGGER movements_limit_value").ok());
  ASSERT_TRUE(db_->Execute("INSERT INTO movements (key, line, type, date, item_id, location_id, "
                           "quantity, unit_cost) SELECT 'big', 1, 'receipt', '2024-03-01', "
                           "(SELECT id FROM items WHERE code = 'A1'), "
                           "(SELECT id FROM locations WHERE code = 'LON'), "
                           "100000000000, 100000000000")
                  .ok());
  std::int64_t id = Scalar(*db_, "SELECT id FROM movements WHERE key = 'big'");
  std::string named = "movement " + std::to_string(id) + " (receipt on 2024-03-01)";
  auto value = app::ValueInventory(*db_, std::nullopt, MakeDate(2024, 3, 1), MakeDate(2024, 3, 2));
  ASSERT_FALSE(value.ok());
  EXPECT_EQ(value.error().code, ErrorCode::kConstraintViolated);
  EXPECT_NE(value.error().message.find(named), std::string::npos) << value.error().message;
  auto kpis = app::ComputeKpis(*db_, {MakeDate(2024, 3, 1), MakeDate(2024, 3, 2)});
  ASSERT_FALSE(kpis.ok());
  EXPECT_NE(kpis.error().message.find(named), std::string::npos) << kpis.error().message;
  auto check = app::CheckLedger(*db_, MakeDate(2024, 3, 2));
  ASSERT_TRUE(check.ok()) << check.error().message;
  ASSERT_FALSE(check->problems.empty());
  EXPECT_NE(check->problems[0].find(named), std::string::npos) << check->problems[0];
}

class OversizedMovementApi : public server::testing::Api {};

TEST_F(OversizedMovementApi, PostIsRefusedWith400NamingTheField) {
  auto admin = Client();
  ASSERT_EQ(Send(admin, "POST", "/api/v1/locations", R"([{"code":"W1"}])").first, 200);
  ASSERT_EQ(Send(admin, "POST", "/api/v1/items", R"([{"code":"BIG","unit_cost":1}])").first, 200);
  auto [status, body] = Send(admin, "POST", "/api/v1/movements/post",
                             R"({"key":"big","type":"receipt","item":"BIG","location":"W1",
               "quantity":100000000,"unit_cost":10000000,"date":"2024-03-01"})");
  EXPECT_EQ(status, 400) << body.dump();
  EXPECT_NE(body["detail"].get<std::string>().find("quantity × unit_cost"), std::string::npos)
      << body.dump();
  auto [valued, valuation] = Send(admin, "GET", "/api/v1/valuation?at=2024-03-02");
  EXPECT_EQ(valued, 200) << valuation.dump();
}

}  // namespace
}  // namespace lagom
