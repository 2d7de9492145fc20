// Issue 15, defect 4: an idempotency key reused with a different request was reported as
// success ("replayed", API 200, CSV "applied before") although the request sent was never
// applied — 15 of 16 clients sending different quantities under one key were told so. Now
// the key is kept with the request's fingerprint; a different request under it is refused
// naming the key (API 422, CLI exit 1), and the same request is still a replay — for every
// write that takes a key: movements, receipts, reservations and their fulfilment, counts, tag
// batches, write-offs of expired stock, production completions and kanban signals.
#include <gtest/gtest.h>

#include "app/counting.h"
#include "app/ledger_test_support.h"
#include "app/reservations.h"
#include "app/tag_reads.h"
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

// A refusal of a key used before: ConstraintViolated naming it.
void ExpectRefused(const Status& status, const std::string& key) {
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kConstraintViolated);
  EXPECT_NE(status.error().message.find("'" + key + "' was used before"), std::string::npos)
      << status.error().message;
}
template <class T>
void ExpectRefused(const Result<T>& result, const std::string& key) {
  ExpectRefused(result ? Status() : Status(result.error()), key);
}

TEST_F(KeyReuse, ACountUnderAUsedKeyMustBeTheSameCount) {
  ASSERT_TRUE(
      app::PostMovement(*db_, Move("in", MovementType::kReceipt, MakeDate(2024, 3, 1), 9)).ok());
  app::CountRequest count{"c1", MakeDate(2024, 3, 2), "A1", "LON", "", app::testing::Q(7)};
  ASSERT_TRUE(app::RecordCount(*db_, count).ok());
  EXPECT_TRUE(app::RecordCount(*db_, count)->replayed);
  count.counted = app::testing::Q(8);
  ExpectRefused(app::RecordCount(*db_, count), "c1");
  EXPECT_EQ(Scalar(*db_, "SELECT SUM(quantity) FROM movements"), 7000);
}

TEST_F(KeyReuse, AFulfilmentMustBeTheSameRequest) {
  ASSERT_TRUE(
      app::PostMovement(*db_, Move("in", MovementType::kReceipt, MakeDate(2024, 3, 1), 9)).ok());
  app::ReserveRequest r{
      "so-1", "web", "order-1", "A1", "LON", MakeDate(2024, 3, 2), app::testing::Q(2)};
  ASSERT_TRUE(app::Reserve(*db_, r).ok());
  auto fifo = ledger::PickPolicy::kFefo;
  ASSERT_TRUE(app::Fulfil(*db_, "so-1", MakeDate(2024, 3, 3), fifo, "u").ok());
  EXPECT_TRUE(app::Fulfil(*db_, "so-1", MakeDate(2024, 3, 3), fifo, "u")->replayed);
  ExpectRefused(app::Fulfil(*db_, "so-1", MakeDate(2024, 3, 4), fifo, "u"), "fulfil/so-1");
}

TEST_F(KeyReuse, AWriteOffMustBeTheSameRequest) {
  app::testing::ReceiveTwoLots(*db_);  // L2 expires 2024-05-31
  ASSERT_EQ(
      app::WriteOffExpired(*db_, "w1", MakeDate(2024, 6, 1), "LON", "", "u")->movements.size(), 1u);
  EXPECT_TRUE(app::WriteOffExpired(*db_, "w1", MakeDate(2024, 6, 1), "LON", "", "u")->replayed);
  ExpectRefused(app::WriteOffExpired(*db_, "w1", MakeDate(2024, 6, 1), "LON", "A1", "u"), "w1");
  // A write-off that found nothing wrote nothing: its key may be used again.
  ASSERT_TRUE(app::WriteOffExpired(*db_, "w2", MakeDate(2024, 5, 1), "LON", "", "u").ok());
  auto later = app::WriteOffExpired(*db_, "w2", MakeDate(2024, 7, 1), "LON", "", "u");
  ASSERT_TRUE(later.ok()) << later.error().message;
  EXPECT_EQ(later->movements.size(), 1u);  // L1, expired 2024-06-30
}

class TagKeyReuse : public KeyReuse {
 protected:
  void SetUp() override {
    KeyReuse::SetUp();
    store::testing::Load(*db_, "items", "code,gtin\nA1,80614141123458\n");
  }
  // Tags of the Tag Data Standard's company prefix (tag_reads_test.cc): A1 serials 1 to n.
  app::TagPosting Batch(const std::string& key, int tags) {
    app::TagPosting posting{key, MakeDate(2024, 3, 8), "LON", "gate", {}};
    for (int serial = 1; serial <= tags; ++serial) {
      posting.reads.push_back("urn:epc:id:sgtin:0614141.812345." + std::to_string(serial));
    }
    return posting;
  }
};

TEST_F(TagKeyReuse, ATagReceiptMustBeTheSameBatch) {
  ASSERT_TRUE(app::ReceiveTags(*db_, Batch("p1", 2)).ok());
  EXPECT_TRUE(app::ReceiveTags(*db_, Batch("p1", 2))->posted.replayed);
  ExpectRefused(app::ReceiveTags(*db_, Batch("p1", 3)), "p1");
  EXPECT_EQ(Scalar(*db_, "SELECT SUM(quantity) FROM movements"), 2000);
}

