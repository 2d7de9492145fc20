// Every class of bad input a CSV import must reject, each asserting the message and that
// nothing was written; and the good paths (insert, update by key, aggregation, round trip).
#include "store/csv_import.h"

#include <gtest/gtest.h>

#include "core/codes.h"
#include "store/test_store.h"

namespace lagom::store {
namespace {

using testing::CountRows;
using testing::FreshStore;
using testing::Import;
using testing::Load;
using testing::LoadMasterData;

class ImportRejects : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = FreshStore();
    LoadMasterData(*db_);
  }
  // Imports `text` as `entity`, expects exactly one problem with this line, column and
  // reason, and that `table` kept its row count.
  void ExpectRejected(std::string_view entity, const std::string& table, std::string_view text,
                      int line, const std::string& column, const std::string& reason) {
    std::int64_t before = CountRows(*db_, table);
    ImportOutcome outcome = Import(*db_, entity, text);
    ASSERT_EQ(outcome.problems.size(), 1u) << FormatProblems(outcome, "f.csv");
    EXPECT_EQ(outcome.problems[0].line, line);
    EXPECT_EQ(outcome.problems[0].column, column);
    EXPECT_EQ(outcome.problems[0].reason, reason);
    EXPECT_EQ(CountRows(*db_, table), before) << "a rejected import wrote rows";
    EXPECT_EQ(outcome.inserted + outcome.updated, 0);
  }
  std::unique_ptr<sqlite::Database> db_;
};

TEST_F(ImportRejects, UnknownColumn) {
  ExpectRejected("items", "items", "code,nmae\nX,Y\n", 1, "nmae",
                 "unknown column; items have code, name, type, uom, unit_cost, price, volume_m3, "
                 "weight_kg, shelf_life_days, group, status, gtin, valuation, make_or_buy, "
                 "production_lead_time_days, lot_sizing, lot_size, phantom, "
                 "planning_time_fence_days, yield_pct");
}

TEST_F(ImportRejects, MissingRequiredColumn) {
  ExpectRejected("supply-terms", "supply_terms", "item,supplier\nA1,ACME\n", 1, "lead_time_days",
                 "required column is missing");
}

TEST_F(ImportRejects, RepeatedColumn) {
  ExpectRejected("items", "items", "code,name,name\nX,a,b\n", 1, "name",
                 "the column appears twice");
}

TEST_F(ImportRejects, BadNumber) {
  ExpectRejected("items", "items", "code,unit_cost\nC3,\"1,5\"\n", 2, "unit_cost",
                 "'1,5' is not a valid amount of money: unexpected character ','");
}

TEST_F(ImportRejects, MoreDecimalsThanTheLedgerKeeps) {
  ExpectRejected("stock", "stock", "item,location,quantity\nA1,LON,1.2345\n", 2, "quantity",
                 "'1.2345' is not a valid quantity: more than 3 decimals");
}

TEST_F(ImportRejects, NegativeQuantityWhereNotAllowed) {
  ExpectRejected("stock", "stock", "item,location,quantity\nA1,LON,-3\n", 2, "quantity",
                 "'-3' is negative; it must be zero or more");
}

TEST_F(ImportRejects, ZeroWhereAPositiveNumberIsNeeded) {
  ExpectRejected("boms", "boms", "parent,component,quantity_per\nA1,B2,0\n", 2, "quantity_per",
                 "'0' must be greater than zero");
}

TEST_F(ImportRejects, UnknownItem) {
  ExpectRejected("stock", "stock", "item,location,quantity\nNOPE,LON,1\n", 2, "item",
                 "unknown item 'NOPE'");
}

TEST_F(ImportRejects, UnknownLocation) {
  ExpectRejected("demand", "demand", "item,location,date,quantity\nA1,PAR,2024-01-01,1\n", 2,
                 "location", "unknown location 'PAR'");
}

TEST_F(ImportRejects, UnknownSupplier) {
  ExpectRejected("supply-terms", "supply_terms", "item,supplier,lead_time_days\nA1,ZORRO,5\n", 2,
                 "supplier", "unknown supplier 'ZORRO'");
}

TEST_F(ImportRejects, DuplicateKey) {
  ExpectRejected("items", "items", "code,name\nC3,first\nD4,other\nC3,again\n", 4, "",
                 "duplicate key: the same items row as line 2");
}

TEST_F(ImportRejects, DuplicateCompositeKey) {
  ExpectRejected("stock", "stock", "item,location,lot,quantity\nA1,LON,L1,1\nA1,LON,L1,2\n", 3, "",
                 "duplicate key: the same stock row as line 2");
}

