#include "cli/cli.h"

#include <fmt/format.h>

#include <cstdio>

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
  if (create) return app::OpenStore(path);
  auto db = app::OpenExistingStore(path);
  if (!db && db.error().code == ErrorCode::kNotFound) {
    return NotFound(db.error().message + "; create one with `lagom init --db " + path +
                    "` or `lagom import`");
  }
  return db;
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
