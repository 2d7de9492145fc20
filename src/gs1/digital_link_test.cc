// GS1 Digital Link URIs. Examples follow the GS1 Digital Link standard's own: the GTIN
// 09506000134352 with lot ABC123 and serial 12345 on the id.gs1.org resolver, a GTIN-13
// written without its leading zero, and a custom domain with a path prefix.
#include "gs1/digital_link.h"

#include <gtest/gtest.h>

#include "gs1/read_code.h"

namespace lagom::gs1 {
namespace {

constexpr Date kToday = MakeDate(2026, 12, 5);

ElementString Read(std::string_view text) {
  auto read = ReadCode(text, kToday);
  EXPECT_TRUE(read.ok()) << text << ": " << (read ? "" : read.error().message);
  if (read) {
    EXPECT_EQ(read->form, CodeForm::kDigitalLink) << text;
  }
  return read ? read->content : ElementString{};
}

std::string Rejection(std::string_view text) {
  auto read = ReadCode(text, kToday);
  return read ? "accepted" : read.error().message;
}

TEST(DigitalLink, GtinLotSerialAndExpiry) {
  ElementString e = Read("https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?17=271231");
  EXPECT_EQ(e.gtin, "09506000134352");
  EXPECT_EQ(e.lot, "ABC123");
  EXPECT_EQ(e.serial, "12345");
  EXPECT_EQ(e.expiry, MakeDate(2027, 12, 31));
}

TEST(DigitalLink, ShortGtinsPathPrefixesEscapesAndResolverParameters) {
  ElementString e = Read(
      "HTTPS://shop.example.com/qr/p/01/9506000134352/10/AB%2F1?linkType=all&3103=000189"
      "&30=12#top");
  EXPECT_EQ(e.gtin, "09506000134352");
  EXPECT_EQ(e.lot, "AB/1");
  EXPECT_EQ(e.net_weight_kg, Quantity::FromRaw(189));
  EXPECT_EQ(e.count, 12);
  EXPECT_EQ(Read("https://example.com/gtin/09506000134352/lot/L1?exp=270630").lot, "L1");
}

TEST(DigitalLink, RejectionsNameTheFault) {
  EXPECT_NE(Rejection("https://example.com/products/42").find("no primary key"), std::string::npos);
  EXPECT_NE(Rejection("https://id.gs1.org/01/09506000134352/10").find("pairs"), std::string::npos);
  // Check digit 3 is wrong for this GTIN: the element checks apply.
  EXPECT_NE(Rejection("https://id.gs1.org/01/09506000134353").find("check digit"),
            std::string::npos);
  EXPECT_NE(Rejection("https://id.gs1.org/01/09506000134352/10/A%G1").find("two hex digits"),
            std::string::npos);
  EXPECT_NE(Rejection("https://id.gs1.org/01/09506000134352?17=271331").find("month 13"),
            std::string::npos);
  EXPECT_NE(Rejection("https://id.gs1.org/01/09506000134352/99/x").find("(99)"), std::string::npos);
}

}  // namespace
}  // namespace lagom::gs1