// Tiers of one supply term import side by side; the same tier twice is a duplicate.
TEST_F(ImportRejects, PriceBreaksAreKeyedByTheirMinimumQuantity) {
  ImportOutcome tiers = Import(*db_, "price-breaks",
                               "item,supplier,min_quantity,unit_price\nA1,ACME,60,2.00\n"
                               "A1,ACME,120,1.90\nA1,ACME,,1.80\n");
  ASSERT_EQ(tiers.problems.size(), 1u);
  EXPECT_EQ(tiers.problems[0].column, "min_quantity");
  ExpectRejected("price-breaks", "supply_price_breaks",
                 "item,supplier,min_quantity,unit_price\nA1,ACME,60,2.00\nA1,ACME,60,1.90\n", 3, "",
                 "duplicate key: the same price-breaks row as line 2");
  ImportOutcome ok = Import(*db_, "price-breaks",
                            "item,supplier,min_quantity,unit_price\nA1,ACME,60,2.00\n"
                            "A1,ACME,120,1.90\n");
  EXPECT_TRUE(ok.problems.empty()) << FormatProblems(ok, "f.csv");
  EXPECT_EQ(CountRows(*db_, "supply_price_breaks"), 2);
}

TEST_F(ImportRejects, APurchaseUnitOfNoStockUnits) {
  ExpectRejected("supply-terms", "supply_terms",
                 "item,supplier,lead_time_days,purchase_unit,purchase_unit_quantity\n"
                 "A1,ACME,7,box,0\n",
                 2, "purchase_unit_quantity", "'0' must be greater than zero");
}

TEST_F(ImportRejects, ImpossibleDate) {
  ExpectRejected("purchase-orders", "purchase_orders",
                 "po_number,line,supplier,item,location,quantity,due_date\n"
                 "P1,1,ACME,A1,LON,5,2023-02-29\n",
                 2, "due_date", "'2023-02-29' is not a date of the form YYYY-MM-DD");
}

TEST_F(ImportRejects, WrongEncoding) {
  ExpectRejected("items", "items", "code,name\nC3,Caf\xE9\n", 0, "",
                 "line 2: bytes that are not valid UTF-8 at byte offset 16 (save the file as "
                 "UTF-8)");
}

TEST_F(ImportRejects, Utf16File) {
  ExpectRejected("items", "items",
                 std::string_view("\xFF\xFE"
                                  "c\0o\0",
                                  6),
                 0, "", "the file is UTF-16; save it as UTF-8");
}

TEST_F(ImportRejects, EmptyFile) {
  ExpectRejected("items", "items", "", 1, "", "the file is empty; expected a header line");
}

TEST_F(ImportRejects, WrongNumberOfFields) {
  ExpectRejected("items", "items", "code,name\nC3,a,extra\n", 2, "",
                 "the line has 3 fields but the header has 2");
}

TEST_F(ImportRejects, UnclosedQuote) {
  ExpectRejected("items", "items", "code,name\nC3,\"never closed\n", 0, "",
                 "line 2: a quoted field is not closed before the end of the file");
}

TEST_F(ImportRejects, ValueNotAmongTheChoices) {
  ExpectRejected("items", "items", "code,type\nC3,gadget\n", 2, "type",
                 "'gadget' is not one of raw, wip, finished, mro");
}

TEST_F(ImportRejects, MissingRequiredValue) {
  ExpectRejected("items", "items", "code,name\n,nameless\n", 2, "code", "a value is required");
}

TEST_F(ImportRejects, CodeWithSurroundingSpaces) {
  ExpectRejected("items", "items", "code\n\" C3\"\n", 2, "code",
                 "' C3' is not a code (spaces at an end): " + std::string(kCodeRule));
}

TEST_F(ImportRejects, UnknownWeekday) {
  ExpectRejected("supply-terms", "supply_terms",
                 "item,supplier,lead_time_days,order_days\nA1,ACME,5,Mon Funday\n", 2, "order_days",
                 "'Funday' is not a weekday (use Mon Tue Wed Thu Fri Sat Sun)");
}

TEST_F(ImportRejects, NotABoolean) {
  ExpectRejected("supply-terms", "supply_terms",
                 "item,supplier,lead_time_days,primary\nA1,ACME,5,maybe\n", 2, "primary",
                 "'maybe' is not true or false");
}

TEST_F(ImportRejects, NumberAboveItsMaximum) {
  ExpectRejected("supply-terms", "supply_terms", "item,supplier,lead_time_days\nA1,ACME,4000\n", 2,
                 "lead_time_days", "'4000' is larger than the maximum 3650");
}

