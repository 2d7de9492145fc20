// The budget keeps the proposals that protect the most sales per unit of money, weighted by
// the ABC class of the latest classification (A 3, B 2, C 1).
#include <gtest/gtest.h>

#include "app/planning_run.h"
#include "store/classification_store.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

using store::testing::Load;

// P and Q alike: 10 a week, nothing on hand, cost 10, price 20, 7 days from S. Each is
// proposed 30 units (300); the 450 budget of March keeps one of them. Sales protected per
// unit of money: 20 short × 20 / 300 = 1.33, times the class weight.
class PlanBudgets : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    Load(*db_, "locations", "code\nLON\n");
    Load(*db_, "items", "code,unit_cost,price\nP,10,20\nQ,10,20\n");
    Load(*db_, "suppliers", "code,min_order_value\nS,0\n");
    Load(*db_, "supply-terms", "item,supplier,lead_time_days\nP,S,7\nQ,S,7\n");
    std::string demand = "item,location,date,quantity\n";
    for (const char* week : {"2024-02-12", "2024-02-19", "2024-02-26", "2024-03-04"}) {
      demand += std::string("P,LON,") + week + ",10\nQ,LON," + week + ",10\n";
    }
    Load(*db_, "demand", demand);
    Load(*db_, "budgets", "scope,key,month,amount\ncompany,,2024-03-01,450\n");
    options_.as_of = MakeDate(2024, 3, 11);
    options_.history_periods = 4;
    options_.forecast_method = "ma";
  }

  // Item code → hold reason of its proposal.
  std::map<std::string, std::string> Holds() {
    auto result = RunPlan(*db_, options_);
    EXPECT_TRUE(result.ok()) << result.error().message;
    std::map<std::string, std::string> out;
    for (const auto& p : result->proposals) out[p.item_code] = p.hold_reason;
    return out;
  }

  void Classify(const char* p_class, const char* q_class) {
    std::vector<store::ClassRecord> classes(2);
    classes[0] = {.item_id = 1, .abc = p_class, .xyz = "X", .pattern = "smooth"};
    classes[1] = {.item_id = 2, .abc = q_class, .xyz = "X", .pattern = "smooth"};
    store::ClassificationRunRecord run{.as_of = MakeDate(2024, 3, 1),
                                       .scope = "company",
                                       .dimensions = "revenue",
                                       .cutoffs = "80,15,5"};
    ASSERT_TRUE(store::SaveClassification(*db_, run, classes).ok());
  }

  std::unique_ptr<sqlite::Database> db_;
  PlanOptions options_;
};

TEST_F(PlanBudgets, TheHigherClassIsKeptWhenTheMoneyRunsShort) {
  // Unclassified, the two tie and the first given (P) is kept.
  auto unclassified = Holds();
  ASSERT_EQ(unclassified.size(), 2u);
  EXPECT_TRUE(unclassified["P"].empty());
  EXPECT_NE(unclassified["Q"].find("deferred"), std::string::npos);
  Classify("C", "A");
  auto classified = Holds();
  EXPECT_TRUE(classified["Q"].empty());
  EXPECT_NE(classified["P"].find("deferred"), std::string::npos);
  EXPECT_NE(classified["P"].find("class C, 1.33 of sales"), std::string::npos) << classified["P"];
}

}  // namespace
}  // namespace lagom::app
