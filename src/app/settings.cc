#include "app/settings.h"

#include <fmt/format.h>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

#include "app/classification.h"
#include "app/schedule.h"
#include "app/supplier_choice.h"
#include "core/policy_terms.h"
#include "engine/analysis/abc.h"
#include "engine/forecast/forecast.h"
#include "engine/ledger/valuation.h"
#include "engine/plan/order_calendar.h"
#include "store/settings.h"

namespace lagom::app {

namespace {

using K = SettingKind;

std::vector<std::string> Periods() {
  return {PeriodKindName(PeriodKind::kDay), PeriodKindName(PeriodKind::kWeek),
          PeriodKindName(PeriodKind::kMonth)};
}
std::vector<std::string> ServiceKinds() {
  return NameVector(kServiceKinds);
}
std::vector<std::string> OrderRules() {
  return NameVector(kOrderRules);
}
std::vector<std::string> SupplierChoices() {
  return NameVector(kSupplierChoices);
}
std::vector<std::string> Distributions() {
  return NameVector(kDistributionChoices);
}
std::vector<std::string> Scopes() {
  return ClassificationScopes();
}
Status CheckSchedule(std::string_view value) {
  auto parsed = ParseSchedule(value);
  return parsed ? Status{} : Status{parsed.error()};
}
Status AnyText(std::string_view) {
  return {};
}
std::vector<std::string> PushTargets() {
  return {"purchase-request", "draft-purchase"};
}

Status CheckCurrency(std::string_view value) {
  bool code = value.size() == 3;
  for (char c : value) code = code && std::isupper(static_cast<unsigned char>(c));
  return code ? Status{} : InvalidInput("an ISO 4217 code of three capital letters, e.g. EUR");
}
Status CheckDimensions(std::string_view value) {
  auto parsed = ParseDimensions(value);
  return parsed ? Status{} : Status{parsed.error()};
}
Status CheckCutoffs(std::string_view value) {
  auto parsed = analysis::ParseCutoffs(value);
  return parsed ? Status{} : Status{parsed.error()};
}
Status CheckWeekdays(std::string_view value) {
  auto parsed = plan::OrderCalendar::Parse(std::string(value));
  return parsed ? Status{} : Status{parsed.error()};
}

const SettingSpec kSettings[] = {
    {"period", K::kChoice, "week",
     "the planning period demand is kept in (fixed once demand is "
     "stored)",
     0, 0, Periods},
    {"currency", K::kText, "EUR", "the company currency (ISO 4217)", 0, 0, nullptr, CheckCurrency},
    {"valuation", K::kChoice, "fifo", "cost method of items without their own", 0, 0,
     ledger::CostMethodNames},
    {"forecast.method", K::kChoice, "auto", "forecasting method of the planning run", 0, 0,
     forecast::MethodNames},
    {"forecast.season_length", K::kInteger, "0",
     "periods per season (0: by period, 52 weekly, 12 monthly, 7 daily)", 0, 366},
    {"forecast.keep_versions_days", K::kInteger, "400",
     "days of past runs' forecasts kept to measure accuracy (0: keep all)", 0, 36500},
    {"policy.service_kind", K::kChoice, "fill-rate", "service measure of the company target", 0, 0,
     ServiceKinds},
    {"policy.service_target", K::kNumber, "0.95", "α or β (0.5–1), periods of cover, or units", 0,
     1e9},
    {"policy.order_rule", K::kChoice, "cover", "how much one order brings", 0, 0, OrderRules},
    {"policy.cover_periods", K::kNumber, "1", "periods of demand one order covers", 0, 1000},
    {"policy.review_periods", K::kNumber, "1", "periods between reviews", 0, 1000},
    {"policy.distribution", K::kChoice, "auto", "demand distribution of the policy", 0, 0,
     Distributions},
    {"policy.ordering_cost", K::kNumber, "25", "cost of placing an order (EOQ)", 0, 1e9},
    {"policy.holding_rate", K::kNumber, "0.25",
     "holding cost per year as a share of unit cost (EOQ)", 0, 10},
    {"plan.round_down_fraction", K::kNumber, "0",
     "round down when the excess is at most this share of a pack", 0, 0.999},
    {"plan.free_freight_top_up", K::kNumber, "0.8",
     "top up orders at least this share of free freight", 0, 1},
    {"plan.max_cover_days", K::kNumber, "180", "bringing forward stops at this cover", 0, 3650},
    {"plan.supplier_choice", K::kChoice, "primary",
     "which supplier orders go to when several supply an item: primary (a faster one when it "
     "cannot deliver before the stock runs out) or cheapest (of those in time)",
     0, 0, SupplierChoices},
    {"plan.horizon_periods", K::kInteger, "26", "periods of projected balance", 1, 520},
    {"plan.excess_cover_days", K::kNumber, "365", "cover beyond which stock is excess", 0, 36500},
    {"classify.dimensions", K::kText, "revenue",
     "one or two of revenue, cogs, quantity, hits, margin, stock-value, consumption", 0, 0, nullptr,
     CheckDimensions},
    {"classify.cutoffs", K::kText, "80,15,5",
     "shares of the cumulative total per class, e.g. 80,15,5", 0, 0, nullptr, CheckCutoffs},
    {"classify.scope", K::kChoice, "company", "classes ranked per location, group or company", 0, 0,
     Scopes},
    {"classify.window_months", K::kInteger, "12", "months of demand classified", 1, 120},
    {"classify.new_months", K::kInteger, "3",
     "first demand within these months: class N (0: "
     "none)",
     0, 120},
    {"classify.dead_months", K::kInteger, "12", "no sale for these months: class D", 1, 120},
    {"classify.xyz_x", K::kNumber, "0.5", "coefficient of variation up to which demand is X", 0,
     100},
    {"classify.xyz_y", K::kNumber, "1", "coefficient of variation up to which demand is Y", 0, 100},
    {"count.per_year.A", K::kInteger, "12", "counts a year of class A", 1, 366},
    {"count.per_year.B", K::kInteger, "4", "counts a year of class B", 1, 366},
    {"count.per_year.C", K::kInteger, "1", "counts a year of class C", 1, 366},
    {"count.per_year.N", K::kInteger, "4", "counts a year of new items (N)", 1, 366},
    {"count.per_year.D", K::kInteger, "1", "counts a year of dead items (D)", 1, 366},
    {"count.working_days", K::kText, "Mon Tue Wed Thu Fri", "weekdays with counting work", 0, 0,
     nullptr, CheckWeekdays},
    {"count.discrepancy_days", K::kInteger, "30",
     "a count that disagreed within these days triggers a count", 0, 3650},
    {"alert.expiry_days", K::kInteger, "30", "alert on lots expiring within these days", 0, 3650},
    {"alert.dead_stock_months", K::kInteger, "6",
     "alert on stock without use (sale, transfer, consumption) for these months", 1, 120},
    {"alert.overstock_cover_days", K::kNumber, "365",
     "alert on stock covering these days or "
     "more",
     0, 36500},
    {"alert.tracking_limit", K::kNumber, "4", "alert when |tracking signal| exceeds this", 0, 1000},
    {"alert.tracking_periods", K::kInteger, "6", "forecasts the tracking signal sums", 2, 520},
    {"mrp.horizon_periods", K::kInteger, "26", "periods MRP plans ahead", 1, 1000},
    {"mrp.demand_time_fence_days", K::kInteger, "0",
     "days from the as-of date in which a period's demand is max(forecast, orders)", 0, 3650},
    {"mrp.kanban_safety_factor", K::kNumber, "0.1", "safety factor α of N = ⌈D·L·(1+α)/C⌉", 0, 10},
    {"mrp.working_days", K::kText, "Mon Tue Wed Thu Fri",
     "weekdays production lead times count (less holidays)", 0, 0, nullptr, CheckWeekdays},
    {"auth.token_days", K::kInteger, "90",
     "days a token from lagom user token is valid (unless --hours or --no-expiry)", 1, 3650},
    {"sync.push_as", K::kChoice, "purchase-request",
     "what `lagom sync` makes of an approved purchase proposal in the ERP", 0, 0, PushTargets},
    {"sync.tryton.url", K::kText, "", "the Tryton the scheduled sync uses (http://host:port)", 0, 0,
     nullptr, AnyText},
    {"sync.tryton.database", K::kText, "", "its database", 0, 0, nullptr, AnyText},
    {"sync.tryton.user", K::kText, "", "its user (password: LAGOM_TRYTON_PASSWORD)", 0, 0, nullptr,
     AnyText},
    {"webhook.max_attempts", K::kInteger, "8",
     "attempts to deliver a webhook event before it is a dead letter", 1, 100},
    {"webhook.retry_seconds", K::kNumber, "30",
     "wait before a webhook's first retry (doubling, at most an hour)", 0.01, 3600},
    {"schedule.plan", K::kText, "", "when `lagom serve` runs the plan (e.g. daily 02:00, UTC)", 0,
     0, nullptr, CheckSchedule},
    {"schedule.classify", K::kText, "", "when it classifies (e.g. monthly 1 03:00)", 0, 0, nullptr,
     CheckSchedule},
    {"schedule.sync.tryton", K::kText, "", "when it syncs with Tryton (e.g. every 15m)", 0, 0,
     nullptr, CheckSchedule},
};

std::string Joined(const std::vector<std::string>& words) {
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) text += i + 1 == words.size() ? " or " : ", ";
    text += words[i];
  }
  return text;
}

