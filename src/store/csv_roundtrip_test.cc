// The good paths of import and export: inserts, updates by key, demand bucketing, and an
// export that imports back into an empty store unchanged.
#include <gtest/gtest.h>

#include <sstream>

#include "store/csv_export.h"
#include "store/csv_import.h"
#include "store/settings.h"
#include "store/test_store.h"

namespace lagom::store {
namespace {

using testing::CountRows;
using testing::FreshStore;
using testing::Import;
using testing::Load;
using testing::LoadMasterData;

std::string Export(sqlite::Database& db, std::string_view entity) {
  std::ostringstream out;
  auto rows = ExportCsv(db, *FindEntity(entity), out);
  EXPECT_TRUE(rows.ok());
  return out.str();
}

TEST(Import, UpdatesByKeyOnlyTheColumnsTheFileHas) {
  auto db = FreshStore();
  LoadMasterData(*db);
  ImportOutcome outcome = Import(*db, "items", "code,name\nA1,Widget XL\nC3,New thing\n");
  EXPECT_EQ(outcome.inserted, 1);
  EXPECT_EQ(outcome.updated, 1);
  EXPECT_EQ(
      Export(*db, "items"),
      "code,name,type,uom,unit_cost,price,volume_m3,weight_kg,shelf_life_days,group,status,gtin,"
      "valuation,make_or_buy,production_lead_time_days,lot_sizing,lot_size,phantom,"
      "planning_time_fence_days,yield_pct\n"
      "A1,Widget XL,finished,pcs,2.5,4.99,,,,,active,,,buy,0,lot-for-lot,0,false,0,100\n"
      "B2,Gadget,finished,pcs,10,19.5,,,,,active,,,buy,0,lot-for-lot,0,false,0,100\n"
      "C3,New thing,finished,pcs,0,,,,,,active,,,buy,0,lot-for-lot,0,false,0,100\n");
}

TEST(Import, DemandEventsAreSummedIntoWeeksAcrossTheYearEnd) {
  auto db = FreshStore();
  LoadMasterData(*db);
  // Thu 2020-12-31 and Sun 2021-01-03 are in ISO week 2020-W53 (Monday 2020-12-28);
  // Mon 2021-01-04 starts 2021-W01.
  Load(*db, "demand",
       "item,location,date,quantity\nA1,LON,2020-12-31,2\nA1,LON,2021-01-03,3.5\n"
       "A1,LON,2021-01-04,1\nA1,MAN,2021-01-04,-1\n");
  EXPECT_EQ(Export(*db, "demand"),
            "item,location,date,quantity,lines\n"
            "A1,LON,2020-12-28,5.5,2\nA1,LON,2021-01-04,1,1\nA1,MAN,2021-01-04,-1,1\n");
  // A second import of the same bucket replaces it rather than adding to it.
  Load(*db, "demand", "item,location,date,quantity\nA1,LON,2020-12-29,7\n");
  EXPECT_EQ(CountRows(*db, "demand"), 3);
  EXPECT_NE(Export(*db, "demand").find("A1,LON,2020-12-28,7,1\n"), std::string::npos);
}

TEST(Import, MonthlyStoresBucketDemandByMonth) {
  auto db = FreshStore();
  ASSERT_TRUE(WriteSettings(*db, {{"period", "month"}}).ok());
  LoadMasterData(*db);
  Load(*db, "demand", "item,location,date,quantity\nB2,LON,2024-02-29,4\nB2,LON,2024-02-01,1\n");
  EXPECT_EQ(Export(*db, "demand"), "item,location,date,quantity,lines\nB2,LON,2024-02-01,5,2\n");
}

TEST(Import, SupplyTermsForAllLocationsAndForOneAreDistinct) {
  auto db = FreshStore();
  LoadMasterData(*db);
  Load(*db, "supply-terms",
       "item,supplier,location,lead_time_days,order_days\nA1,ACME,,7,mon thu\nA1,ACME,MAN,3,\n");
  ImportOutcome again = Import(*db, "supply-terms", "item,supplier,lead_time_days\nA1,ACME,8\n");
  EXPECT_EQ(again.updated, 1);
  EXPECT_EQ(Export(*db, "supply-terms"),
            "item,supplier,location,lead_time_days,lead_time_sd_days,moq,order_multiple,"
            "unit_price,order_days,max_order_quantity,units_per_pallet,purchase_unit,"
            "purchase_unit_quantity,primary\n"
            "A1,ACME,,8,0,0,1,0,Mon Thu,0,0,,1,false\n"
            "A1,ACME,MAN,3,0,0,1,0,,0,0,,1,false\n");
}

TEST(Import, ALocationMayReferToOneEarlierInTheSameFile) {
  auto db = FreshStore();
  Load(*db, "locations", "code,type,supplied_from\nDC,dc,\nS1,store,DC\n");
  EXPECT_EQ(Export(*db, "locations"),
            "code,name,type,supplied_from,transfer_lead_time_days\nDC,,dc,,0\nS1,,store,DC,0\n");
}

TEST(Export, QuotesWhatNeedsQuoting) {
  auto db = FreshStore();
  Load(*db, "items", "code,name\nQ1,\"Mug, \"\"large\"\"\"\nQ2,\" padded \"\n");
  EXPECT_EQ(
      Export(*db, "items"),
      "code,name,type,uom,unit_cost,price,volume_m3,weight_kg,shelf_life_days,group,status,gtin,"
      "valuation,make_or_buy,production_lead_time_days,lot_sizing,lot_size,phantom,"
      "planning_time_fence_days,yield_pct\n"
      "Q1,\"Mug, \"\"large\"\"\",finished,pcs,0,,,,,,active,,,buy,0,lot-for-lot,0,false,0,100\n"
      "Q2,\" padded \",finished,pcs,0,,,,,,active,,,buy,0,lot-for-lot,0,false,0,100\n");
}

TEST(Export, EveryEntityImportsBackUnchanged) {
  auto original = FreshStore();
  LoadMasterData(*original);
  Load(*original, "items",
       "code,type,uom,shelf_life_days,volume_m3,weight_kg,group,status,gtin,valuation\n"
       "R1,raw,kg,30,0.0125,1.5,metals,new,95012345678903,lifo-periodic\n");
  Load(*original, "supply-terms",
       "item,supplier,location,lead_time_days,lead_time_sd_days,moq,order_multiple,unit_price,"
       "order_days,primary,purchase_unit,purchase_unit_quantity\nA1,ACME,,7.5,1.25,24,6,2.4,Tue "
       "Fri,true,case,12\nR1,BOLT,LON,3,0,0.5,0.25,1.0001,,false,,1\n");
  Load(*original, "boms", "parent,component,quantity_per,scrap_pct\nB2,A1,2,1.5\nB2,R1,0.125,0\n");
  Load(*original, "stock",
       "item,location,lot,expiry,quantity\nA1,LON,L-7,2025-06-30,12\n"
       "A1,LON,,,3\nR1,MAN,,,0.5\n");
  Load(*original, "purchase-orders",
       "po_number,line,supplier,item,location,quantity,received,unit_price,order_date,due_date,"
       "status,purchase_unit,purchase_unit_quantity\n"
       "PO1,1,ACME,A1,LON,48,12,2.4,2024-03-01,2024-03-08,open,case,12\n"
       "PO1,2,ACME,B2,MAN,1,1,9.9,,2024-03-08,closed,,1\n");
  Load(*original, "demand", "item,location,date,quantity,lines\nA1,LON,2024-03-04,10,4\n");
  Load(*original, "movements",
       "key,type,date,item,location,lot,expiry,quantity,unit_cost,price,other_location,reference\n"
       "r1,receipt,2024-03-05,A1,LON,L-8,2025-07-31,10,2.4,,,PO1/1\n"
       "s1,sale,2024-03-06,A1,LON,L-8,,-4,,4.99,,web 17\n"
       "t1,transfer-out,2024-03-07,A1,LON,L-8,,-6,,,MAN,\n");
  auto copy = FreshStore();
  for (const EntitySpec& entity : AllEntities()) {
    std::string exported = Export(*original, entity.name);
    Load(*copy, entity.name, exported);
    EXPECT_EQ(Export(*copy, entity.name), exported) << entity.name;
  }
}

}  // namespace
}  // namespace lagom::store
