// The settings table: every setting can be set and read back, bad values are refused naming
// the setting, defaults hold until set, and the README names only settings that exist and
// lists every one of them (its table is generated from here).
#include "app/settings.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "store/schema_integration.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

std::string Readme() {
  std::ifstream in(std::string(std::getenv("LAGOM_SOURCE_DIR")) + "/README.md");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(Settings, DefaultsHoldUntilSetAndEverySettingCanBeChanged) {
  auto db = store::testing::FreshStore();
  auto defaults = LoadSettings(*db);
  ASSERT_TRUE(defaults.ok()) << defaults.error().message;
  EXPECT_EQ(defaults->Text("forecast.method"), "auto");
  EXPECT_EQ(defaults->Period(), PeriodKind::kWeek);
  // The settings the review found refused, each set to a value other than its default.
  std::map<std::string, std::string> changes = {{"forecast.method", "tsb"},
                                                {"forecast.season_length", "12"},
                                                {"valuation", "wac"},
                                                {"count.discrepancy_days", "45"},
                                                {"currency", "SEK"}};
  ASSERT_TRUE(ChangeSettings(*db, changes).ok());
  auto changed = LoadSettings(*db);
  ASSERT_TRUE(changed.ok());
  for (const auto& [name, value] : changes) EXPECT_EQ(changed->Text(name), value) << name;
  // And every setting of the table accepts its own default.
  for (const SettingSpec& spec : AllSettings()) {
    EXPECT_TRUE(
        ChangeSettings(*db, {{std::string(spec.name), std::string(spec.default_value)}}).ok())
        << spec.name;
  }
}

TEST(Settings, BadValuesAreRefusedNamingTheSettingAndNothingIsWritten) {
  auto db = store::testing::FreshStore();
  struct Case {
    std::string name, value, expected;
  };
  for (const Case& c : std::vector<Case>{
           {"forecast.method", "crystal-ball", "setting forecast.method = 'crystal-ball'"},
           {"plan.horizon_periods", "26.5", "a whole number from 1 to 520"},
           {"policy.holding_rate", "-1", "a number from 0 to 10"},
           {"currency", "euro", "ISO 4217"},
           {"no.such", "1", "'no.such' is not a setting"}}) {
    // A good change beside a bad one is not written either: all or nothing.
    auto refused = ChangeSettings(*db, {{"valuation", "lifo"}, {c.name, c.value}});
    ASSERT_FALSE(refused.ok()) << c.name;
    EXPECT_NE(refused.error().message.find(c.expected), std::string::npos)
        << refused.error().message;
  }
  EXPECT_EQ(LoadSettings(*db)->Text("valuation"), "fifo");
}

TEST(Settings, ThePeriodIsFixedOnceDemandIsStored) {
  auto db = store::testing::FreshStore();
  ASSERT_TRUE(ChangeSettings(*db, {{"period", "month"}}).ok());  // nothing stored yet
  store::testing::LoadMasterData(*db);
  store::testing::Load(*db, "demand", "item,location,date,quantity\nA1,LON,2024-01-03,4\n");
  auto refused = ChangeSettings(*db, {{"period", "week"}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_TRUE(ChangeSettings(*db, {{"period", "month"}}).ok());  // no change is no conflict
}

// Every name the README writes as a setting (`policy.…`, `plan.…`, `forecast.…`,
// `classify.…`, `count.…`, `alert.…`) is one, and the README's settings table is the one
// this table generates.
bool IsWebhookEvent(const std::string& name) {
  for (const store::WebhookEventSpec& event : store::WebhookEvents()) {
    if (event.name == name) return true;
  }
  return false;
}

TEST(Settings, TheReadmeNamesOnlySettingsThatExistAndListsThemAll) {
  std::string readme = Readme();
  std::regex named("`((policy|plan|forecast|classify|count|alert)\\.[A-Za-z_.]+)`");
  int checked = 0;
  for (auto it = std::sregex_iterator(readme.begin(), readme.end(), named);
       it != std::sregex_iterator(); ++it) {
    std::string name = (*it)[1].str();
    if (name.ends_with(".*")) continue;  // a family, e.g. `classify.*`
    if (IsWebhookEvent(name)) continue;  // `alert.raised`, `plan.finished`: events
    EXPECT_NE(FindSetting(name), nullptr) << "the README names `" << name << "`";
    ++checked;
  }
  EXPECT_GT(checked, 10);
  EXPECT_NE(readme.find(SettingsMarkdown()), std::string::npos)
      << "the README's settings table differs from `lagom settings --doc`:\n"
      << SettingsMarkdown();
}

}  // namespace
}  // namespace lagom::app
