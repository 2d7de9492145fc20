// `lagom settings [list|set KEY VALUE]`: the company defaults (planning period, currency,
// policy.*, plan.*). Values are checked before they are stored.
#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

#include "app/classification.h"
#include "cli/commands.h"
#include "engine/plan/order_calendar.h"
#include "store/settings.h"

namespace lagom::cli {

namespace {

struct SettingRule {
  const char* key;
  const char* meaning;
  double low, high;  // for numbers; low > high means a word from `choices` or `check`
  const char* choices = "";
  Status (*check)(const std::string& value) = nullptr;
};

Status CheckDimensions(const std::string& value) {
  auto parsed = app::ParseDimensions(value);
  return parsed ? Status{} : Status{parsed.error()};
}
Status CheckCutoffs(const std::string& value) {
  auto parsed = analysis::ParseCutoffs(value);
  return parsed ? Status{} : Status{parsed.error()};
}
Status CheckWeekdays(const std::string& value) {
  auto parsed = plan::OrderCalendar::Parse(value);
  return parsed ? Status{} : Status{parsed.error()};
}

constexpr SettingRule kRules[] = {
    {"policy.service_kind", "cycle, fill-rate, days-of-cover or fixed", 1, 0,
     " cycle fill-rate days-of-cover fixed "},
    {"policy.service_target", "α or β (0.5–1), periods of cover, or units", 0, 1e9},
    {"policy.order_rule", "cover, up-to, eoq or fixed", 1, 0, " cover up-to eoq fixed "},
    {"policy.cover_periods", "periods of demand one order covers", 0, 1000},
    {"policy.review_periods", "periods between reviews", 0, 1000},
    {"policy.distribution", "auto, normal, poisson, negative-binomial or gamma", 1, 0,
     " auto normal poisson negative-binomial gamma "},
    {"policy.ordering_cost", "cost of placing an order (EOQ)", 0, 1e9},
    {"policy.holding_rate", "holding cost per year as a share of unit cost (EOQ)", 0, 10},
    {"plan.round_down_fraction", "round down when the excess is at most this share of a pack", 0,
     0.999},
    {"plan.free_freight_top_up", "top up orders at least this share of free freight", 0, 1},
    {"plan.max_cover_days", "bringing forward stops at this cover", 0, 3650},
    {"plan.horizon_periods", "periods of projected balance", 1, 520},
    {"plan.excess_cover_days", "cover beyond which stock is excess", 0, 36500},
    {"classify.dimensions", "one or two of revenue, cogs, quantity, hits, margin, stock-value", 1,
     0, "", CheckDimensions},
    {"classify.cutoffs", "shares of the cumulative total per class, e.g. 80,15,5", 1, 0, "",
     CheckCutoffs},
    {"classify.scope", "location, group or company", 1, 0, " location group company "},
    {"classify.window_months", "months of demand classified", 1, 120},
    {"classify.new_months", "first demand within these months: class N (0: none)", 0, 120},
    {"classify.dead_months", "no sale for these months: class D", 1, 120},
    {"classify.xyz_x", "coefficient of variation up to which demand is X", 0, 100},
    {"classify.xyz_y", "coefficient of variation up to which demand is Y", 0, 100},
    {"count.per_year.A", "counts a year of class A", 1, 366},
    {"count.per_year.B", "counts a year of class B", 1, 366},
    {"count.per_year.C", "counts a year of class C", 1, 366},
    {"count.per_year.N", "counts a year of new items (N)", 1, 366},
    {"count.per_year.D", "counts a year of dead items (D)", 1, 366},
    {"count.working_days", "weekdays with counting work, e.g. Mon Tue Wed Thu Fri", 1, 0, "",
     CheckWeekdays},
    {"alert.expiry_days", "alert on lots expiring within these days", 0, 3650},
    {"alert.dead_stock_months", "alert on stock without a sale for these months", 1, 120},
    {"alert.overstock_cover_days", "alert on stock covering these days or more", 0, 36500},
    {"alert.tracking_limit", "alert when |tracking signal| exceeds this", 0, 1000},
    {"alert.tracking_periods", "forecasts the tracking signal sums", 2, 520},
    {"mrp.horizon_periods", "periods MRP plans ahead", 1, 1000},
    {"mrp.demand_time_fence_days", "days in which demand is max(forecast, orders)", 0, 3650},
    {"mrp.kanban_safety_factor", "kanban safety factor α in N = ⌈D·L·(1+α)/C⌉", 0, 10},
    {"mrp.working_days", "weekdays production lead times count, e.g. Mon Tue Wed Thu Fri", 1, 0, "",
     CheckWeekdays},
};

Status Check(const std::string& key, const std::string& value) {
  for (const SettingRule& rule : kRules) {
    if (key != rule.key) continue;
    if (rule.check) {
      Status valid = rule.check(value);
      return valid ? valid : InvalidInput(key + ": " + valid.error().message);
    }
    if (rule.low > rule.high) {
      if (std::string(rule.choices).find(" " + value + " ") != std::string::npos) return {};
      return InvalidInput(key + " must be " + rule.meaning);
    }
    char* end = nullptr;
    double number = std::strtod(value.c_str(), &end);
    if (value.empty() || *end != '\0' || !std::isfinite(number) || number < rule.low ||
        number > rule.high) {
      return InvalidInput(fmt::format("{} must be a number from {:g} to {:g} ({})", key, rule.low,
                                      rule.high, rule.meaning));
    }
    return {};
  }
  return InvalidInput("'" + key + "' is not a setting that can be changed (see `lagom settings`)");
}

int List(const std::string& db_path) {
  auto db = OpenDatabase(db_path, false);
  if (!db) return ReportError("settings", db.error());
  for (const char* key : {"period", "currency"}) {
    auto value = store::ReadSetting(**db, key);
    fmt::print("{:<26} {}\n", key, value ? *value : "");
  }
  for (const SettingRule& rule : kRules) {
    auto value = store::ReadSetting(**db, rule.key);
    fmt::print("{:<26} {:<10} {}\n", rule.key, value ? *value : "", rule.meaning);
  }
  return kOk;
}

int Set(const std::string& db_path, const std::string& key, const std::string& value) {
  if (Status valid = Check(key, value); !valid) return ReportError("settings set", valid.error());
  auto db = OpenDatabase(db_path, false);
  if (!db) return ReportError("settings set", db.error());
  if (Status written = store::WriteSetting(**db, key, value); !written) {
    return ReportError("settings set", written.error());
  }
  fmt::print("{} = {}\n", key, value);
  return kOk;
}

}  // namespace

void AddSettingsCommand(CLI::App& app, Action& chosen) {
  struct Args {
    std::string db, key, value;
  };
  auto args = std::make_shared<Args>();
  CLI::App* verb = app.add_subcommand("settings", "Show or change the company's defaults");
  AddDbOption(*verb, args->db);
  CLI::App* set = verb->add_subcommand("set", "Change one setting");
  set->add_option("key", args->key, "e.g. policy.service_target")->required();
  set->add_option("value", args->value, "The new value")->required();
  AddDbOption(*set, args->db);
  verb->callback([args, verb, set, &chosen] {
    if (set->parsed()) {
      chosen = [args] { return Set(args->db, args->key, args->value); };
    } else {
      chosen = [args] { return List(args->db); };
    }
  });
}

}  // namespace lagom::cli
