// EPC decoding. Examples: the GS1 EPC Tag Data Standard's SGTIN of company prefix 0614141,
// indicator 8, item reference 12345 (GTIN 80614141123458) — serial 6789 as SGTIN-96
// 3074257BF7194E4000001A85, and serial "32a/b" as SGTIN-198 (its tag URI escapes '/' as
// %2F); the SGTIN-198 hex below was encoded by hand from the standard's bit layout (header
// 00110110, filter 3, partition 5, 24 + 20 bits, 7-bit characters, zero padding to 208 bits).
#include "gs1/epc.h"

#include <gtest/gtest.h>

#include "gs1/read_code.h"

namespace lagom::gs1 {
namespace {

constexpr Date kToday = MakeDate(2026, 12, 5);

ElementString Read(std::string_view text) {
  auto read = ReadCode(text, kToday);
  EXPECT_TRUE(read.ok()) << text << ": " << (read ? "" : read.error().message);
  if (read) {
    EXPECT_EQ(read->form, CodeForm::kEpc) << text;
  }
  return read ? read->content : ElementString{};
}

std::string Rejection(std::string_view text) {
  auto read = ReadCode(text, kToday);
  return read ? "accepted" : read.error().message;
}

TEST(Epc, Sgtin96HexAsReadersReportIt) {
  for (std::string_view hex :
       {"3074257BF7194E4000001A85", "3074257bf7194e4000001a85", "0x3074257BF7194E4000001A85"}) {
    ElementString e = Read(hex);
    EXPECT_EQ(e.gtin, "80614141123458") << hex;
    EXPECT_EQ(e.serial, "6789") << hex;
  }
}

TEST(Epc, Sgtin96WithTheSixDigitPrefixPartition) {
  // Partition 6: a 6-digit company prefix 000001 and 7-digit indicator + item reference.
  ElementString e = Read("301800004000004000000001");
  EXPECT_EQ(e.gtin, "00000010000014");
  EXPECT_EQ(e.serial, "1");
}

TEST(Epc, Sgtin198HexWithAnAlphanumericSerial) {
  ElementString e = Read("3674257BF7194E59B2C2BF100000000000000000000000000000");
  EXPECT_EQ(e.gtin, "80614141123458");
  EXPECT_EQ(e.serial, "32a/b");
  EXPECT_EQ(Read("3674257BF7194E59B2C2BF1000000000000000000000000000").serial, "32a/b");
}

TEST(Epc, PureIdentityAndTagUris) {
  EXPECT_EQ(Read("urn:epc:id:sgtin:0614141.812345.6789").gtin, "80614141123458");
  EXPECT_EQ(Read("urn:epc:id:sgtin:0614141.812345.6789").serial, "6789");
  EXPECT_EQ(Read("urn:epc:tag:sgtin-96:3.0614141.812345.6789").serial, "6789");
  EXPECT_EQ(Read("urn:epc:tag:sgtin-198:3.0614141.812345.32a%2Fb").serial, "32a/b");
}

TEST(Epc, RejectionsNameThePartAtFault) {
  // Partition 7 does not exist.
  EXPECT_NE(Rejection("307C257BF7194E4000001A85").find("partition value 7"), std::string::npos);
  // Partition 5 allows a 7-digit prefix; 0xFFFFFF is 16777215, eight digits.
  EXPECT_NE(Rejection("3077FFFFF7194E4000001A85").find("more digits than partition 5"),
            std::string::npos);
  EXPECT_NE(Rejection("urn:epc:id:sgtin:0614141.81234.6789").find("13 digits together"),
            std::string::npos);
  EXPECT_NE(Rejection("urn:epc:id:sgtin:0614141.812345").find("CompanyPrefix.ItemReference"),
            std::string::npos);
  EXPECT_NE(Rejection("urn:epc:id:sgtin:0614141.812345.a%2"), "accepted");
  EXPECT_NE(Rejection("urn:epc:id:sscc:0614141.1234567890").find("not an SGTIN"),
            std::string::npos);
  // A serial longer than AI (21) allows, and a tab in it, fail the element checks.
  EXPECT_NE(Rejection("urn:epc:id:sgtin:0614141.812345.123456789012345678901").find("(21)"),
            std::string::npos);
  EXPECT_NE(Rejection("urn:epc:id:sgtin:0614141.812345.a%09b").find("(21)"), std::string::npos);
  // Non-zero bits after an SGTIN-198 serial's terminator.
  EXPECT_NE(Rejection("3674257BF7194E59B2C2BF100000000000000000000000000001").find("not zero"),
            std::string::npos);
}

TEST(Epc, OtherHexIsNotMistakenForATag) {
  EXPECT_FALSE(LooksLikeEpc("3174257BF7194E4000001A85"));  // SSCC-96 header: not an SGTIN
  EXPECT_FALSE(LooksLikeEpc("3074257BF7194E4000001A8"));   // 23 digits
  EXPECT_FALSE(LooksLikeEpc("0109501101530003"));          // an element string
  // One hex digit, or none: its header was read past the end (found by make fuzz-smoke).
  EXPECT_FALSE(LooksLikeEpc(std::string_view("1")));
  EXPECT_FALSE(LooksLikeEpc(std::string_view("0x")));
  EXPECT_FALSE(DecodeEpc("1").ok());
  EXPECT_TRUE(LooksLikeEpc("urn:epc:id:sgtin:0614141.812345.6789"));
}

}  // namespace
}  // namespace lagom::gs1