TEST_F(ImportRejects, NotANumberAtAll) {
  ExpectRejected("supply-terms", "supply_terms", "item,supplier,lead_time_days\nA1,ACME,NaN\n", 2,
                 "lead_time_days", "'NaN' is not a number");
}

TEST_F(ImportRejects, WholeNumberOutOfRange) {
  ExpectRejected("purchase-orders", "purchase_orders",
                 "po_number,line,supplier,item,location,quantity,due_date\n"
                 "P1,99999999999999999999,ACME,A1,LON,5,2024-01-01\n",
                 2, "line", "'99999999999999999999' is too large");
}

TEST_F(ImportRejects, BillOfMaterialCycle) {
  Load(*db_, "items", "code\nC3\n");
  Load(*db_, "boms", "parent,component,quantity_per\nA1,B2,2\nB2,C3,1\n");
  ExpectRejected("boms", "boms", "parent,component,quantity_per\nC3,A1,1\n", 0, "",
                 "the bills of material would form a cycle: 'A1' → 'B2' → 'C3' → 'A1' (an item "
                 "would contain itself)");
}

TEST_F(ImportRejects, ItemThatContainsItself) {
  ExpectRejected("boms", "boms", "parent,component,quantity_per\nA1,A1,1\n", 0, "",
                 "the bills of material would form a cycle: 'A1' → 'A1' (an item would contain "
                 "itself)");
}

TEST_F(ImportRejects, BadMrpInput) {
  Load(*db_, "work-centres", "code\nWELD\n");
  ExpectRejected("boms", "boms", "parent,component,quantity_per\nA1,ZZ,1\n", 2, "component",
                 "unknown item 'ZZ'");
  ExpectRejected("boms", "boms", "parent,component,quantity_per\nA1,B2,-1\n", 2, "quantity_per",
                 "'-1' must be greater than zero");
  ExpectRejected("routings", "routings",
                 "item,operation,work_centre,run_hours_per_unit\n"
                 "A1,10,PAINT,0.5\n",
                 2, "work_centre", "unknown work centre 'PAINT'");
  ExpectRejected("items", "items", "code,make_or_buy,lot_sizing\nA1,make,biggest\n", 2,
                 "lot_sizing",
                 "'biggest' is not one of lot-for-lot, fixed, poq, eoq, wagner-whitin, "
                 "silver-meal, min-max, kanban");
  ExpectRejected("items", "items", "code,yield_pct\nA1,0\n", 2, "yield_pct",
                 "'0' must be greater than zero");
}

TEST_F(ImportRejects, GoodRowsAreNotWrittenWhenAnotherRowIsBad) {
  ExpectRejected("items", "items", "code,unit_cost\nC3,1\nD4,2\nE5,x\nF6,3\n", 4, "unit_cost",
                 "'x' is not a valid amount of money: unexpected character 'x'");
}

TEST_F(ImportRejects, CollectsAllProblemsUpToALimit) {
  std::string text = "code,unit_cost\n";
  for (int i = 0; i < 60; ++i) text += "Z" + std::to_string(i) + ",bad\n";
  text += "OK,1\n";
  ImportOutcome outcome = Import(*db_, "items", text);
  EXPECT_EQ(outcome.problems.size(), 50u);
  EXPECT_EQ(outcome.problems_not_shown, 10);
  EXPECT_EQ(outcome.problems[49].line, 51);
  EXPECT_EQ(CountRows(*db_, "items"), 2);
  std::string report = FormatProblems(outcome, "items.csv");
  EXPECT_NE(report.find("items.csv, line 2, column 'unit_cost': 'bad' is not a valid amount"),
            std::string::npos);
  EXPECT_NE(report.find("… and 10 more problems"), std::string::npos);
}

TEST_F(ImportRejects, SeveralDifferentProblemsInOneFile) {
  ImportOutcome outcome =
      Import(*db_, "stock", "item,location,quantity\nA1,LON,-1\nXX,LON,1\nA1,YY,abc\n");
  ASSERT_EQ(outcome.problems.size(), 4u);
  EXPECT_EQ(outcome.problems[0].column, "quantity");
  EXPECT_EQ(outcome.problems[1].column, "item");
  EXPECT_EQ(outcome.problems[2].column, "location");
  EXPECT_EQ(outcome.problems[3].column, "quantity");
  EXPECT_EQ(CountRows(*db_, "stock"), 0);
}

}  // namespace
}  // namespace lagom::store
