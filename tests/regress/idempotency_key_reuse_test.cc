// Issue 15, defect 4: an idempotency key reused with a different request was reported as
// success ("replayed", API 200, CSV "applied before") although the request sent was never
// applied — 15 of 16 clients sending different quantities under one key were told so. Now
// the key is kept with the request's fingerprint; a different request under it is refused
// naming the key (API 422, CLI exit 1), and the same request is still a replay.
#include <gtest/gtest.h>

#include "app/ledger_test_support.h"
#include "app/reservations.h"
#include "server/api_fixture.h"

namespace lagom {
namespace {

using app::testing::M;
using app::testing::Move;
using app::testing::Scalar;
using ledger::MovementType;

class KeyReuse : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
  }
  std::unique_ptr<sqlite::Database> db_;
};

TEST_F(KeyReuse, AMovementUnderAUsedKeyMustBeTheSameRequest) {
  app::MovementRequest first = Move("k1", MovementType::kReceipt, MakeDate(2024, 3, 1), 5);
  first.unit_cost = M("2");
  ASSERT_TRUE(app::PostMovement(*db_, first).ok());
  auto again = app::PostMovement(*db_, first);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->replayed);
  app::MovementRequest other = first;
  other.quantity = app::testing::Q(1000);
  auto refused = app::PostMovement(*db_, other);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConstraintViolated);
  EXPECT_EQ(refused.error().message,
            "the idempotency key 'k1' was used before for a different request; a new request "
            "needs a new key");
  EXPECT_EQ(Scalar(*db_, "SELECT SUM(quantity) FROM movements"), 5000);
}

TEST_F(KeyReuse, AReservationUnderAUsedKeyMustBeTheSameRequest) {
  ASSERT_TRUE(
      app::PostMovement(*db_, Move("in", MovementType::kReceipt, MakeDate(2024, 3, 1), 9)).ok());
  app::ReserveRequest r{
      "so-1", "web", "order-1", "A1", "LON", MakeDate(2024, 3, 2), app::testing::Q(2)};
  ASSERT_TRUE(app::Reserve(*db_, r).ok());
  EXPECT_TRUE(app::Reserve(*db_, r)->replayed);
  r.quantity = app::testing::Q(3);
  auto refused = app::Reserve(*db_, r);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConstraintViolated);
  EXPECT_NE(refused.error().message.find("'so-1' was used before"), std::string::npos);
}

TEST_F(KeyReuse, ACsvRowUnderAUsedKeyMustBeTheSameRow) {
  const char* header = "key,line,type,date,item,location,quantity,unit_cost\n";
  store::testing::Load(*db_, "movements",
                       std::string(header) + "g1,1,receipt,2024-03-01,A1,LON,5,2\n");
  auto same = store::testing::Import(*db_, "movements",
                                     std::string(header) + "g1,1,receipt,2024-03-01,A1,LON,5,2\n");
  EXPECT_EQ(same.unchanged, 1);
  EXPECT_TRUE(same.problems.empty());
  auto other = store::testing::Import(
      *db_, "movements", std::string(header) + "g1,1,receipt,2024-03-01,A1,LON,1000,2\n");
  ASSERT_EQ(other.problems.size(), 1u);
  EXPECT_EQ(other.problems[0].reason,
            "this key was applied before with a different quantity; a new row needs a new key");
  EXPECT_EQ(Scalar(*db_, "SELECT SUM(quantity) FROM movements"), 5000);
}

class KeyReuseApi : public server::testing::Api {};

TEST_F(KeyReuseApi, TheSecondDifferentRequestIs422NamingTheKey) {
  auto admin = Client();
  ASSERT_EQ(Send(admin, "POST", "/api/v1/locations", R"([{"code":"W1"}])").first, 200);
  ASSERT_EQ(Send(admin, "POST", "/api/v1/items", R"([{"code":"K1","unit_cost":1}])").first, 200);
  std::string receipt = R"({"key":"same","type":"receipt","item":"K1","location":"W1",
                            "date":"2024-03-01","quantity":)";
  EXPECT_EQ(Send(admin, "POST", "/api/v1/movements/post", receipt + "1}").first, 201);
  EXPECT_EQ(Send(admin, "POST", "/api/v1/movements/post", receipt + "1}").first, 200);
  auto [status, body] = Send(admin, "POST", "/api/v1/movements/post", receipt + "7}");
  EXPECT_EQ(status, 422) << body.dump();
  EXPECT_NE(body["detail"].get<std::string>().find("'same'"), std::string::npos);
}

}  // namespace
}  // namespace lagom
