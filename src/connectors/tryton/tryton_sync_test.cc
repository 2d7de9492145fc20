// `lagom sync tryton` against a real trytond (tests/tryton/start.sh): what is seeded in
// Tryton over JSON-RPC is what Lagom holds after the pull; approved proposals appear in
// Tryton as purchase requests and draft productions once, however often the push runs;
// failures write nothing.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/erp_sync.h"
#include "app/planning_run.h"
#include "app/proposals.h"
#include "connectors/tryton/tryton_connector.h"
#include "connectors/tryton/tryton_push.h"
#include "connectors/tryton/tryton_test_server.h"
#include "connectors/tryton/tryton_values.h"
#include "store/test_store.h"

namespace lagom::connectors::tryton::testing {
namespace {

constexpr Date kToday = MakeDate(2026, 12, 7);

class TrytonSync : public TrytonTest {
 protected:
  void SetUp() override {
    TrytonTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    lagom = store::testing::FreshStore();
  }

  // A supplier with a code and an address (a purchase needs one), and Widget W100 it
  // supplies in 7 days at 6.80, kept in units ("u" in Tryton, "pcs" in Lagom).
  void SeedCatalogue() {
    SeedCompany();
    supplier = Create(
        "party.party",
        {{"name", "Acme Supplies"},
         {"code", "S-ACME"},
         {"addresses", Json::array({Json::array({"create", Json::array({Json::object()})})})}});
    widget = Product("W100", "Widget", "u", "7.25", "12.50");
    std::int64_t widget_template = TemplateOf(widget);
    Json price = {{"quantity", 0}, {"unit_price", {{"__class__", "Decimal"}, {"decimal", "6.80"}}}};
    Create("purchase.product_supplier",
           {{"template", widget_template},
            {"party", supplier},
            {"lead_time", {{"__class__", "timedelta"}, {"seconds", 7 * 86400}}},
            {"prices", Json::array({Json::array({"create", Json::array({price})})})}});
  }

  std::int64_t AddressOf(std::int64_t party) {
    auto found = admin->SearchRead("party.address",
                                   Json::array({Json::array({"party", "=", party})}), {"id"});
    EXPECT_TRUE(found && found->size() == 1);
    return (*found)[0]["id"].get<std::int64_t>();
  }

  std::int64_t TemplateOf(std::int64_t product) {
    auto found = admin->SearchRead("product.product",
                                   Json::array({Json::array({"id", "=", product})}), {"template"});
    EXPECT_TRUE(found && found->size() == 1);
    return (*found)[0]["template"].get<std::int64_t>();
  }

  Result<app::SyncReport> Sync(ErpEndpoint at, bool push = true) {
    auto tryton = MakeTrytonConnector(at);
    app::SyncOptions options{kToday};
    options.push = push;
    return app::SyncErp(*lagom, *tryton, at.url + "/" + at.database, options);
  }

  app::SyncReport SyncOk() {
    auto report = Sync(endpoint);
    EXPECT_TRUE(report) << report.error().message;
    return report ? *report : app::SyncReport{};
  }

  // The first column of the first row of `sql` as text ("" when no row).
  std::string Value(const std::string& sql) {
    auto stmt = lagom->Prepare(sql);
    EXPECT_TRUE(stmt) << stmt.error().message;
    auto row = stmt->Step();
    EXPECT_TRUE(row);
    return row && *row ? stmt->Text(0) : "";
  }

  Json Requests() {
    auto found = admin->SearchRead("purchase.request", Json::array(),
                                   {"product", "quantity", "description", "warehouse", "party"});
    EXPECT_TRUE(found) << found.error().message;
    return found ? *found : Json::array();
  }

