// `lagom settings [--doc] [--format F]` and `lagom settings set NAME VALUE [NAME VALUE …]`:
// the company settings of app/settings.h's table — the values in force, their defaults,
// what they allow and mean. Changes are checked and written all or nothing.
#include <fmt/format.h>

#include <iostream>

#include "app/settings.h"
#include "cli/commands.h"
#include "csv/writer.h"
#include "server/http_json.h"

namespace lagom::cli {

namespace {

struct SettingsArgs {
  std::string db;
  std::vector<std::string> pairs;  // set: name, value, name, value …
  Format format = Format::kTable;
  bool doc = false;
};

int List(const SettingsArgs& args) {
  if (args.doc) {
    fmt::print("{}", app::SettingsMarkdown());
    return kOk;
  }
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("settings", db.error());
  auto settings = app::LoadSettings(**db);
  if (!settings) return ReportError("settings", settings.error());
  server::Json all = server::Json::array();
  if (args.format == Format::kCsv) {
    csv::WriteRow(std::cout,
                  std::vector<std::string>{"name", "value", "default", "allowed", "meaning"});
  }
  for (const app::SettingSpec& spec : app::AllSettings()) {
    std::string value = settings->Text(spec.name);
    std::vector<std::string> row = {std::string(spec.name), value, std::string(spec.default_value),
                                    app::AllowedValues(spec), std::string(spec.help)};
    if (args.format == Format::kCsv) {
      csv::WriteRow(std::cout, row);
    } else if (args.format == Format::kJson) {
      all.push_back({{"name", row[0]},
                     {"value", row[1]},
                     {"default", row[2]},
                     {"allowed", row[3]},
                     {"meaning", row[4]}});
    } else {
      fmt::print("{:<26} {:<20} {}{}\n", spec.name, value, spec.help,
                 value == spec.default_value ? "" : " (default " + row[2] + ")");
    }
  }
  if (args.format == Format::kJson) std::cout << all.dump(2) << '\n';
  return kOk;
}

int Set(const SettingsArgs& args) {
  if (args.pairs.size() % 2 != 0) {
    return ReportError("settings set", InvalidInput("give a value for every setting: NAME VALUE"));
  }
  std::map<std::string, std::string> changes;
  for (std::size_t i = 0; i < args.pairs.size(); i += 2) {
    changes[args.pairs[i]] = args.pairs[i + 1];
  }
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("settings set", db.error());
  if (Status written = app::ChangeSettings(**db, changes); !written) {
    return ReportError("settings set", written.error());
  }
  for (const auto& [name, value] : changes) fmt::print("{} = {}\n", name, value);
  return kOk;
}

}  // namespace

void AddSettingsCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<SettingsArgs>();
  CLI::App* verb = app.add_subcommand("settings", "Show or change the company's settings");
  AddDbOption(*verb, args->db);
  AddFormatOption(*verb, args->format);
  verb->add_flag("--doc", args->doc,
                 "Print every setting with its default, allowed values and meaning as a "
                 "Markdown table (the README's), without a database");
  CLI::App* set = verb->add_subcommand("set", "Change settings, all or nothing");
  set->add_option("pairs", args->pairs, "NAME VALUE [NAME VALUE …], e.g. forecast.method tsb")
      ->required();
  AddDbOption(*set, args->db);
  verb->callback([args, verb, set, &chosen] {
    if (set->parsed()) {
      chosen = [args] { return Set(*args); };
    } else {
      chosen = [args] { return List(*args); };
    }
  });
}

}  // namespace lagom::cli
