// Issue 15, defect 11: a 1 MB movement reference was accepted over the API while CSV text
// was capped at 1000 bytes; business-rule errors in a movement import said "database error"
// and named no column; a lowercase `bearer` scheme was refused; a wrong method answered 404;
// a lot received after its expiry date was accepted. Now one text limit for both, the import
// names the column and the rule, the scheme is case-insensitive, a wrong method is 405 with
// Allow, and an expired lot is refused unless accepted explicitly (CLI, CSV, API).
#include <gtest/gtest.h>

#include "app/ledger_test_support.h"
#include "core/limits.h"
#include "server/api_fixture.h"

namespace lagom {
namespace {

using json = nlohmann::json;

using app::testing::Move;
using ledger::MovementType;

class InputRules : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
  }
  std::unique_ptr<sqlite::Database> db_;
};

TEST_F(InputRules, OneTextLimitForCsvAndPosting) {
  std::string long_text(limits::kMaxTextBytes + 1, 'r');
  auto outcome = store::testing::Import(
      *db_, "movements",
      "key,type,date,item,location,quantity,reference\nr1,receipt,2024-03-01,A1,LON,1," +
          long_text + "\n");
  ASSERT_EQ(outcome.problems.size(), 1u);
  EXPECT_EQ(outcome.problems[0].column, "reference");
  app::MovementRequest r = Move("r2", MovementType::kReceipt, MakeDate(2024, 3, 1), 1);
  r.reference = long_text;
  EXPECT_EQ(app::PostMovement(*db_, r).error().message, "reference is longer than 1000 bytes");
  r.reference = std::string(limits::kMaxTextBytes, 'r');
  EXPECT_TRUE(app::PostMovement(*db_, r).ok());
}

TEST_F(InputRules, MovementImportNamesTheColumnAndTheRule) {
  auto outcome = store::testing::Import(*db_, "movements",
                                        "key,type,date,item,location,quantity\n"
                                        "s1,sale,2024-03-01,A1,LON,-5\n");
  ASSERT_EQ(outcome.problems.size(), 1u);
  EXPECT_EQ(outcome.problems[0].column, "quantity");
  EXPECT_EQ(outcome.problems[0].reason,
            "breaks the ledger's rule: insufficient stock: on hand would go below zero");
}

TEST_F(InputRules, AnExpiredLotIsRefusedUnlessAccepted) {
  app::MovementRequest late = Move("late", MovementType::kReceipt, MakeDate(2024, 3, 10), 4, "L9");
  late.expiry = MakeDate(2024, 3, 1);
  auto refused = app::PostMovement(*db_, late);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConstraintViolated);
  EXPECT_NE(refused.error().message.find("expired on 2024-03-01"), std::string::npos);
  late.accept_expired = true;
  EXPECT_TRUE(app::PostMovement(*db_, late).ok());

  const char* file =
      "key,type,date,item,location,lot,expiry,quantity\n"
      "old,receipt,2024-03-10,A1,LON,L8,2024-03-01,2\n";
  auto csv = store::testing::Import(*db_, "movements", file);
  ASSERT_EQ(csv.problems.size(), 1u);
  EXPECT_EQ(csv.problems[0].column, "expiry");
  EXPECT_NE(csv.problems[0].reason.find("--force"), std::string::npos) << csv.problems[0].reason;
  auto forced = store::ImportCsv(*db_, *store::FindEntity("movements"), file,
                                 {store::testing::StoredPeriod(*db_), MakeDate(2024, 3, 11), true});
  ASSERT_TRUE(forced.ok());
  EXPECT_TRUE(forced->problems.empty());
  EXPECT_EQ(forced->inserted, 1);
}

class InputRulesApi : public server::testing::Api {};

TEST_F(InputRulesApi, ReferenceLimitSchemeCaseWrongMethodAndExpiredLots) {
  auto admin = Client();
  ASSERT_EQ(Send(admin, "POST", "/api/v1/locations", R"([{"code":"W1"}])").first, 200);
  ASSERT_EQ(Send(admin, "POST", "/api/v1/items", R"([{"code":"E1","unit_cost":1}])").first, 200);
  json receipt = {{"key", "ref"},
                  {"type", "receipt"},
                  {"item", "E1"},
                  {"location", "W1"},
                  {"quantity", 1},
                  {"date", "2024-03-10"},
                  {"reference", std::string(1 << 20, 'x')}};
  auto [too_long, why] = Send(admin, "POST", "/api/v1/movements/post", receipt.dump());
  EXPECT_EQ(too_long, 400) << why.dump();  // was: 201

  httplib::Client lower("127.0.0.1", port_);
  lower.set_default_headers({{"Authorization", "bearer " + tokens_["admin"]}});
  EXPECT_EQ(Send(lower, "GET", "/api/v1/me").first, 200);  // was: 401

  auto wrong = admin.Delete("/api/v1/health");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 405);  // was: 404
  EXPECT_EQ(wrong->get_header_value("Allow"), "GET");
  EXPECT_EQ(Send(admin, "DELETE", "/api/v1/no-such-thing").first, 404);

  json expired = {{"key", "exp"},     {"type", "receipt"},     {"item", "E1"},
                  {"location", "W1"}, {"quantity", 1},         {"date", "2024-03-10"},
                  {"lot", "X1"},      {"expiry", "2024-03-01"}};
  EXPECT_EQ(Send(admin, "POST", "/api/v1/movements/post", expired.dump()).first, 409);
  expired["accept_expired"] = true;
  EXPECT_EQ(Send(admin, "POST", "/api/v1/movements/post", expired.dump()).first, 201);
}

}  // namespace
}  // namespace lagom