  std::unique_ptr<sqlite::Database> lagom;
  std::int64_t supplier = 0, widget = 0;
};

TEST_F(TrytonSync, PullsProductsStockDemandSuppliersAndOpenPurchases) {
  SeedCatalogue();
  // Stock: 40 received on 2 Nov, 5 shipped on Tue 10 Nov and 3 on Thu 12 Nov 2026 (one ISO
  // week, starting Mon 9 Nov): on hand 40 − 5 − 3 = 32, demand 5 + 3 = 8 in that week.
  Move(widget, 40, "SUP", "STO", MakeDate(2026, 11, 2));
  Move(widget, 5, "STO", "CUS", MakeDate(2026, 11, 10));
  Move(widget, 3, "STO", "CUS", MakeDate(2026, 11, 12));
  // An open purchase of 20 ordered on 1 Dec.
  std::int64_t purchase = Create(
      "purchase.purchase",
      {{"party", supplier},
       {"warehouse", LocationId("WH")},
       {"company", company},
       {"currency", currency},
       {"invoice_method", "manual"},
       {"invoice_address", AddressOf(supplier)},
       {"purchase_date", DateValue(MakeDate(2026, 12, 1))},
       {"lines", Json::array({Json::array(
                     {"create",
                      Json::array({{{"product", widget},
                                    {"quantity", 20},
                                    {"unit", UnitId("u")},
                                    {"unit_price", {{"__class__", "Decimal"}, {"decimal", "6.80"}}},
                                    {"description", "Widget"}}})})})}});
  Call("purchase.purchase", "quote", Json::array({Json::array({purchase})}));
  Call("purchase.purchase", "confirm", Json::array({Json::array({purchase})}));

  app::SyncReport report = SyncOk();
  EXPECT_EQ(Value("SELECT name || '|' || uom || '|' || unit_cost || '|' || price FROM items "
                  "WHERE code = 'W100'"),
            "Widget|pcs|72500|125000");
  EXPECT_EQ(Value("SELECT type FROM locations WHERE code = 'WH'"), "warehouse");
  EXPECT_EQ(Value("SELECT name FROM suppliers WHERE code = 'S-ACME'"), "Acme Supplies");
  EXPECT_EQ(Value("SELECT lead_time_days || '|' || unit_price FROM supply_terms"), "7.0|68000");
  EXPECT_EQ(Value("SELECT on_hand FROM balances b JOIN items i ON i.id = b.item_id "
                  "WHERE i.code = 'W100'"),
            "32000");
  EXPECT_EQ(Value("SELECT period || '|' || quantity FROM demand"), "2026-11-09|8000");
  EXPECT_EQ(Value("SELECT quantity || '|' || received || '|' || status || '|' || order_date "
                  "FROM purchase_orders"),
            "20000|0|open|2026-12-01");
  EXPECT_FALSE(report.cursor.empty());

  // Nothing changed in Tryton: a second sync changes nothing in Lagom.
  std::string before = Value("SELECT COUNT(*) || '|' || SUM(quantity) FROM movements");
  SyncOk();
  EXPECT_EQ(Value("SELECT COUNT(*) || '|' || SUM(quantity) FROM movements"), before);
  EXPECT_EQ(Value("SELECT COUNT(*) || '|' || SUM(quantity) FROM demand"), "1|8000");
}

TEST_F(TrytonSync, PullsOnlyWhatChangedSinceTheLastSync) {
  SeedCatalogue();
  std::int64_t bolt = Product("B200", "Bolt", "kg", "2", "3");
  SyncOk();
  Call("product.template", "write",
       Json::array({Json::array({TemplateOf(widget)}),
                    {{"list_price", {{"__class__", "Decimal"}, {"decimal", "13.00"}}}}}));
  app::SyncReport report = SyncOk();
  ASSERT_FALSE(report.pulled.empty());
  EXPECT_EQ(report.pulled[0].entity, "items");
  EXPECT_EQ(report.pulled[0].updated, 1);  // the widget only, not the bolt
  EXPECT_EQ(Value("SELECT price FROM items WHERE code = 'W100'"), "130000");
  EXPECT_EQ(Value("SELECT uom FROM items WHERE code = 'B200'"), "kg");
  (void)bolt;
}

TEST_F(TrytonSync, PushesAnApprovedProposalOnceAndReportsChangesInTryton) {
  SeedCatalogue();
  Move(widget, 10, "SUP", "STO", MakeDate(2026, 11, 2));
  Move(widget, 8, "STO", "CUS", MakeDate(2026, 11, 10));
  SyncOk();
  // A fixed policy: safety stock 10 units, orders of 50; on hand 10 − 8 = 2 is below it.
  store::testing::Load(*lagom, "policies",
                       "item,service_kind,service_target,order_rule,fixed_quantity\n"
                       "W100,fixed,10,fixed,50\n");
  auto plan = app::RunPlan(*lagom, {kToday});
  ASSERT_TRUE(plan) << plan.error().message;
  ASSERT_EQ(plan->proposals.size(), 1u);
  auto approved = app::ApproveProposal(*lagom, plan->proposals[0].id, {});
  ASSERT_TRUE(approved) << approved.error().message;

  app::SyncReport first = SyncOk();
  EXPECT_EQ(first.pushed, 1);
  Json requests = Requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0]["product"], widget);
  EXPECT_EQ(requests[0]["party"], supplier);
  double proposed = static_cast<double>(plan->proposals[0].quantity_milli) / 1000;
  EXPECT_GT(proposed, 0);
  EXPECT_EQ(requests[0]["quantity"].get<double>(), proposed);
  EXPECT_EQ(requests[0]["description"], ProposalMarker(plan->proposals[0].id));