std::optional<double> Number(std::string_view text) {
  std::string copy(text);
  char* end = nullptr;
  double value = std::strtod(copy.c_str(), &end);
  if (copy.empty() || *end != '\0' || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

std::span<const SettingSpec> AllSettings() {
  return kSettings;
}

const SettingSpec* FindSetting(std::string_view name) {
  for (const SettingSpec& spec : kSettings) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

std::string AllowedValues(const SettingSpec& spec) {
  switch (spec.kind) {
    case SettingKind::kNumber:
      return fmt::format("a number from {:g} to {:g}", spec.low, spec.high);
    case SettingKind::kInteger:
      return fmt::format("a whole number from {:g} to {:g}", spec.low, spec.high);
    case SettingKind::kChoice:
      return Joined(spec.choices());
    case SettingKind::kText:
      return std::string(spec.help);
  }
  return "";
}

Status CheckSetting(const SettingSpec& spec, std::string_view value) {
  auto refuse = [&](const std::string& why) {
    return InvalidInput(fmt::format("setting {} = '{}': {}", spec.name, value, why));
  };
  switch (spec.kind) {
    case SettingKind::kNumber:
    case SettingKind::kInteger: {
      auto number = Number(value);
      bool whole = number && std::floor(*number) == *number;
      if (!number || *number < spec.low || *number > spec.high ||
          (spec.kind == SettingKind::kInteger && !whole)) {
        return refuse("must be " + AllowedValues(spec));
      }
      return {};
    }
    case SettingKind::kChoice:
      for (const std::string& word : spec.choices()) {
        if (word == value) return {};
      }
      return refuse("must be " + AllowedValues(spec));
    case SettingKind::kText: {
      Status checked = spec.check(value);
      return checked ? checked : refuse(checked.error().message);
    }
  }
  return {};
}

const std::string& Settings::Text(std::string_view name) const {
  auto found = values_.find(name);
  if (found == values_.end()) throw std::logic_error("no setting named " + std::string(name));
  return found->second;
}

double Settings::Number(std::string_view name) const {
  return std::strtod(Text(name).c_str(), nullptr);
}

int Settings::Integer(std::string_view name) const {
  return static_cast<int>(Number(name));
}

PeriodKind Settings::Period() const {
  return *ParsePeriodKind(Text("period"));  // checked by LoadSettings
}

Result<Settings> LoadSettings(sqlite::Database& db) {
  auto stored = store::ReadStoredSettings(db);
  if (!stored) return stored.error();
  std::map<std::string, std::string, std::less<>> values;
  for (const SettingSpec& spec : kSettings) {
    auto found = stored->find(std::string(spec.name));
    std::string value = found == stored->end() ? std::string(spec.default_value) : found->second;
    if (Status valid = CheckSetting(spec, value); !valid) return valid.error();
    values.emplace(spec.name, std::move(value));
  }
  return Settings(std::move(values));
}

Status ChangeSettings(sqlite::Database& db, const std::map<std::string, std::string>& changes) {
  for (const auto& [name, value] : changes) {
    const SettingSpec* spec = FindSetting(name);
    if (!spec) {
      return InvalidInput("'" + name + "' is not a setting (`lagom settings` lists them)");
    }
    if (Status valid = CheckSetting(*spec, value); !valid) return valid;
  }
  auto period = changes.find("period");
  if (period != changes.end()) {
    auto current = LoadSettings(db);
    if (!current) return current.error();
    auto stored = store::DemandIsStored(db);
    if (!stored) return stored.error();
    if (*stored && period->second != current->Text("period")) {
      return Error{ErrorCode::kConflict,
                   "setting period: demand is stored in " + current->Text("period") +
                       " buckets; change the period on a new database and import demand again"};
    }
  }
  return store::WriteSettings(db, changes);
}

std::string SettingsMarkdown() {
  std::string text = "| setting | default | allowed | meaning |\n| --- | --- | --- | --- |\n";
  for (const SettingSpec& spec : kSettings) {
    std::string allowed =
        spec.kind == SettingKind::kText ? std::string("see meaning") : AllowedValues(spec);
    text +=
        fmt::format("| `{}` | {} | {} | {} |\n", spec.name, spec.default_value, allowed, spec.help);
  }
  return text;
}

}  // namespace lagom::app
