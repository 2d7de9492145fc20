#include "cli/table_output.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "csv/writer.h"

namespace lagom::cli {

namespace {

// Display width in code points (UTF-8 continuation bytes do not count).
std::size_t Width(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

void PrintAligned(std::ostream& out, const TextTable& table) {
  std::vector<std::size_t> widths(table.columns.size());
  for (std::size_t i = 0; i < widths.size(); ++i) widths[i] = Width(table.columns[i]);
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < widths.size(); ++i) widths[i] = std::max(widths[i], Width(row[i]));
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      text += cells[i];
      if (i + 1 < cells.size()) text += std::string(widths[i] - Width(cells[i]) + 2, ' ');
    }
    fmt::print(out, "{}\n", text);
  };
  line(table.columns);
  for (const auto& row : table.rows) line(row);
}

}  // namespace

void PrintTextTable(std::ostream& out, const TextTable& table, Format format) {
  switch (format) {
    case Format::kTable:
      PrintAligned(out, table);
      break;
    case Format::kCsv:
      csv::WriteRow(out, table.columns);
      for (const auto& row : table.rows) csv::WriteRow(out, row);
      break;
    case Format::kJson: {
      nlohmann::ordered_json all = nlohmann::ordered_json::array();
      for (const auto& row : table.rows) {
        nlohmann::ordered_json object;
        for (std::size_t i = 0; i < row.size(); ++i) object[table.columns[i]] = row[i];
        all.push_back(std::move(object));
      }
      out << all.dump(2) << '\n';
      break;
    }
  }
}

}  // namespace lagom::cli
