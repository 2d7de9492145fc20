#include "core/codes.h"

#include <gtest/gtest.h>

namespace lagom {
namespace {

TEST(Codes, AllowsWhatAPathCanCarryOncePercentEncoded) {
  for (std::string_view code : {"A1", "a b", "x+y&z:1", "caf\xc3\xa9", "P.1", "a..b", "-_~!*'()"}) {
    EXPECT_TRUE(CheckCode(code).ok()) << code;
  }
}

TEST(Codes, RefusesSlashesPathStepsAndControlCharactersSayingTheRule) {
  for (std::string_view code :
       {"a/b", "a\\b", "a?b", "a#b", "50%", ".", "..", "a\tb", "a\nb", " a", "a ", ""}) {
    Status checked = CheckCode(code);
    ASSERT_FALSE(checked.ok()) << code;
    EXPECT_NE(checked.error().message.find(kCodeRule), std::string::npos);
  }
  EXPECT_EQ(CheckCode("a/b").error().message,
            "'a/b' is not a code (a character of / \\ ? # %): " + std::string(kCodeRule));
  EXPECT_EQ(CheckCode("a\nb").error().message.substr(0, 37),
            "'a?b' is not a code (a control charac");
  EXPECT_FALSE(CheckCode(std::string(101, 'x')).ok());
}

}  // namespace
}  // namespace lagom
