#include "core/result.h"

#include <gtest/gtest.h>

namespace lagom {
namespace {

Result<int> Half(int n) {
  if (n % 2 != 0) return InvalidInput(std::to_string(n) + " is odd");
  return n / 2;
}

TEST(Result, CarriesAValueOrAnError) {
  EXPECT_EQ(*Half(8), 4);
  Result<int> odd = Half(7);
  ASSERT_FALSE(odd.ok());
  EXPECT_EQ(odd.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(odd.error().message, "7 is odd");
  EXPECT_STREQ(ErrorCodeName(odd.error().code), "invalid input");
}

TEST(Status, DefaultsToOk) {
  Status ok;
  EXPECT_TRUE(ok.ok());
  Status failed = NotFound("item 'X' not found");
  EXPECT_EQ(failed.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace lagom
