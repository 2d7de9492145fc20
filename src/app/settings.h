// The company's settings, declared once: name, kind, default, allowed values and help. The
// table drives `lagom settings`, GET/PUT /api/v1/settings, the README's settings list and
// every reader: a setting not stored has its default here (the store keeps only what was
// set). Values are checked on every write and again on every read, so a value written
// behind Lagom's back (SQL) is reported, naming the setting, instead of being used.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/period.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::app {

enum class SettingKind {
  kNumber,   // a finite decimal within [low, high]
  kInteger,  // a whole number within [low, high]
  kChoice,   // one of `choices`
  kText,     // checked by `check`
};

struct SettingSpec {
  std::string_view name;
  SettingKind kind;
  std::string_view default_value;
  std::string_view help;
  double low = 0, high = 0;                           // kNumber, kInteger
  std::vector<std::string> (*choices)() = nullptr;    // kChoice: the allowed words
  Status (*check)(std::string_view value) = nullptr;  // kText: InvalidInput says why not
};

std::span<const SettingSpec> AllSettings();
const SettingSpec* FindSetting(std::string_view name);

// "0–1", "one of fifo, lifo, …" or the text check's description: what a value may be.
std::string AllowedValues(const SettingSpec& spec);
// InvalidInput naming the setting and what it may be, unless `value` is allowed.
Status CheckSetting(const SettingSpec& spec, std::string_view value);

// Every setting's value in force: the stored one, else the default.
class Settings {
 public:
  explicit Settings(std::map<std::string, std::string, std::less<>> values)
      : values_(std::move(values)) {}
  // REQUIRES: `name` is in AllSettings() (a programmer error otherwise: throws).
  const std::string& Text(std::string_view name) const;
  double Number(std::string_view name) const;
  int Integer(std::string_view name) const;
  PeriodKind Period() const;  // the planning period demand is bucketed into

 private:
  std::map<std::string, std::string, std::less<>> values_;
};

// The settings in force; InvalidInput naming the setting when a stored value is not allowed.
Result<Settings> LoadSettings(sqlite::Database& db);

// Changes settings, all or nothing: each name must be a setting and each value allowed
// (InvalidInput naming the first that is not). The planning period cannot change once demand
// is stored in its buckets (Conflict).
Status ChangeSettings(sqlite::Database& db, const std::map<std::string, std::string>& changes);

// The README's list of settings, as a Markdown table (name, default, allowed, meaning).
std::string SettingsMarkdown();

}  // namespace lagom::app