TEST_F(TagKeyReuse, ATagCountMustBeTheSameBatch) {
  ASSERT_TRUE(app::CountTags(*db_, Batch("p1", 2)).ok());
  auto again = app::CountTags(*db_, Batch("p1", 2));
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_TRUE(again->counts[0].replayed);
  ExpectRefused(app::CountTags(*db_, Batch("p1", 3)), "p1");
  EXPECT_EQ(Scalar(*db_, "SELECT SUM(quantity) FROM movements"), 2000);
}

class KeyReuseApi : public server::testing::Api {
 protected:
  // Posts `same` twice (201, then a 200 replay) and `other` under the same key: 422 naming
  // `key`.
  static void ExpectReplayThen422(const std::string& path, const std::string& same,
                                  const std::string& other, const std::string& key) {
    auto client = Client("admin");
    auto [first, answer] = Send(client, "POST", path, same);
    EXPECT_EQ(first, 201) << path << ": " << answer.dump();
    auto [again, replay] = Send(client, "POST", path, same);
    EXPECT_EQ(again, 200) << path << ": " << replay.dump();
    EXPECT_EQ(replay["replayed"], true) << path;
    auto [status, body] = Send(client, "POST", path, other);
    EXPECT_EQ(status, 422) << path << ": " << body.dump();
    EXPECT_NE(body["detail"].get<std::string>().find("'" + key + "' was used before"),
              std::string::npos)
        << body.dump();
  }
  static void Load(const std::string& entity, const std::string& body) {
    auto admin = Client();
    auto [status, answer] = Send(admin, "POST", "/api/v1/" + entity, body);
    ASSERT_TRUE(status == 200 || status == 201) << entity << ": " << answer.dump();
  }
};

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

TEST_F(KeyReuseApi, EveryWriteUnderAKeyRefusesADifferentRequest) {
  Load("locations", R"([{"code":"P","type":"plant"}])");
  Load("items", R"([{"code":"T1","unit_cost":1,"gtin":"80614141123458"},
                    {"code":"MK","make_or_buy":"make","unit_cost":3},
                    {"code":"BOX","make_or_buy":"make","production_lead_time_days":3,
                     "lot_sizing":"kanban","lot_size":5}])");
  ExpectReplayThen422(
      "/api/v1/movements/post",
      R"({"key":"m1","type":"receipt","item":"T1","location":"P","date":"2024-03-01","quantity":9})",
      R"({"key":"m1","type":"receipt","item":"T1","location":"P","date":"2024-03-01","quantity":8})",
      "m1");
  ExpectReplayThen422("/api/v1/counts",
                      R"({"key":"c1","item":"T1","location":"P","date":"2024-03-02","counted":9})",
                      R"({"key":"c1","item":"T1","location":"P","date":"2024-03-02","counted":4})",
                      "c1");
  const std::string reads = R"("reads":["urn:epc:id:sgtin:0614141.812345.1")";
  ExpectReplayThen422("/api/v1/receipts/tags",
                      R"({"key":"t1","location":"P","date":"2024-03-03",)" + reads + "]}",
                      R"({"key":"t1","location":"P","date":"2024-03-03",)" + reads +
                          R"(,"urn:epc:id:sgtin:0614141.812345.2"]})",
                      "t1");
  ExpectReplayThen422("/api/v1/reservations",
                      R"({"key":"r1","item":"T1","location":"P","date":"2024-03-04","quantity":1})",
                      R"({"key":"r1","item":"T1","location":"P","date":"2024-03-04","quantity":2})",
                      "r1");
  ExpectReplayThen422("/api/v1/reservations/r1/fulfil", R"({"date":"2024-03-05"})",
                      R"({"date":"2024-03-06"})", "fulfil/r1");
  Load("production-orders", R"({"number":"MO1","item":"MK","location":"P","quantity":2,
                                "start_date":"2024-03-11","due_date":"2024-03-12"})");
  auto planner = Client("planner");
  ASSERT_EQ(Send(planner, "POST", "/api/v1/production-orders/MO1/release").first, 200);
  ExpectReplayThen422("/api/v1/production-orders/MO1/complete",
                      R"({"key":"pc1","date":"2024-03-12","quantity":1})",
                      R"({"key":"pc1","date":"2024-03-12","quantity":2})", "pc1");
  ExpectReplayThen422("/api/v1/kanban/signal",
                      R"({"key":"k1","item":"BOX","location":"P","date":"2024-03-14"})",
                      R"({"key":"k1","item":"BOX","location":"P","date":"2024-03-15"})", "k1");
}

TEST_F(KeyReuseApi, ATagCountUnderAUsedKeyMustBeTheSameBatch) {
  Load("locations", R"([{"code":"Q"}])");
  Load("items", R"([{"code":"T2","unit_cost":1,"gtin":"80614141123465"}])");
  const std::string tag = R"("urn:epc:tag:sgtin-96:3.0614141.812346.)";
  auto admin = Client();
  std::string batch =
      R"({"key":"tc1","location":"Q","date":"2024-03-03","reads":[)" + tag + R"(1"]})";
  EXPECT_EQ(Send(admin, "POST", "/api/v1/counts/tags", batch).first, 201);
  EXPECT_EQ(Send(admin, "POST", "/api/v1/counts/tags", batch).first, 200);
  std::string other = R"({"key":"tc1","location":"Q","date":"2024-03-03","reads":[)" + tag +
                      R"(1",)" + tag + R"(2"]})";
  auto [status, body] = Send(admin, "POST", "/api/v1/counts/tags", other);
  EXPECT_EQ(status, 422) << body.dump();
  EXPECT_NE(body["detail"].get<std::string>().find("'tc1'"), std::string::npos);
}

}  // namespace
}  // namespace lagom
