#include "store/proposal_fields.h"

#include <gtest/gtest.h>

#include <set>

#include "store/test_store.h"

namespace lagom::store {
namespace {

// A proposal whose every field holds a value of its own, so a field that the SQL forgets or
// reads into the wrong member shows up as a difference.
ProposalRecord Distinct(std::int64_t item_id, std::int64_t location_id, std::int64_t supplier_id,
                        std::int64_t source_id) {
  ProposalRecord p;
  p.status = "proposed";
  p.kind = "transfer";
  p.item_id = item_id;
  p.location_id = location_id;
  p.supplier_id = supplier_id;
  p.source_location_id = source_id;
  p.container = "1/2";
  p.hold_reason = "held: below minimum";
  p.adjustments = "+6 brought forward";
  p.quantity_milli = 12'345;
  p.purchase_unit = "box";
  p.purchase_unit_milli = 6'000;
  p.unit_price_raw = 25'000;
  p.order_value_raw = 308'625;
  p.order_date = Date{std::chrono::year{2024} / 3 / 11};
  p.due_date = Date{std::chrono::year{2024} / 3 / 25};
  p.forecast_model = "TSB(0.1)";
  double next = 1.25;
  for (double* real : {&p.forecast_per_period, &p.forecast_sd, &p.lead_time_periods,
                       &p.review_periods, &p.service_target, &p.safety_stock, &p.reorder_point,
                       &p.order_up_to, &p.raw_need, &p.achieved_service}) {
    *real = next;
    next += 1.5;
  }
  p.on_hand_milli = 1'000;
  p.on_order_milli = 2'000;
  p.reserved_milli = 500;
  p.projected_milli = 2'500;
  p.policy = "fill-rate 0.95";
  p.reason = "because";
  return p;
}

TEST(ProposalFields, EveryFieldIsSavedAndReadBack) {
  auto db = testing::FreshStore();
  testing::LoadMasterData(*db);
  ProposalRecord saved = Distinct(1, 2, 1, 1);
  auto run = SavePlanRun(*db, PlanRunRecord{.as_of = saved.order_date}, {&saved, 1});
  ASSERT_TRUE(run.ok()) << run.error().message;
  auto read = LoadProposals(*db, *run);
  ASSERT_TRUE(read.ok()) << read.error().message;
  ASSERT_EQ(read->size(), 1u);
  saved.item_code = "A1";
  saved.location_code = "MAN";
  saved.supplier_code = "ACME";
  saved.source_location_code = "LON";
  for (const ProposalField& field : ProposalFields()) {
    EXPECT_EQ(ProposalFieldText(field, read->front()), ProposalFieldText(field, saved))
        << "field " << field.name << " (" << field.column << ")";
  }
}

TEST(ProposalFields, NamesAreUniqueAndShownFieldsComeFirst) {
  std::set<std::string_view> names;
  for (const ProposalField& field : ShownProposalFields()) {
    EXPECT_TRUE(names.insert(field.name).second) << field.name;
  }
  for (const ProposalField& field : ProposalFields().subspan(ShownProposalFields().size())) {
    EXPECT_TRUE(field.name.empty()) << field.name << " comes after a field that is not shown";
  }
}

TEST(ProposalFields, TextIsExactForCsvAndRoundedForTables) {
  ProposalRecord p = Distinct(1, 2, 1, 1);
  EXPECT_EQ(ProposalFieldText(*FindProposalField("quantity"), p), "12.345");
  EXPECT_EQ(ProposalFieldText(*FindProposalField("purchase_quantity"), p), "2.057");  // boxes of 6
  EXPECT_EQ(ProposalFieldText(*FindProposalField("order_value"), p), "30.8625");
  EXPECT_EQ(ProposalFieldText(*FindProposalField("order_value"), p, 2), "30.86");
  EXPECT_EQ(ProposalFieldText(*FindProposalField("forecast_sd"), p), "2.7500");
  EXPECT_EQ(ProposalFieldText(*FindProposalField("due_date"), p), "2024-03-25");
  EXPECT_EQ(FindProposalField("no_such_field"), nullptr);
}

}  // namespace
}  // namespace lagom::store
