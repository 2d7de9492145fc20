#include "csv/series_attributes.h"

#include <gtest/gtest.h>

namespace lagom::csv {
namespace {

const std::vector<std::string> kColumns = {"lead_time_months", "unit_price_gbp"};

std::string Parse(std::string_view text) {
  auto r = ParseSeriesAttributes(text, "items.csv", kColumns);
  return r ? "ok" : r.error().message;
}

TEST(SeriesAttributesCsv, PicksNamedColumnsByIdInAnyOrder) {
  auto r = ParseSeriesAttributes(
      "unit_price_gbp,description,series_id,lead_time_months\n"
      "6.75,\"GOUGE, FIRMER\",RAF0001,11\n0.003,PIN,RAF0002,0\n",
      "items.csv", kColumns);
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ(r->at("RAF0001"), (std::vector<double>{11, 6.75}));
  EXPECT_EQ(r->at("RAF0002"), (std::vector<double>{0, 0.003}));
}

TEST(SeriesAttributesCsv, ErrorsNameFileLineAndColumn) {
  EXPECT_EQ(Parse(""), "items.csv:1: empty file: expected a header with series_id");
  EXPECT_EQ(Parse("id,lead_time_months,unit_price_gbp\n"),
            "items.csv:1: no column 'series_id' (the columns are id, lead_time_months, "
            "unit_price_gbp)");
  EXPECT_EQ(Parse("series_id,lead_time_months\n"),
            "items.csv:1: no column 'unit_price_gbp' (the columns are series_id, "
            "lead_time_months)");
  EXPECT_EQ(Parse("series_id,lead_time_months,unit_price_gbp\nA,2,x\n"),
            "items.csv:2: column 'unit_price_gbp': not a number >= 0: 'x'");
  EXPECT_EQ(Parse("series_id,lead_time_months,unit_price_gbp\nA,-1,2\n"),
            "items.csv:2: column 'lead_time_months': not a number >= 0: '-1'");
  EXPECT_EQ(Parse("series_id,lead_time_months,unit_price_gbp\nA,1\n"),
            "items.csv:2: too few fields (2)");
  EXPECT_EQ(Parse("series_id,lead_time_months,unit_price_gbp\nA,1,2\nA,1,2\n"),
            "items.csv:3: column 'series_id': series 'A' repeats");
}

}  // namespace
}  // namespace lagom::csv
