#include "engine/analysis/classification.h"

#include <gtest/gtest.h>

#include <vector>

namespace lagom::analysis {
namespace {

std::vector<std::string> Labels(const std::vector<ClassResult>& results) {
  std::vector<std::string> labels;
  for (const auto& r : results) labels.push_back(r.abc);
  return labels;
}

TEST(ClassifyGroup, NewAndDeadEntriesAreSetApartBeforeRanking) {
  // Ranked: 50, 30, 20 (total 100; before: 0, 50, 80): A A B. The new entry's 1000 does not
  // push them down; the dead one is D, and an entry both new and dead is N.
  std::vector<ClassInput> entries = {
      {.values = {50}}, {.values = {1000}, .is_new = true},
      {.values = {30}}, {.values = {0}, .is_dead = true},
      {.values = {20}}, {.values = {0}, .is_new = true, .is_dead = true}};
  EXPECT_EQ(Labels(ClassifyGroup(entries, {})),
            (std::vector<std::string>{"A", "N", "A", "D", "B", "N"}));
}

TEST(ClassifyGroup, TwoDimensionsGiveTwoLetters) {
  // Revenue 70, 20, 10 (before: 0, 70, 90) → A A B.
  // Lines 1, 1, 8 (total 10; 8 first, before 0: A; the 1s tie with 80 % before: B B).
  std::vector<ClassInput> entries = {{.values = {70, 1}}, {.values = {20, 1}}, {.values = {10, 8}}};
  EXPECT_EQ(Labels(ClassifyGroup(entries, {})), (std::vector<std::string>{"AB", "AB", "BA"}));
}

TEST(ClassifyGroup, VariabilityComesWithTheClass) {
  std::vector<ClassInput> entries = {{.values = {10}, .periods = {10, 10, 10}},
                                     {.values = {5}, .periods = {0, 0, 0, 40}}};
  auto results = ClassifyGroup(entries, {});
  EXPECT_EQ(results[0].variability.xyz, Xyz::kX);
  EXPECT_EQ(results[1].variability.xyz, Xyz::kZ);
}

TEST(ClassMatrix, CountsValuesAndShares) {
  // A X: 60 + 20 (two entries); B Z: 15; C Z: 5; D Z: 0. Total value 100, five entries.
  std::vector<ClassInput> entries = {{.values = {60}, .periods = {6, 6}},
                                     {.values = {20}, .periods = {2, 2}},
                                     {.values = {15}, .periods = {0, 30}},
                                     {.values = {5}, .periods = {10, 0}},
                                     {.values = {0}, .periods = {0, 0}, .is_dead = true}};
  auto results = ClassifyGroup(entries, {});
  auto cells = ClassMatrix(entries, results);
  ASSERT_EQ(cells.size(), 4u);
  EXPECT_EQ(cells[0].abc, "A");
  EXPECT_EQ(cells[0].xyz, 'X');
  EXPECT_EQ(cells[0].count, 2);
  EXPECT_EQ(cells[0].value, 80);
  EXPECT_DOUBLE_EQ(cells[0].count_share, 0.4);
  EXPECT_DOUBLE_EQ(cells[0].value_share, 0.8);
  EXPECT_EQ(cells[1].abc, "B");
  EXPECT_EQ(cells[1].xyz, 'Z');
  EXPECT_DOUBLE_EQ(cells[1].value_share, 0.15);
  EXPECT_EQ(cells[2].abc, "C");
  EXPECT_EQ(cells[3].abc, "D");
  EXPECT_EQ(cells[3].value, 0);
  EXPECT_DOUBLE_EQ(cells[3].count_share, 0.2);
}

TEST(ClassMatrix, ZeroTotalHasZeroValueShares) {
  std::vector<ClassInput> entries = {{.values = {0}}, {.values = {0}}};
  auto cells = ClassMatrix(entries, ClassifyGroup(entries, {}));
  ASSERT_EQ(cells.size(), 1u);
  EXPECT_EQ(cells[0].abc, "C");
  EXPECT_EQ(cells[0].count, 2);
  EXPECT_DOUBLE_EQ(cells[0].value_share, 0);
}

}  // namespace
}  // namespace lagom::analysis