  app::SyncReport second = SyncOk();
  EXPECT_EQ(second.pushed, 0);
  EXPECT_TRUE(second.remote_changes.empty());
  EXPECT_EQ(Requests().size(), 1u);

  // The answer of a push lost (Lagom has no record of it): the marker finds the request.
  ASSERT_TRUE(lagom->Execute("DELETE FROM erp_pushes"));
  app::SyncReport lost = SyncOk();
  EXPECT_EQ(lost.pushed, 0);
  EXPECT_EQ(lost.already_pushed, 1);
  EXPECT_EQ(Requests().size(), 1u);

  std::int64_t request = Requests()[0]["id"].get<std::int64_t>();
  Call("purchase.request", "write",
       Json::array({Json::array({request}), {{"quantity", proposed + 10}}}));
  app::SyncReport changed = SyncOk();
  ASSERT_EQ(changed.remote_changes.size(), 1u);
  std::string expected =
      "quantity " + QuantityText(proposed + 10) + " (pushed " + QuantityText(proposed) + ")";
  EXPECT_NE(changed.remote_changes[0].find(expected), std::string::npos)
      << changed.remote_changes[0];
  EXPECT_EQ(Requests()[0]["quantity"].get<double>(), proposed + 10);  // not overwritten

  Call("purchase.request", "delete", Json::array({Json::array({request})}));
  app::SyncReport deleted = SyncOk();
  ASSERT_EQ(deleted.remote_changes.size(), 1u);
  EXPECT_NE(deleted.remote_changes[0].find("deleted"), std::string::npos);
  EXPECT_EQ(Requests().size(), 0u);  // not pushed again
}

// Table T300 = 4 widgets (Tryton's BOM, pulled into Lagom); a sales order of 10 tables
// due 21 Dec and no tables in stock: MRP proposes to make 10, and approved, the production
// appears in Tryton as a draft production of the BOM with the widgets as its input, once.
TEST_F(TrytonSync, PushesAnApprovedProductionAsADraftProductionOfItsBom) {
  SeedCatalogue();
  std::int64_t table = Product("T300", "Table", "u", "40", "90");
  Call("product.template", "write",
       Json::array({Json::array({TemplateOf(table)}), {{"producible", true}}}));
  Json widgets = {{"product", widget}, {"quantity", 4}, {"uom", UnitId("u")}};
  Json tables = {{"product", table}, {"quantity", 1}, {"uom", UnitId("u")}};
  std::int64_t bom =
      Create("production.bom",
             {{"name", "Table"},
              {"inputs", Json::array({Json::array({"create", Json::array({widgets})})})},
              {"outputs", Json::array({Json::array({"create", Json::array({tables})})})}});
  Create("product.product-production.bom", {{"product", table}, {"bom", bom}});
  SyncOk();
  EXPECT_EQ(Value("SELECT make_or_buy FROM items WHERE code = 'T300'"), "make");
  store::testing::Load(*lagom, "sales-orders",
                       "number,item,location,quantity,due_date\nSO1,T300,WH,10,2026-12-21\n");
  auto plan = app::RunPlan(*lagom, {kToday});
  ASSERT_TRUE(plan) << plan.error().message;
  auto make = std::find_if(plan->proposals.begin(), plan->proposals.end(),
                           [](const auto& p) { return p.kind == "production"; });
  ASSERT_NE(make, plan->proposals.end());
  EXPECT_EQ(make->quantity_milli, 10000);
  auto approved = app::ApproveProposal(*lagom, make->id, {});
  ASSERT_TRUE(approved) << approved.error().message;

  app::SyncReport first = SyncOk();
  EXPECT_TRUE(first.push_errors.empty()) << first.push_errors[0];
  EXPECT_EQ(first.pushed, 1);
  auto productions = admin->SearchRead("production", Json::array(),
                                       {"product", "bom", "quantity", "state", "reference",
                                        "inputs", "outputs", "planned_date", "location"});
  ASSERT_TRUE(productions) << productions.error().message;
  ASSERT_EQ(productions->size(), 1u);
  const Json& made = (*productions)[0];
  EXPECT_EQ(made["product"], table);
  EXPECT_EQ(made["bom"], bom);
  EXPECT_EQ(made["quantity"].get<double>(), 10.0);
  EXPECT_EQ(made["state"], "draft");
  EXPECT_EQ(made["reference"], ProposalMarker(make->id));
  EXPECT_EQ(DateOf(made["planned_date"]), make->due_date);
  EXPECT_EQ(made["location"], LocationId("PROD"));
  auto inputs = admin->SearchRead("stock.move",
                                  Json::array({Json::array({"production_input", "=", made["id"]})}),
                                  {"product", "quantity", "from_location"});
  ASSERT_TRUE(inputs && inputs->size() == 1u);
  EXPECT_EQ((*inputs)[0]["product"], widget);
  EXPECT_EQ((*inputs)[0]["quantity"].get<double>(), 40.0);  // 4 widgets a table
  EXPECT_EQ((*inputs)[0]["from_location"], LocationId("STO"));
  auto outputs = admin->SearchRead(
      "stock.move", Json::array({Json::array({"production_output", "=", made["id"]})}),
      {"product", "quantity"});
  ASSERT_TRUE(outputs && outputs->size() == 1u);
  EXPECT_EQ((*outputs)[0]["product"], table);
  EXPECT_EQ((*outputs)[0]["quantity"].get<double>(), 10.0);

  app::SyncReport second = SyncOk();
  EXPECT_EQ(second.pushed, 0);
  EXPECT_TRUE(second.remote_changes.empty());
  Call("production", "write", Json::array({Json::array({made["id"]}), {{"quantity", 12}}}));
  app::SyncReport changed = SyncOk();
  ASSERT_EQ(changed.remote_changes.size(), 1u);
  EXPECT_EQ(changed.remote_changes[0].rfind(
                "production " + std::to_string(made["id"].get<std::int64_t>()) + " (proposal", 0),
            0u);
  EXPECT_NE(changed.remote_changes[0].find("quantity 12 (pushed 10)"), std::string::npos)
      << changed.remote_changes[0];
  auto again = admin->SearchRead("production", Json::array(), {"id"});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->size(), 1u);
}

