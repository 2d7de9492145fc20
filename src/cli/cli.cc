#include "cli/cli.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "store/entities.h"
#include "store/store.h"

namespace lagom::cli {

int ReportError(const char* verb, const Error& error) {
  fmt::print(stderr, "lagom {}: {}\n", verb, error.message);
  return error.code == ErrorCode::kInvalidInput ? kBadUsage : kFailed;
}

void AddDbOption(CLI::App& verb, std::string& path) {
  verb.add_option("--db", path, "SQLite database file or postgresql:// URI")
      ->default_val("lagom.db");
}

Result<std::unique_ptr<sqlite::Database>> OpenDatabase(const std::string& path, bool create) {
  std::error_code ignored;
  if (!create && !db::IsPostgresUri(path) && !std::filesystem::exists(path, ignored)) {
    return NotFound("no database at '" + path + "'; create one with `lagom init --db " + path +
                    "` or `lagom import`");
  }
  return store::OpenStore(path);
}

std::vector<std::string> EntityNames() {
  std::vector<std::string> names;
  for (const auto& entity : store::AllEntities()) names.emplace_back(entity.name);
  return names;
}

void AddFormatOption(CLI::App& verb, Format& format) {
  verb.add_option_function<std::string>(
          "--format",
          [&format](const std::string& name) {
            format = name == "csv" ? Format::kCsv : name == "json" ? Format::kJson : Format::kTable;
          },
          "Output format: table, csv or json (default table)")
      ->check(CLI::IsMember({"table", "csv", "json"}));
}

}  // namespace lagom::cli
