// The stock ledger's routes over real HTTP (api_fixture.h): movements under idempotency
// keys, receipts typed and scanned, counts, reservations racing for the last unit, the stock
// feed, valuation, KPIs, supplier performance and the check — with numbers worked out by
// hand below, every role, and bad input.
//
// Data (each test uses its own items, so the tests do not depend on their order):
//   M1 @ W1: 10 on hand from the stock import (2024-03-01).
//   A1 @ W1: GTIN 09501101530003 (the GS1 example GTIN); open PO-7 line 1: 20 from SUP,
//            ordered 2024-03-05, due 2024-03-20.
//   C1 @ W1: 1 on hand — the last unit two channels race for.
//   K1 @ W1: 4 on hand, counted as 3.
//   F1 @ W1: 6 on hand, nothing reserved: 6 to promise.
//   G1 @ W1: 5 on hand, G2 @ W1: 5 on hand — the stock points the incremental feed watches.
//   V1 @ W1: 10 from the import at the item's cost 2; a receipt of 10 at 3 (2024-03-05); a
//            sale of 5 at 4 (2024-03-08). FIFO leaves 5·2 + 10·3 = 40 (cost of sales
//            5·2 = 10); LIFO 10·2 + 5·3 = 35 (15); moving average (20 + 30) / 20 = 2.5 a
//            unit, 15·2.5 = 37.5 (12.5). Revenue 5·4 = 20.
//   R1 @ W1 from S2: PO-S2-1 4 due 2024-03-10 and PO-S2-2 6 due 2024-03-20, both ordered
//            2024-03-01 and received in full on 2024-03-12: one late, one on time and in
//            full; lead times 11 and 11 days.
//   T1, T2 @ W2: GTINs 80614141123458 and 80614141123465, the Tag Data Standard's example
//            company prefix 0614141 (SGTIN-96 3074257BF7194E4000001A85 is T1, serial 6789).
#include <atomic>
#include <set>
#include <thread>
#include <vector>

#include "server/api_fixture.h"

namespace lagom::server {
namespace {

using testing::Api;
using testing::Encoded;
using json = nlohmann::json;

class Ledger : public Api {
 protected:
  static void SetUpTestSuite() {
    Api::SetUpTestSuite();
    auto admin = Client();
    const char* writes[][2] = {
        {"locations", R"([{"code":"W1"},{"code":"W2"}])"},
        {"suppliers", R"([{"code":"SUP"},{"code":"S2","name":"Second supplier"}])"},
        {"items", R"([{"code":"M1","unit_cost":1},
                      {"code":"A1","name":"Anchor","unit_cost":2,"gtin":"09501101530003"},
                      {"code":"C1","unit_cost":1},{"code":"K1","unit_cost":1},
                      {"code":"V1","unit_cost":2,"price":4},{"code":"R1","unit_cost":1},
                      {"code":"F1","unit_cost":1},{"code":"G1","unit_cost":1},
                      {"code":"G2","unit_cost":1},
                      {"code":"T1","unit_cost":1,"gtin":"80614141123458"},
                      {"code":"T2","unit_cost":1,"gtin":"80614141123465"}])"},
        {"stock", R"([{"item":"M1","location":"W1","quantity":10,"date":"2024-03-01"},
                      {"item":"C1","location":"W1","quantity":1,"date":"2024-03-01"},
                      {"item":"K1","location":"W1","quantity":4,"date":"2024-03-01"},
                      {"item":"V1","location":"W1","quantity":10,"date":"2024-03-01"},
                      {"item":"F1","location":"W1","quantity":6,"date":"2024-03-01"},
                      {"item":"G1","location":"W1","quantity":5,"date":"2024-03-01"},
                      {"item":"G2","location":"W1","quantity":5,"date":"2024-03-01"}])"},
        {"purchase-orders",
         R"([{"po_number":"PO-7","line":1,"supplier":"SUP","item":"A1","location":"W1",
              "quantity":20,"order_date":"2024-03-05","due_date":"2024-03-20"},
             {"po_number":"PO-S2-1","line":1,"supplier":"S2","item":"R1","location":"W1",
              "quantity":4,"order_date":"2024-03-01","due_date":"2024-03-10"},
             {"po_number":"PO-S2-2","line":1,"supplier":"S2","item":"R1","location":"W1",
              "quantity":6,"order_date":"2024-03-01","due_date":"2024-03-20"}])"},
    };
    for (const auto& [entity, body] : writes) {
      auto [status, answer] = Send(admin, "POST", std::string("/api/v1/") + entity, body);
      ASSERT_EQ(status, 200) << entity << ": " << answer.dump();
    }
  }

  static std::pair<int, json> Post(const std::string& role, const std::string& path,
                                   const json& body) {
    auto client = Client(role);
    return Send(client, "POST", path, body.dump());
  }

  static json Stock(const std::string& item, const std::string& date,
                    const std::string& location = "W1") {
    auto client = Client("viewer");
    auto [status, body] =
        Send(client, "GET", "/api/v1/availability/" + item + "/" + location + "?date=" + date);
    EXPECT_EQ(status, 200) << body.dump();
    return body;
  }

  // Polls the stock feed for the changes at W1 since `cursor`; `extra` more parameters.
  static json Changes(std::int64_t cursor, const std::string& extra = "") {
    auto client = Client("viewer");
    auto [status, feed] = Send(
        client, "GET", "/api/v1/stock-feed?location=W1&since=" + std::to_string(cursor) + extra);
    EXPECT_EQ(status, 200) << feed.dump();
    return feed;
  }

  // Posts V1's receipt and sale (see the top of the file) once.
  static void PostValuationMovements() {
    auto client = Client("operator");
    json receipt = {{"key", "v1-in"},      {"type", "receipt"}, {"item", "V1"},
                    {"location", "W1"},    {"quantity", 10},    {"unit_cost", 3},
                    {"date", "2024-03-05"}};
    json sale = {{"key", "v1-out"}, {"type", "sale"}, {"item", "V1"},        {"location", "W1"},
                 {"quantity", 5},   {"price", 4},     {"date", "2024-03-08"}};
    for (const json& movement : {receipt, sale}) {
      auto [status, body] = Send(client, "POST", "/api/v1/movements/post", movement.dump());
      ASSERT_TRUE(status == 201 || status == 200) << body.dump();
    }
  }
};

