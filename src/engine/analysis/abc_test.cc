#include "engine/analysis/abc.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <vector>

namespace lagom::analysis {
namespace {

const AbcCutoffs k80_15_5;  // the default

std::vector<int> Rank(std::vector<std::int64_t> values, const AbcCutoffs& c = k80_15_5) {
  return RankAbc(values, c);
}

constexpr int A = 0, B = 1, C = 2;

TEST(RankAbc, HandComputedPareto) {
  // Total 100. Shares held by the entries ranked before each: 0, 50, 80, 90, 96.
  // A while that share < 80, B while < 95, C after: A A B B C.
  EXPECT_EQ(Rank({50, 30, 10, 6, 4}), (std::vector<int>{A, A, B, B, C}));
  // The same values in another order keep their classes.
  EXPECT_EQ(Rank({4, 10, 50, 6, 30}), (std::vector<int>{C, B, A, B, A}));
}

TEST(RankAbc, TiesShareTheClassOfTheirGroup) {
  // 70 (before: 0) A; the two 10s tie, 70 % before them: both A (one at a time, the second
  // would start at 80 % and be a B). The two 5s: 90 % before them: both B.
  EXPECT_EQ(Rank({70, 10, 10, 5, 5}), (std::vector<int>{A, A, A, B, B}));
  EXPECT_EQ(Rank({5, 10, 5, 70, 10}), (std::vector<int>{B, A, B, A, A}));
}

TEST(RankAbc, AllEqualIsAllA) {
  // One tie group with nothing before it.
  EXPECT_EQ(Rank({5, 5, 5, 5}), (std::vector<int>{A, A, A, A}));
}

TEST(RankAbc, ZeroAndNegativeValuesAreLastClass) {
  // 60 A, 40 (60 % before) A, the zeros have 100 % before them: C. A negative margin
  // counts as zero.
  EXPECT_EQ(Rank({60, 0, 40, -7}), (std::vector<int>{A, C, A, C}));
  // Nothing to share: everything is C.
  EXPECT_EQ(Rank({0, 0, -1}), (std::vector<int>{C, C, C}));
}

TEST(RankAbc, SingleItem) {
  EXPECT_EQ(Rank({7}), (std::vector<int>{A}));
  EXPECT_EQ(Rank({0}), (std::vector<int>{C}));
  EXPECT_TRUE(Rank({}).empty());
  // One entry holding 90 % is an A, though it crosses the 80 % line; the next starts at
  // 90 %: B.
  EXPECT_EQ(Rank({90, 10}), (std::vector<int>{A, B}));
}

TEST(RankAbc, CutoffEdges) {
  // Exactly 80 % before the second entry: it is not an A. Exactly 95 % before the third:
  // not a B.
  EXPECT_EQ(Rank({80, 15, 5}), (std::vector<int>{A, B, C}));
  // The 20 ends exactly on 80 % (60 % before it): A; the 15 starts on 80 %: B.
  EXPECT_EQ(Rank({60, 20, 15, 5}), (std::vector<int>{A, A, B, C}));
  // Two classes 80/20: 50 A, 30 (50 % before) A, 20 (80 % before) B.
  auto two = ParseCutoffs("80,20");
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(Rank({50, 30, 20}, *two), (std::vector<int>{A, A, B}));
}

TEST(RankAbc, HugeValuesDoNotOverflow) {
  std::int64_t big = std::numeric_limits<std::int64_t>::max() / 2;
  // About 50 % before the second, nearly 100 % before the 1.
  EXPECT_EQ(Rank({big, big - 1, 1}), (std::vector<int>{A, A, C}));
}

TEST(ParseCutoffs, AcceptsTwoOrThreeSharesOfOneHundred) {
  auto c = ParseCutoffs("80,15,5");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->basis_points, (std::vector<int>{8000, 1500, 500}));
  auto decimals = ParseCutoffs("70.5,20,9.5");
  ASSERT_TRUE(decimals.ok());
  EXPECT_EQ(decimals->basis_points, (std::vector<int>{7050, 2000, 950}));
  for (const char* bad : {"", "80", "70,20,5", "50,30,15,5", "80,-15,35", "80,0,20", "a,b",
                          "80,,20", "80.001,15,4.999"}) {
    EXPECT_FALSE(ParseCutoffs(bad).ok()) << bad;
  }
}

TEST(AbcLetter, Letters) {
  EXPECT_EQ(AbcLetter(0), 'A');
  EXPECT_EQ(AbcLetter(2), 'C');
}

}  // namespace
}  // namespace lagom::analysis
