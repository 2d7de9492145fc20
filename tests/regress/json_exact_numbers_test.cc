// Issue 15, defects 5 and 6. JSON numbers went through double: digits beyond double's were
// silently rounded, 0.00001 came back as "'1e-05' … unexpected character 'e'", and
// `"quantity": 1e400` was a 500 with the parser's internal text. A member named twice was
// accepted (the last won). Now numbers are read from their text exactly (exponents within
// range), out-of-range numbers are 400 naming the field, and duplicate members are 400.
// (POST /users refusing unknown members, the rest of defect 6: accounts_test.cc.)
#include <gtest/gtest.h>

#include "server/api_fixture.h"
#include "server/json_exact.h"

namespace lagom::server {
namespace {

using json = nlohmann::json;

TEST(JsonExact, KeepsTheTextOfEveryNonIntegerNumberByPlace) {
  auto parsed = ParseJsonExact(R"({"q":1.0000000000000001,"n":7,"rows":[{"c":2.5e-3}]})");
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ(parsed->number_text.at("/q"), "1.0000000000000001");
  EXPECT_EQ(parsed->number_text.at("/rows/0/c"), "2.5e-3");
  EXPECT_EQ(parsed->NumberText("/n", parsed->value["n"]), "7");
}

TEST(JsonExact, RefusesDuplicateMembersAndHugeNumbersNamingThem) {
  EXPECT_EQ(ParseJsonExact(R"({"quantity":1,"quantity":1000})").error().message,
            "the member 'quantity' appears twice");
  EXPECT_EQ(ParseJsonExact(R"([{"a":{"b":1,"b":2}}])").error().message,
            "the member 'b' appears twice");
  EXPECT_TRUE(ParseJsonExact(R"([{"b":1},{"b":2}])").ok());  // different objects
  EXPECT_EQ(ParseJsonExact(R"({"key":"k","quantity":1e400})").error().message,
            "quantity: the number 1e400 is out of range");
}

TEST(JsonExact, PlainDecimalMovesThePointExactly) {
  EXPECT_EQ(*PlainDecimal("1.5e3"), "1500");
  EXPECT_EQ(*PlainDecimal("1e-05"), "0.00001");
  EXPECT_EQ(*PlainDecimal("-12.30E-1"), "-1.230");
  EXPECT_EQ(*PlainDecimal("4.56e+1"), "45.6");
  EXPECT_EQ(*PlainDecimal("7"), "7");
  EXPECT_FALSE(PlainDecimal("1e-401").ok());
}

class JsonNumbersApi : public testing::Api {
 protected:
  static void SetUpTestSuite() {
    Api::SetUpTestSuite();
    auto admin = Client();
    ASSERT_EQ(Send(admin, "POST", "/api/v1/locations", R"([{"code":"W1"}])").first, 200);
    ASSERT_EQ(Send(admin, "POST", "/api/v1/items", R"([{"code":"N1","unit_cost":1}])").first, 200);
  }
  static std::pair<int, json> Post(const std::string& key, const std::string& numbers) {
    auto admin = Client();
    return Send(admin, "POST", "/api/v1/movements/post",
                R"({"key":")" + key +
                    R"(","type":"receipt","item":"N1","location":"W1","date":"2024-03-01",)" +
                    numbers + "}");
  }
  static std::string Detail(const json& body) { return body["detail"].get<std::string>(); }
};

TEST_F(JsonNumbersApi, NumbersAreReadFromTheirDigits) {
  auto [rounded, why] = Post("n1", R"("quantity":1.0000000000000001)");  // was: posted 1
  EXPECT_EQ(rounded, 400) << why.dump();
  EXPECT_NE(Detail(why).find("more than 3 decimals"), std::string::npos) << why.dump();
  auto [tiny, tiny_why] = Post("n2", R"("quantity":1,"unit_cost":0.00001)");
  EXPECT_EQ(tiny, 400);
  EXPECT_NE(Detail(tiny_why).find("'0.00001' is not a valid amount of money: more than 4"),
            std::string::npos)
      << tiny_why.dump();
  auto [exponent, posted] = Post("n3", R"("quantity":1.5e3,"unit_cost":2.5E-1)");
  ASSERT_EQ(exponent, 201) << posted.dump();
  EXPECT_EQ(posted["movements"][0]["quantity"], 1500.0);
  EXPECT_EQ(posted["movements"][0]["unit_cost"], 0.25);
}

TEST_F(JsonNumbersApi, OutOfRangeAndDuplicatesAre400NamingTheField) {
  auto [huge, huge_why] = Post("n4", R"("quantity":1e400)");  // was: 500
  EXPECT_EQ(huge, 400);
  EXPECT_EQ(Detail(huge_why), "quantity: the number 1e400 is out of range");
  auto [twice, twice_why] = Post("n5", R"("quantity":1,"quantity":1000)");  // was: 1000
  EXPECT_EQ(twice, 400);
  EXPECT_EQ(Detail(twice_why), "the member 'quantity' appears twice");
  auto admin = Client();
  auto [rows, rows_why] =
      Send(admin, "POST", "/api/v1/items", R"([{"code":"N2","unit_cost":2.50000000000000001}])");
  EXPECT_EQ(rows, 400) << rows_why.dump();  // was: stored as 2.5
}

}  // namespace
}  // namespace lagom::server