TEST_F(TrytonSync, WrongPasswordOrServerDownWritesNothing) {
  SeedCatalogue();
  ErpEndpoint wrong = endpoint;
  wrong.password = "not-the-password";
  auto refused = Sync(wrong);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("wrong user or password"), std::string::npos)
      << refused.error().message;
  ErpEndpoint down = endpoint;
  down.url = "http://127.0.0.1:9";  // discard: nothing listens
  auto unreachable = Sync(down);
  ASSERT_FALSE(unreachable);
  EXPECT_NE(unreachable.error().message.find("cannot reach http://127.0.0.1:9"), std::string::npos)
      << unreachable.error().message;
  EXPECT_EQ(Value("SELECT COUNT(*) FROM items"), "0");
  EXPECT_EQ(Value("SELECT COUNT(*) FROM erp_sync_state"), "0");
}

TEST_F(TrytonSync, ProductWithoutCodeOrUnknownUnitWritesNothingAndCanBeRerun) {
  SeedCatalogue();
  std::int64_t nameless = Product("", "Nameless thing", "u", "1", "2");
  std::int64_t gem = Product("G1", "Gem", "c", "100", "200");  // carats
  auto rejected = Sync(endpoint);
  ASSERT_FALSE(rejected);
  const std::string& message = rejected.error().message;
  EXPECT_NE(
      message.find("product.product " + std::to_string(nameless) + " 'Nameless thing' has no code"),
      std::string::npos)
      << message;
  EXPECT_NE(message.find("product.product " + std::to_string(gem) +
                         " 'G1' is kept in unit 'c', which Lagom does not know"),
            std::string::npos)
      << message;
  EXPECT_EQ(Value("SELECT COUNT(*) FROM items"), "0");
  EXPECT_EQ(Value("SELECT COUNT(*) FROM erp_sync_state"), "0");

  // Fixed in Tryton, the same sync runs through.
  Call("product.template", "write",
       Json::array({Json::array({TemplateOf(nameless)}), {{"code", "N1"}}}));
  Call("product.product", "write", Json::array({Json::array({gem}), {{"active", false}}}));
  SyncOk();
  EXPECT_EQ(Value("SELECT group_concat(code, ',') FROM (SELECT code FROM items ORDER BY code)"),
            "N1,W100");
}

}  // namespace
}  // namespace lagom::connectors::tryton::testing
