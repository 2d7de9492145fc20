#include "csv/series.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lagom::csv {
namespace {

std::string Parse(std::string_view text) {
  auto r = ParseSeriesCsv(text, "in.csv");
  return r ? "ok" : r.error().message;
}

TEST(SeriesCsv, ReadsGroupedSeriesWithMissingValues) {
  auto r = ParseSeriesCsv(
      "series_id,period,value\r\nA,2020-01,1\r\nA,2020-02,NA\r\nA,2020-03,\r\n\"B,1\",9,2.5\r\n"
      "\"B,1\",10,-3e2\n",
      "in.csv");
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].id, "A");
  EXPECT_EQ((*r)[0].values[0], 1.0);
  EXPECT_TRUE(std::isnan((*r)[0].values[1]));
  EXPECT_TRUE(std::isnan((*r)[0].values[2]));
  EXPECT_EQ((*r)[1].id, "B,1");
  EXPECT_EQ((*r)[1].periods[1], "10");  // 9 < 10 as integers
  EXPECT_EQ((*r)[1].values[1], -300.0);
}

TEST(SeriesCsv, ErrorsNameFileLineAndColumn) {
  EXPECT_EQ(Parse(""), "in.csv:1: empty file: expected the header series_id,period,value");
  EXPECT_EQ(Parse("id,period,value\n"), "in.csv:1: the header must be series_id,period,value");
  EXPECT_EQ(Parse("series_id,period,value\nA,1,x\n"),
            "in.csv:2: column 'value': not a number or NA: 'x'");
  EXPECT_EQ(Parse("series_id,period,value\nA,1,inf\n"),
            "in.csv:2: column 'value': not a number or NA: 'inf'");
  EXPECT_EQ(Parse("series_id,period,value\nA,1,2,3\n"), "in.csv:2: expected 3 fields, found 4");
  EXPECT_EQ(Parse("series_id,period,value\n,1,2\n"),
            "in.csv:2: column 'series_id': empty series id");
  EXPECT_EQ(Parse("series_id,period,value\nA,2,1\nA,1,1\n"),
            "in.csv:3: column 'period': period '1' does not come after '2' (rows must be in "
            "time order, no repeats)");
  EXPECT_EQ(Parse("series_id,period,value\nA,1,1\nB,1,1\nA,2,1\n"),
            "in.csv:4: column 'series_id': rows of series 'A' are not together (sort by series)");
  EXPECT_NE(Parse("series_id,period,value\nA,1,\"2\n"), "ok");  // unterminated quote
  EXPECT_NE(Parse(std::string("series_id,period,value\nA,1,\xff\n")), "ok");
}

TEST(SeriesCsv, MissingFileIsAnIoError) {
  auto r = ReadSeriesCsv("/nonexistent/train.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kIo);
}

}  // namespace
}  // namespace lagom::csv
