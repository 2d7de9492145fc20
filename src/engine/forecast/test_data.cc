#include "engine/forecast/test_data.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "csv/reader.h"

namespace lagom::forecast::testing {

std::optional<std::string> SharedDir() {
  std::string dir;
  if (const char* shared = std::getenv("LAGOM_SHARED_DIR")) {
    dir = shared;
  } else if (const char* source = std::getenv("LAGOM_SOURCE_DIR")) {
    dir = std::string(source) + "/../shared";
  }
  if (dir.empty() || !std::filesystem::is_directory(dir)) return std::nullopt;
  return dir;
}

std::vector<std::map<std::string, std::string>> ReadTable(const std::string& path) {
  std::vector<std::map<std::string, std::string>> rows;
  Result<std::string> text = csv::ReadFile(path);
  if (!text) return rows;
  csv::Reader reader(*text);
  std::vector<std::string> header, fields;
  if (!reader.Next(header).ok()) return rows;
  while (true) {
    Result<bool> more = reader.Next(fields);
    if (!more.ok() || !*more) break;
    auto& row = rows.emplace_back();
    for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i) row[header[i]] = fields[i];
  }
  return rows;
}

double Number(const std::string& text) {
  return text.empty() || text == "NA" ? NAN : std::strtod(text.c_str(), nullptr);
}

std::map<std::string, std::vector<double>> ReadSeries(const std::string& path,
                                                      const std::set<std::string>& wanted) {
  std::map<std::string, std::vector<double>> out;
  for (auto& row : ReadTable(path)) {
    const std::string& id = row["series_id"];
    if (wanted.count(id)) out[id].push_back(Number(row["value"]));
  }
  return out;
}

}  // namespace lagom::forecast::testing
