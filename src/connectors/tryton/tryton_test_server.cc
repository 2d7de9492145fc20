#include "connectors/tryton/tryton_test_server.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "connectors/tryton/tryton_values.h"

namespace lagom::connectors::tryton::testing {

namespace fs = std::filesystem;

void TrytonTest::SetUp() {
  const char* dir = std::getenv("LAGOM_TRYTON_DIR");
  if (!dir || !fs::exists(fs::path(dir) / "url")) {
    GTEST_SKIP() << "no Tryton server: run through ctest (fixture TrytonServer.start)";
  }
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  // New each run: the server caches a database's users and company by name.
  std::string name = std::string("t_") + test->test_suite_name() + "_" + test->name() + "_" +
                     std::to_string(::getpid());
  fs::copy_file(fs::path(dir) / "template.sqlite", fs::path(dir) / (name + ".sqlite"),
                fs::copy_options::overwrite_existing);
  std::ifstream url_file(fs::path(dir) / "url");
  std::getline(url_file, endpoint.url);
  endpoint.database = name;
  endpoint.user = "admin";
  endpoint.password = "admin";
  admin = std::make_unique<Session>(endpoint);
  Status login = admin->Login();
  ASSERT_TRUE(login) << login.error().message;
}

std::int64_t TrytonTest::Create(const std::string& model, Json values) {
  auto id = admin->Create(model, std::move(values));
  EXPECT_TRUE(id) << model << ": " << id.error().message;
  return id ? *id : 0;
}

// Tryton asks to confirm some writes (a move without an origin) with a UserWarning naming a
// key; a res.user.warning for the key answers "yes, once", then the call is repeated.
void TrytonTest::Call(const std::string& model, const std::string& method, Json args) {
  auto done = admin->Call(model, method, args);
  if (done) return;
  const std::string& message = done.error().message;
  auto warning = message.find("UserWarning: ");
  ASSERT_NE(warning, std::string::npos) << message;
  Create("res.user.warning",
         {{"user", admin->user_id()}, {"name", message.substr(warning + 13)}, {"always", false}});
  auto again = admin->Call(model, method, args);
  ASSERT_TRUE(again) << again.error().message;
}

void TrytonTest::SeedCompany() {
  currency =
      Create("currency.currency", {{"name", "Euro"},
                                   {"code", "EUR"},
                                   {"symbol", "€"},
                                   {"digits", 2},
                                   {"rounding", {{"__class__", "Decimal"}, {"decimal", "0.01"}}}});
  std::int64_t party = Create("party.party", {{"name", "Lagom Test Company"}});
  company = Create("company.company", {{"party", party}, {"currency", currency}});
  Call("res.user", "write",
       Json::array({Json::array({admin->user_id()}),
                    {{"companies", Json::array({Json::array({"add", Json::array({company})})})},
                     {"company", company}}}));
  Status login = admin->Login();  // the context now names the company
  ASSERT_TRUE(login) << login.error().message;
}

std::int64_t TrytonTest::UnitId(const std::string& symbol) {
  auto units =
      admin->SearchRead("product.uom", Json::array({Json::array({"symbol", "=", symbol})}), {"id"});
  EXPECT_TRUE(units && !units->empty()) << symbol;
  return units && !units->empty() ? (*units)[0]["id"].get<std::int64_t>() : 0;
}

std::int64_t TrytonTest::LocationId(const std::string& code) {
  auto found =
      admin->SearchRead("stock.location", Json::array({Json::array({"code", "=", code})}), {"id"});
  EXPECT_TRUE(found && !found->empty()) << code;
  return found && !found->empty() ? (*found)[0]["id"].get<std::int64_t>() : 0;
}

std::int64_t TrytonTest::Product(const std::string& code, const std::string& name,
                                 const std::string& unit, const std::string& cost,
                                 const std::string& price) {
  Json variant = {{"cost_price", {{"__class__", "Decimal"}, {"decimal", cost}}}};
  Json values = {{"name", name},
                 {"type", "goods"},
                 {"default_uom", UnitId(unit)},
                 {"purchasable", true},
                 {"purchase_uom", UnitId(unit)},
                 {"list_price", {{"__class__", "Decimal"}, {"decimal", price}}},
                 {"products", Json::array({Json::array({"create", Json::array({variant})})})}};
  if (!code.empty()) values["code"] = code;
  std::int64_t template_id = Create("product.template", values);
  auto products = admin->SearchRead(
      "product.product", Json::array({Json::array({"template", "=", template_id})}), {"id"});
  EXPECT_TRUE(products && products->size() == 1);
  return products && products->size() == 1 ? (*products)[0]["id"].get<std::int64_t>() : 0;
}

void TrytonTest::Move(std::int64_t product, double quantity, const std::string& from,
                      const std::string& to, Date date) {
  auto unit = admin->SearchRead("product.product", Json::array({Json::array({"id", "=", product})}),
                                {"default_uom"});
  ASSERT_TRUE(unit && unit->size() == 1);
  std::int64_t move =
      Create("stock.move", {{"product", product},
                            {"uom", (*unit)[0]["default_uom"]},
                            {"quantity", quantity},
                            {"from_location", LocationId(from)},
                            {"to_location", LocationId(to)},
                            {"company", company},
                            {"currency", currency},
                            {"unit_price", {{"__class__", "Decimal"}, {"decimal", "1"}}},
                            {"planned_date", DateValue(date)},
                            {"effective_date", DateValue(date)}});
  Call("stock.move", "do", Json::array({Json::array({move})}));
}

}  // namespace lagom::connectors::tryton::testing
