// RFID portal batches. Tags: the Tag Data Standard's SGTIN example (GTIN 80614141123458,
// serial 6789, hex 3074257BF7194E4000001A85) and URNs of the same company prefix; item B2's
// GTIN 80614141123465 has its check digit computed by hand.
#include "app/tag_reads.h"

#include <gtest/gtest.h>

#include "app/ledger_test_support.h"

namespace lagom::app {
namespace {

using namespace testing;  // NOLINT: test helpers
using store::testing::Load;

constexpr Date kToday = MakeDate(2024, 3, 8);

class TagReads : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
    Load(*db_, "items", "code,gtin\nA1,80614141123458\nB2,80614141123465\n");
  }
  TagPosting Batch(std::vector<std::string> reads, std::string key = "portal-1") {
    return {std::move(key), kToday, "LON", "gate", std::move(reads)};
  }
  std::int64_t OnHand(const std::string& item) {
    return Scalar(*db_,
                  "SELECT COALESCE(SUM(m.quantity), 0) FROM movements m JOIN items i ON "
                  "i.id = m.item_id WHERE i.code = '" +
                      item + "'");
  }
  std::unique_ptr<sqlite::Database> db_;
};

const std::vector<std::string> kPallet = {
    "3074257BF7194E4000001A85",                  // A1 serial 6789
    "3074257BF7194E4000001A85",                  // the same tag, read again
    "urn:epc:id:sgtin:0614141.812345.6789",      // and again, as a URN
    "urn:epc:id:sgtin:0614141.812345.7000",      // A1 serial 7000
    "urn:epc:tag:sgtin-96:3.0614141.812346.1",   // B2 serial 1
    "https://id.gs1.org/01/80614141123465/21/2"  // B2 serial 2, from a Digital Link
};

TEST_F(TagReads, CountsEachTagOnceAndTalliesPerItem) {
  auto batch = TallyTags(*db_, kPallet, kToday);
  ASSERT_TRUE(batch.ok()) << batch.error().message;
  EXPECT_EQ(batch->reads, 6);
  EXPECT_EQ(batch->repeated, 2);
  ASSERT_EQ(batch->tallies.size(), 2u);
  EXPECT_EQ(batch->tallies[0].item, "A1");
  EXPECT_EQ(batch->tallies[0].quantity, Q(2));
  EXPECT_EQ(batch->tallies[1].item, "B2");
  EXPECT_EQ(batch->tallies[1].quantity, Q(2));
}

TEST_F(TagReads, AReceiptPostsOneMovementPerItemOnceUnderItsKey) {
  auto received = ReceiveTags(*db_, Batch(kPallet));
  ASSERT_TRUE(received.ok()) << received.error().message;
  EXPECT_EQ(received->posted.movements.size(), 2u);
  EXPECT_EQ(OnHand("A1"), Q(2).raw());
  EXPECT_EQ(OnHand("B2"), Q(2).raw());
  auto again = ReceiveTags(*db_, Batch(kPallet));
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_TRUE(again->posted.replayed);
  EXPECT_EQ(OnHand("A1"), Q(2).raw());
}

TEST_F(TagReads, OneBadReadRefusesTheBatchNamingTheRead) {
  std::vector<std::string> reads = kPallet;
  reads.insert(reads.begin() + 2, "urn:epc:id:sgtin:0614141.812347.5");  // no such item
  auto received = ReceiveTags(*db_, Batch(reads));
  ASSERT_FALSE(received.ok());
  EXPECT_EQ(received.error().message.rfind("read 3: ", 0), 0u) << received.error().message;
  reads[2] = "307C257BF7194E4000001A85";  // partition 7
  received = ReceiveTags(*db_, Batch(reads));
  ASSERT_FALSE(received.ok());
  EXPECT_NE(received.error().message.find("read 3: barcode: EPC: partition value 7"),
            std::string::npos)
      << received.error().message;
  EXPECT_EQ(Scalar(*db_, "SELECT COUNT(*) FROM movements"), 0);
  EXPECT_FALSE(ReceiveTags(*db_, Batch({})).ok());
}

TEST_F(TagReads, ACountRecordsWhatThePortalSaw) {
  ASSERT_TRUE(ReceiveTags(*db_, Batch(kPallet)).ok());
  // A later count sees only A1 serial 6789: A1 is counted down to 1, B2 is not touched.
  auto counted = CountTags(*db_, Batch({"3074257BF7194E4000001A85"}, "count-1"));
  ASSERT_TRUE(counted.ok()) << counted.error().message;
  ASSERT_EQ(counted->counts.size(), 1u);
  EXPECT_EQ(counted->counts[0].difference(), Q(-1));
  EXPECT_EQ(OnHand("A1"), Q(1).raw());
  EXPECT_EQ(OnHand("B2"), Q(2).raw());
  auto replay = CountTags(*db_, Batch({"3074257BF7194E4000001A85"}, "count-1"));
  ASSERT_TRUE(replay.ok());
  EXPECT_TRUE(replay->counts[0].replayed);
  EXPECT_EQ(OnHand("A1"), Q(1).raw());
}

}  // namespace
}  // namespace lagom::app