TEST_F(Ledger, MovementIsAppliedOnceUnderItsKey) {
  json sale = {{"key", "sale-1"},  {"type", "sale"}, {"item", "M1"},
               {"location", "W1"}, {"quantity", 3},  {"date", "2024-03-11"}};
  auto [first, posted] = Post("operator", "/api/v1/movements/post", sale);
  ASSERT_EQ(first, 201) << posted.dump();
  EXPECT_EQ(posted["replayed"], false);
  ASSERT_EQ(posted["movements"].size(), 1u);
  EXPECT_EQ(posted["movements"][0]["quantity"], -3.0);
  EXPECT_EQ(posted["movements"][0]["user"], "operator");
  auto [again, replayed] = Post("operator", "/api/v1/movements/post", sale);
  EXPECT_EQ(again, 200);
  EXPECT_EQ(replayed["replayed"], true);
  EXPECT_EQ(replayed["movements"][0]["id"], posted["movements"][0]["id"]);
  EXPECT_EQ(Stock("M1", "2024-03-11")["on_hand"], 7.0);  // 10 − 3, once

  // The key may come as the Idempotency-Key header instead.
  auto client = Client("operator");
  json issue = {{"type", "issue"}, {"item", "M1"}, {"location", "W1"}, {"quantity", 2}};
  httplib::Headers key = {{"Idempotency-Key", "issue-1"}};
  for (int expected : {201, 200}) {
    auto r = client.Post("/api/v1/movements/post", key, issue.dump(), "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, expected) << r->body;
  }
  // Listed with the ledger's movements, filtered and sorted.
  auto [listed, page] = Send(client, "GET", "/api/v1/movements?item=M1&sort=-date&limit=10");
  ASSERT_EQ(listed, 200) << page.dump();
  ASSERT_EQ(page["total"], 3);  // the opening, the sale, the issue
  EXPECT_EQ(page["items"][page["items"].size() - 1]["type"], "opening");
  EXPECT_EQ(Send(client, "GET", "/api/v1/movements?item=M1&type=sale").second["total"], 1);
}

TEST_F(Ledger, NeverBelowAvailableToPromise) {
  json sale = {{"key", "too-much"}, {"type", "sale"}, {"item", "M1"},
               {"location", "W1"},  {"quantity", 11}, {"date", "2024-03-11"}};
  auto [status, problem] = Post("operator", "/api/v1/movements/post", sale);
  EXPECT_EQ(status, 409) << problem.dump();
  EXPECT_NE(problem["detail"].get<std::string>().find("insufficient stock"), std::string::npos);
  EXPECT_EQ(problem["errors"][0]["field"], "quantity");
}

TEST_F(Ledger, ScannedGoodsMatchTheirOrderLineAndAreReceived) {
  const std::string code = "(01)09501101530003(17)251231(10)L-SCAN(37)5";
  auto viewer = Client("viewer");
  auto [found, scan] =
      Send(viewer, "GET", "/api/v1/receiving/scan?date=2024-03-12&code=" + Encoded(code));
  ASSERT_EQ(found, 200) << scan.dump();
  EXPECT_EQ(scan["kind"], "gs1");
  EXPECT_EQ(scan["item"], "A1");
  EXPECT_EQ(scan["lot"], "L-SCAN");
  EXPECT_EQ(scan["expiry"], "2025-12-31");
  EXPECT_EQ(scan["quantity"], 5.0);
  ASSERT_EQ(scan["lines"].size(), 1u);
  EXPECT_EQ(scan["lines"][0]["po_number"], "PO-7");
  EXPECT_EQ(scan["lines"][0]["open"], 20.0);
  // Typing the order number finds the same line.
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/receiving/scan?code=PO-7").second["kind"], "order");

  json receipt = {{"key", "rcv-1"},
                  {"po_number", "PO-7"},
                  {"line", 1},
                  {"barcode", code},
                  {"date", "2024-03-12"}};
  auto [posted, body] = Post("operator", "/api/v1/receipts", receipt);
  ASSERT_EQ(posted, 201) << body.dump();
  EXPECT_EQ(body["line"]["received"], 5.0);
  EXPECT_EQ(body["line"]["on_time"], true);
  EXPECT_EQ(body["stock"]["on_hand"], 5.0);
  ASSERT_EQ(body["stock"]["lots"].size(), 1u);
  EXPECT_EQ(body["stock"]["lots"][0]["lot"], "L-SCAN");
  EXPECT_EQ(body["stock"]["lots"][0]["expiry"], "2025-12-31");
  EXPECT_EQ(Post("operator", "/api/v1/receipts", receipt).first, 200);  // replayed, not twice
  EXPECT_EQ(Stock("A1", "2024-03-12")["on_hand"], 5.0);
  auto left = Send(viewer, "GET", "/api/v1/receiving/scan?date=2024-03-12&code=" + Encoded(code));
  EXPECT_EQ(left.second["lines"][0]["open"], 15.0);
}

TEST_F(Ledger, MalformedBarcodeIsAProblemNamingTheRule) {
  const std::string bad = "(01)09501101530004(10)X";  // check digit 4, should be 3
  json receipt = {{"key", "rcv-bad"}, {"po_number", "PO-7"}, {"line", 1}, {"barcode", bad}};
  auto [status, problem] = Post("operator", "/api/v1/receipts", receipt);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(problem["detail"], "barcode: (01) '09501101530004': check digit is 4, expected 3");
  auto viewer = Client("viewer");
  auto scanned = Send(viewer, "GET", "/api/v1/receiving/scan?code=" + Encoded(bad));
  EXPECT_EQ(scanned.first, 400);
  EXPECT_NE(scanned.second["detail"].get<std::string>().find("check digit"), std::string::npos);
  auto unknown =
      Send(viewer, "GET", "/api/v1/receiving/scan?code=" + Encoded("(01)09506000134352"));
  EXPECT_EQ(unknown.first, 404) << unknown.second.dump();
}

TEST_F(Ledger, OfChannelsRacingForTheLastUnitExactlyOneGetsIt) {
  constexpr int kChannels = 8;
  std::atomic<int> created = 0, refused = 0;
  std::vector<std::thread> channels;
  for (int i = 0; i < kChannels; ++i) {
    channels.emplace_back([i, &created, &refused] {
      json reserve = {{"key", "race-" + std::to_string(i)},
                      {"channel", "shop"},
                      {"item", "C1"},
                      {"location", "W1"},
                      {"quantity", 1}};
      auto [status, body] = Post("operator", "/api/v1/reservations", reserve);
      if (status == 201) ++created;
      bool insufficient = body.contains("detail") &&
                          body["detail"].get<std::string>().starts_with("insufficient stock");
      if (status == 409 && insufficient) ++refused;
    });
  }
  for (auto& channel : channels) channel.join();
  EXPECT_EQ(created, 1);
  EXPECT_EQ(refused, kChannels - 1);
  json stock = Stock("C1", "2024-03-12");
  EXPECT_EQ(stock["reserved"], 1.0);
  EXPECT_EQ(stock["available_to_promise"], 0.0);
}

TEST_F(Ledger, ReservationIsReleasedOrFulfilled) {
  json reserve = {{"key", "so-1"}, {"item", "K1"}, {"location", "W1"}, {"quantity", 2}};
  auto [status, reserved] = Post("operator", "/api/v1/reservations", reserve);
  ASSERT_EQ(status, 201) << reserved.dump();
  EXPECT_EQ(reserved["promised"], 2.0);
  EXPECT_EQ(Post("operator", "/api/v1/reservations", reserve).second["replayed"], true);
  auto viewer = Client("viewer");
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/reservations/so-1").second["status"], "open");
  auto [released, body] = Post("operator", "/api/v1/reservations/so-1/release", json::object());
  EXPECT_EQ(released, 200);
  EXPECT_EQ(body["status"], "released");
  // A released reservation cannot ship: the stock it held is no longer promised.
  EXPECT_EQ(Post("operator", "/api/v1/reservations/so-1/fulfil", json::object()).first, 409);

  reserve["key"] = "so-2";
  ASSERT_EQ(Post("operator", "/api/v1/reservations", reserve).first, 201);
  auto [shipped, sale] =
      Post("operator", "/api/v1/reservations/so-2/fulfil", json{{"date", "2024-03-12"}});
  ASSERT_EQ(shipped, 201) << sale.dump();
  EXPECT_EQ(sale["movements"][0]["type"], "sale");
  EXPECT_EQ(sale["movements"][0]["quantity"], -2.0);
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/reservations/so-2").second["status"], "fulfilled");
}

TEST_F(Ledger, SqlLookingKeysAreJustText) {
  const std::string evil = "x'); DROP TABLE reservations; --";
  json reserve = {{"key", evil}, {"item", "M1"}, {"location", "W1"}, {"quantity", 1}};
  auto [status, body] = Post("operator", "/api/v1/reservations", reserve);
  ASSERT_EQ(status, 201) << body.dump();
  auto viewer = Client("viewer");
  auto [found, reservation] = Send(viewer, "GET", "/api/v1/reservations/" + Encoded(evil));
  EXPECT_EQ(found, 200);
  EXPECT_EQ(reservation["key"], evil);
  EXPECT_EQ(
      Send(viewer, "GET", "/api/v1/receiving/scan?code=" + Encoded("' OR '1'='1")).second["kind"],
      "none");
}

TEST_F(Ledger, CountPostsTheDifference) {
  json count = {{"key", "count-1"}, {"item", "K1"}, {"location", "W1"}, {"counted", "3"}};
  auto [status, body] = Post("operator", "/api/v1/counts", count);
  ASSERT_EQ(status, 201) << body.dump();
  EXPECT_EQ(body["counted"], 3.0);
  EXPECT_EQ(body["difference"],
            body["counted"].get<double>() - body["system_quantity"].get<double>());
  EXPECT_TRUE(body["movement"].is_number());
  EXPECT_EQ(Post("operator", "/api/v1/counts", count).first, 200);
  EXPECT_EQ(Stock("K1", "2024-03-12")["on_hand"], 3.0);
}

// A portal read five times: T1's tag 6789 three times (hex, again, as a URN), T1's tag 7000
// and T2's tag 1 — three tags, two repeats: 2 of T1 and 1 of T2 received.
TEST_F(Ledger, AnRfidPortalsReadsAreReceivedOncePerTag) {
  json batch = {{"key", "portal-1"},
                {"location", "W2"},
                {"date", "2024-03-12"},
                {"reads",
                 {"3074257BF7194E4000001A85", "3074257BF7194E4000001A85",
                  "urn:epc:id:sgtin:0614141.812345.6789", "urn:epc:id:sgtin:0614141.812345.7000",
                  "urn:epc:tag:sgtin-96:3.0614141.812346.1"}}};
  auto [status, body] = Post("operator", "/api/v1/receipts/tags", batch);
  ASSERT_EQ(status, 201) << body.dump();
  EXPECT_EQ(body["tags"]["reads"], 5);
  EXPECT_EQ(body["tags"]["repeated"], 2);
  ASSERT_EQ(body["tags"]["tallies"].size(), 2u) << body.dump();
  EXPECT_EQ(body["tags"]["tallies"][0]["item"], "T1");
  EXPECT_EQ(body["tags"]["tallies"][0]["quantity"], 2.0);
  EXPECT_EQ(body["tags"]["tallies"][1]["item"], "T2");
  EXPECT_EQ(body["tags"]["tallies"][1]["quantity"], 1.0);
  ASSERT_EQ(body["movements"].size(), 2u);
  auto replay = Post("operator", "/api/v1/receipts/tags", batch);
  EXPECT_EQ(replay.first, 200);
  EXPECT_EQ(replay.second["replayed"], true);
  EXPECT_EQ(Stock("T1", "2024-03-12", "W2")["on_hand"], 2.0);  // received once, not twice

  // The next day the portal sees only tag 6789: T1 is counted as 1 (T2, unseen, untouched).
  json count = {{"key", "portal-count-1"},
                {"location", "W2"},
                {"date", "2024-03-13"},
                {"reads", {"urn:epc:id:sgtin:0614141.812345.6789"}}};
  auto [counted, counts] = Post("operator", "/api/v1/counts/tags", count);
  ASSERT_EQ(counted, 201) << counts.dump();
  ASSERT_EQ(counts["counts"].size(), 1u);
  EXPECT_EQ(counts["counts"][0]["item"], "T1");
  EXPECT_EQ(counts["counts"][0]["system_quantity"], 2.0);
  EXPECT_EQ(counts["counts"][0]["difference"], -1.0);
  EXPECT_EQ(Post("operator", "/api/v1/counts/tags", count).second["replayed"], true);
  EXPECT_EQ(Stock("T1", "2024-03-13", "W2")["on_hand"], 1.0);
  EXPECT_EQ(Stock("T2", "2024-03-13", "W2")["on_hand"], 1.0);
}

// One read that names no item refuses the whole batch, naming the read; nothing is posted.
TEST_F(Ledger, ABadTagReadRefusesTheWholeBatch) {
  json batch = {{"key", "portal-bad"},
                {"location", "W1"},
                {"reads", {"3074257BF7194E4000001A85", "urn:epc:id:sgtin:0614141.812347.5"}}};
  auto [status, problem] = Post("operator", "/api/v1/receipts/tags", batch);
  EXPECT_EQ(status / 100, 4) << problem.dump();
  EXPECT_NE(problem.dump().find("read 2"), std::string::npos) << problem.dump();
  EXPECT_EQ(Stock("T1", "2024-03-31")["on_hand"], 0.0);  // the good read was not posted
  batch["reads"] = json::array();
  EXPECT_EQ(Post("operator", "/api/v1/receipts/tags", batch).first, 400);
  batch["reads"] = {"3074257BF7194E4000001A85", 7};
  auto [typed, typed_problem] = Post("operator", "/api/v1/counts/tags", batch);
  EXPECT_EQ(typed, 400);
  EXPECT_NE(typed_problem.dump().find("element 2"), std::string::npos) << typed_problem.dump();
}

TEST_F(Ledger, StockFeedListsAvailableToPromisePerStockPoint) {
  auto viewer = Client("viewer");
  auto [status, feed] = Send(viewer, "GET", "/api/v1/stock-feed?location=W1&item=F1");
  ASSERT_EQ(status, 200) << feed.dump();
  ASSERT_EQ(feed["total"], 1);
  EXPECT_EQ(feed["items"][0]["item"], "F1");
  EXPECT_EQ(feed["items"][0]["on_hand"], 6.0);
  EXPECT_EQ(feed["items"][0]["available_to_promise"], 6.0);
  auto all = Send(viewer, "GET", "/api/v1/stock-feed?location=W1&limit=2").second;
  EXPECT_EQ(all["items"].size(), 2u);
  EXPECT_GE(all["total"], 4);
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/stock-feed?location=W2").second["total"], 0);
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/stock-feed?since=yesterday").first, 400);
  EXPECT_TRUE(all["cursor"].is_number_integer()) << all.dump();
}

// "item: available to promise, reserved" of each stock point in a feed answer, in order.
using Lines = std::vector<std::string>;

Lines Points(const json& feed) {
  Lines points;
  for (const json& row : feed["items"]) {
    points.push_back(row["item"].get<std::string>() + ": " + row["available_to_promise"].dump() +
                     ", " + row["reserved"].dump());
  }
  return points;
}

TEST_F(Ledger, StockFeedSinceACursorListsWhatChanged) {
  auto viewer = Client("viewer");
  json full = Send(viewer, "GET", "/api/v1/stock-feed?location=W1&item=G1").second;
  std::int64_t start = full["cursor"];
  EXPECT_EQ(Points(Changes(start)), Lines{});

  json sale = {{"key", "g1-sale"}, {"type", "sale"}, {"item", "G1"},
               {"location", "W1"}, {"quantity", 2},  {"date", "2024-03-11"}};
  ASSERT_EQ(Post("operator", "/api/v1/movements/post", sale).first, 201);
  json sold = Changes(start);
  EXPECT_EQ(Points(sold), Lines{"G1: 3.0, 0.0"});
  EXPECT_EQ(sold["total"], 1);
  std::int64_t after_sale = sold["cursor"];
  EXPECT_GT(after_sale, start);
  EXPECT_EQ(Points(Changes(after_sale)), Lines{});
  EXPECT_EQ(Changes(after_sale)["cursor"], after_sale);

  json receipt = {{"key", "g1-in"},   {"type", "receipt"}, {"item", "G1"},
                  {"location", "W1"}, {"quantity", 4},     {"unit_cost", 1}};
  ASSERT_EQ(Post("operator", "/api/v1/movements/post", receipt).first, 201);
  json received = Changes(after_sale);
  EXPECT_EQ(Points(received), Lines{"G1: 7.0, 0.0"});

  json reserve = {{"key", "g2-so"}, {"item", "G2"}, {"location", "W1"}, {"quantity", 1}};
  ASSERT_EQ(Post("operator", "/api/v1/reservations", reserve).first, 201);
  json reserved = Changes(received["cursor"]);
  EXPECT_EQ(Points(reserved), Lines{"G2: 4.0, 1.0"});
  ASSERT_EQ(Post("operator", "/api/v1/reservations/g2-so/release", json::object()).first, 200);
  json released = Changes(reserved["cursor"]);
  EXPECT_EQ(Points(released), Lines{"G2: 5.0, 0.0"});
  EXPECT_EQ(Points(Changes(released["cursor"])), Lines{});

  // Since the start, by change: G1 (receipt), then G2 (release); a page of one ends at a
  // cursor the next page starts from.
  EXPECT_EQ(Points(Changes(start)), (Lines{"G1: 7.0, 0.0", "G2: 5.0, 0.0"}));
  json first = Changes(start, "&limit=1");
  EXPECT_EQ(Points(first), Lines{"G1: 7.0, 0.0"});
  EXPECT_EQ(first["total"], 2);
  json second = Changes(first["cursor"], "&limit=1");
  EXPECT_EQ(Points(second), Lines{"G2: 5.0, 0.0"});
  EXPECT_EQ(second["total"], 1);
  EXPECT_EQ(second["cursor"], released["cursor"]);
}

TEST_F(Ledger, StockFeedRefusesABadCursor) {
  auto viewer = Client("viewer");
  std::int64_t latest = Send(viewer, "GET", "/api/v1/stock-feed").second["cursor"];
  for (const std::string& since : Lines{"yesterday", "-1", "1.5", "", std::to_string(latest + 1)}) {
    auto [status, problem] = Send(viewer, "GET", "/api/v1/stock-feed?since=" + since);
    EXPECT_EQ(status, 400) << since;
    EXPECT_TRUE(problem["detail"].get<std::string>().starts_with("since: ")) << problem.dump();
  }
  // Changes are paged by cursor, not by offset.
  auto [status, problem] = Send(viewer, "GET", "/api/v1/stock-feed?since=0&offset=1");
  EXPECT_EQ(status, 400);
  EXPECT_NE(problem["detail"].get<std::string>().find("offset"), std::string::npos);
}

json ItemRow(const json& rows, const std::string& key_name, const std::string& key) {
  for (const json& row : rows) {
    if (row[key_name] == key) return row;
  }
  ADD_FAILURE() << key << " not in " << rows.dump();
  return json::object();
}

TEST_F(Ledger, ValuationByCostMethod) {
  PostValuationMovements();
  auto viewer = Client("viewer");
  struct Expected {
    const char* method;
    double value, cogs;
  };
  for (auto [method, value, cogs] :
       {Expected{"fifo", 40, 10}, Expected{"lifo", 35, 15}, Expected{"wac", 37.5, 12.5}}) {
    auto [status, report] = Send(viewer, "GET",
                                 std::string("/api/v1/valuation?from=2024-03-01&at=2024-03-31"
                                             "&method=") +
                                     method);
    ASSERT_EQ(status, 200) << report.dump();
    json v1 = ItemRow(report["items"], "item", "V1");
    EXPECT_EQ(v1["value"], value) << method;
    EXPECT_EQ(v1["quantity"], 15.0) << method;
    EXPECT_EQ(v1["cogs"], cogs) << method;
    EXPECT_EQ(v1["revenue"], 20.0) << method;
    double sum = 0;
    for (const json& item : report["items"]) sum += item["value"].get<double>();
    EXPECT_DOUBLE_EQ(report["total_value"].get<double>(), sum);
    EXPECT_DOUBLE_EQ(ItemRow(report["by_location"], "key", "W1")["value"].get<double>(), sum);
  }
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/valuation?method=average").first, 400);
}

TEST_F(Ledger, KpisPerItem) {
  PostValuationMovements();
  auto viewer = Client("viewer");
  auto [status, kpis] =
      Send(viewer, "GET", "/api/v1/kpis?from=2024-03-01&to=2024-03-31&by=item&method=fifo");
  ASSERT_EQ(status, 200) << kpis.dump();
  json v1 = ItemRow(kpis["items"], "key", "V1");
  EXPECT_EQ(v1["cogs"], 10.0);
  EXPECT_EQ(v1["revenue"], 20.0);
  EXPECT_EQ(v1["sold"], 5.0);
  EXPECT_EQ(v1["end_value"], 40.0);
  for (const char* ratio : {"turnover", "days_of_inventory", "gmroi"}) {
    EXPECT_TRUE(v1[ratio].is_number()) << ratio << " " << v1.dump();
  }
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/kpis?by=colour").first, 400);
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/kpis?from=2024-03-31&to=2024-03-01").first, 400);
}

TEST_F(Ledger, SupplierPerformanceOnTimeInFullAndLeadTime) {
  for (const char* po : {"PO-S2-1", "PO-S2-2"}) {
    json receipt = {{"key", std::string("rcv-") + po},
                    {"po_number", po},
                    {"line", 1},
                    {"date", "2024-03-12"},
                    {"quantity", po == std::string("PO-S2-1") ? 4 : 6}};
    auto [status, body] = Post("operator", "/api/v1/receipts", receipt);
    ASSERT_EQ(status, 201) << body.dump();
  }
  auto viewer = Client("viewer");
  auto [status, report] =
      Send(viewer, "GET", "/api/v1/supplier-performance?from=2024-03-01&to=2024-03-31");
  ASSERT_EQ(status, 200) << report.dump();
  json s2 = ItemRow(report["items"], "supplier", "S2");
  EXPECT_EQ(s2["receipts"], 2);
  EXPECT_EQ(s2["on_time"], 1);
  EXPECT_EQ(s2["on_time_rate"], 0.5);
  EXPECT_EQ(s2["lines"], 2);
  EXPECT_EQ(s2["in_full_on_time"], 1);
  EXPECT_EQ(s2["lead_time_days"]["mean"], 11.0);
  EXPECT_EQ(s2["lead_time_days"]["sd"], 0.0);
}

TEST_F(Ledger, CheckReconciles) {
  PostValuationMovements();
  auto admin = Client();
  auto [status, check] = Send(admin, "GET", "/api/v1/ledger-check?date=2024-03-31");
  ASSERT_EQ(status, 200) << check.dump();
  EXPECT_EQ(check["ok"], true) << check.dump();
  EXPECT_GE(check["movements"], 6);
}

TEST_F(Ledger, EachRoleMayDoItsWarehouseWork) {
  struct Probe {
    std::string method, path;
    std::set<std::string> admitted;
  };
  const std::set<std::string> all = {"viewer", "planner", "operator", "admin"};
  const std::set<std::string> warehouse = {"operator", "admin"};
  std::vector<Probe> probes = {
      {"POST", "/api/v1/movements/post", warehouse},
      {"POST", "/api/v1/receipts", warehouse},
      {"POST", "/api/v1/counts", warehouse},
      {"POST", "/api/v1/receipts/tags", warehouse},
      {"POST", "/api/v1/counts/tags", warehouse},
      {"POST", "/api/v1/reservations", warehouse},
      {"POST", "/api/v1/reservations/none/release", warehouse},
      {"POST", "/api/v1/reservations/none/fulfil", warehouse},
      {"GET", "/api/v1/reservations/none", all},
      {"GET", "/api/v1/availability/M1/W1", all},
      {"GET", "/api/v1/stock-feed", all},
      {"GET", "/api/v1/stock-feed?since=0", all},
      {"GET", "/api/v1/receiving/scan?code=PO-7", all},
      {"GET", "/api/v1/valuation", all},
      {"GET", "/api/v1/kpis", all},
      {"GET", "/api/v1/supplier-performance", all},
      {"GET", "/api/v1/ledger-check", {"admin"}},
  };
  for (const Probe& probe : probes) {
    for (const std::string role : {"viewer", "planner", "operator", "admin"}) {
      auto client = Client(role);
      int status = Send(client, probe.method, probe.path, "{}").first;
      if (probe.admitted.contains(role)) {
        EXPECT_NE(status, 403) << role << " " << probe.method << " " << probe.path;
      } else {
        EXPECT_EQ(status, 403) << role << " " << probe.method << " " << probe.path;
      }
    }
  }
}

TEST_F(Ledger, BadInputIsAProblemNamingTheField) {
  auto client = Client("operator");
  auto problem = [&](const std::string& path, const std::string& body, int status) -> json {
    auto r = client.Post(path, body, "application/json");
    EXPECT_TRUE(r) << path;
    if (!r) return json::object();
    EXPECT_EQ(r->status, status) << path << " " << body.substr(0, 80) << " → " << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/problem+json") << path;
    return json::parse(r->body, nullptr, false);
  };
  auto fields = [](const json& p) {
    std::set<std::string> names;
    for (const json& e : p["errors"]) names.insert(e["field"].get<std::string>());
    return names;
  };
  const std::string move = "/api/v1/movements/post";
  EXPECT_NE(
      problem(move, R"({"key":"x",)", 400)["detail"].get<std::string>().find("malformed JSON"),
      std::string::npos);
  problem(move, "[1]", 400);
  EXPECT_EQ(fields(problem(move, "{}", 400)),
            (std::set<std::string>{"key", "type", "item", "location", "quantity"}));
  auto typed = problem(move,
                       R"({"key":"t","type":"sale","item":"M1","location":"W1","quantity":"many",
                           "date":20240311,"in_transit":"yes","colour":"red"})",
                       400);
  EXPECT_EQ(fields(typed), (std::set<std::string>{"quantity", "date", "in_transit", "colour"}));
  EXPECT_EQ(fields(problem(move, R"({"key":"t","type":"opening","item":"M1","location":"W1",
                                     "quantity":1})",
                           400)),
            std::set<std::string>{"type"});
  problem(move, R"({"key":"u","type":"sale","item":"NOPE","location":"W1","quantity":1})", 404);
  problem(move, R"({"key":")" + std::string(201, 'k') + R"(","type":"sale"})", 400);
  problem(move, std::string(17 << 20, ' '), 413);
  EXPECT_EQ(fields(problem("/api/v1/receipts", R"({"key":"r","po_number":"PO-7"})", 400)),
            std::set<std::string>{"line"});
  problem("/api/v1/receipts", R"({"key":"r","po_number":"NOPE","line":1,"quantity":1})", 404);
  EXPECT_EQ(fields(problem("/api/v1/counts", R"({"key":"c","item":"K1","location":"W1"})", 400)),
            std::set<std::string>{"counted"});
  EXPECT_EQ(fields(problem("/api/v1/reservations",
                           R"({"key":"q","item":"C1","location":"W1","quantity":0})", 400)),
            std::set<std::string>{"quantity"});
  problem("/api/v1/reservations/NOPE/release", "", 404);
  auto viewer = Client("viewer");
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/reservations/NOPE").first, 404);
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/availability/NOPE/W1").first, 404);
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/availability/M1/W1?date=soon").first, 400);
  EXPECT_EQ(Send(viewer, "GET", "/api/v1/receiving/scan").first, 400);
}

}  // namespace
}  // namespace lagom::server
