#include "csv/reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lagom::csv {
namespace {

using Records = std::vector<std::vector<std::string>>;

Result<Records> ReadAll(std::string_view text) {
  Reader reader(text);
  Records records;
  std::vector<std::string> fields;
  while (true) {
    auto more = reader.Next(fields);
    if (!more) return more.error();
    if (!*more) return records;
    records.push_back(fields);
  }
}

TEST(CsvReader, ReadsQuotedFieldsEscapesAndLineEndings) {
  auto records = ReadAll(
      "\xEF\xBB\xBF"
      "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\r\n\"two\nlines\",,z");
  ASSERT_TRUE(records.ok()) << records.error().message;
  EXPECT_EQ(*records,
            (Records{{"a", "b", "c"}, {"x, y", "say \"hi\"", ""}, {"two\nlines", "", "z"}}));
}

TEST(CsvReader, ReportsTheLineWhereARecordStarts) {
  Reader reader("h\n\"multi\nline\"\nnext\n");
  std::vector<std::string> fields;
  ASSERT_TRUE(*reader.Next(fields));
  ASSERT_TRUE(*reader.Next(fields));
  EXPECT_EQ(reader.line(), 2);
  ASSERT_TRUE(*reader.Next(fields));
  EXPECT_EQ(reader.line(), 4);
  EXPECT_EQ(fields, (std::vector<std::string>{"next"}));
  EXPECT_FALSE(*reader.Next(fields));
}

TEST(CsvReader, SkipsBlankLinesButCountsThem) {
  Reader reader("a\n\r\n\nb\n\n");
  std::vector<std::string> fields;
  ASSERT_TRUE(*reader.Next(fields));
  ASSERT_TRUE(*reader.Next(fields));
  EXPECT_EQ(fields, (std::vector<std::string>{"b"}));
  EXPECT_EQ(reader.line(), 4);
  EXPECT_FALSE(*reader.Next(fields));
}

TEST(CsvReader, RejectsMalformedQuoting) {
  EXPECT_EQ(ReadAll("a\n\"open").error().message,
            "line 2: a quoted field is not closed before the end of the file");
  EXPECT_EQ(ReadAll("a,b\nx\"y,z").error().message,
            "line 2: a quote inside an unquoted field (quote the whole field and double the "
            "quote)");
  EXPECT_EQ(ReadAll("a,b\n\"x\"y,z").error().message,
            "line 2: unexpected text after the closing quote of a field");
  EXPECT_EQ(ReadAll("a\rb\n").error().message, "line 1: a carriage return inside a field");
}

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_TRUE(ValidateUtf8("Kr\xC3\xA4mer, \xE2\x82\xAC 5, \xF0\x9F\x93\xA6").ok());
}

TEST(Utf8, RejectsMalformedSequencesWithTheirLine) {
  EXPECT_EQ(ValidateUtf8("ok\nCaf\xE9\n").error().message,
            "line 2: bytes that are not valid UTF-8 at byte offset 6 (save the file as UTF-8)");
  EXPECT_FALSE(ValidateUtf8("\xC0\xAF").ok());          // overlong '/'
  EXPECT_FALSE(ValidateUtf8("\xED\xA0\x80").ok());      // UTF-16 surrogate
  EXPECT_FALSE(ValidateUtf8("\xF4\x90\x80\x80").ok());  // beyond U+10FFFF
  EXPECT_FALSE(ValidateUtf8("\xE2\x82").ok());          // truncated
  EXPECT_EQ(ValidateUtf8(std::string_view("a\0b", 3)).error().message,
            "line 1: a NUL byte at byte offset 1 (save the file as UTF-8)");
}

}  // namespace
}  // namespace lagom::csv
