#include "csv/series_attributes.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "csv/reader.h"

namespace lagom::csv {
namespace {

Error Fail(std::string_view source, int line, std::string_view column, const std::string& what) {
  std::string where = std::string(source) + ":" + std::to_string(line);
  if (!column.empty()) where += ": column '" + std::string(column) + "'";
  return InvalidInput(where + ": " + what);
}

// Positions of series_id and of each named column in the header.
Result<std::vector<std::size_t>> Positions(const std::vector<std::string>& header,
                                           std::string_view source,
                                           std::span<const std::string> columns) {
  std::vector<std::size_t> at;
  auto find = [&](std::string_view name) -> Result<std::size_t> {
    auto it = std::find(header.begin(), header.end(), name);
    if (it != header.end()) return static_cast<std::size_t>(it - header.begin());
    std::string have;
    for (const std::string& h : header) have += (have.empty() ? "" : ", ") + h;
    return Fail(source, 1, "",
                "no column '" + std::string(name) + "' (the columns are " + have + ")");
  };
  std::vector<std::string_view> names = {"series_id"};
  names.insert(names.end(), columns.begin(), columns.end());
  for (std::string_view name : names) {
    auto p = find(name);
    if (!p) return p.error();
    at.push_back(*p);
  }
  return at;
}

Result<double> Number(const std::string& text) {
  double value = 0.0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(value) || value < 0) {
    return InvalidInput("not a number >= 0: '" + text + "'");
  }
  return value;
}

}  // namespace

Result<SeriesAttributes> ParseSeriesAttributes(std::string_view text, std::string_view source,
                                               std::span<const std::string> columns) {
  if (Status utf8 = csv::ValidateUtf8(text); !utf8) {
    return InvalidInput(std::string(source) + ": " + utf8.error().message);
  }
  csv::Reader reader(text);
  std::vector<std::string> fields;
  Result<bool> more = reader.Next(fields);
  if (!more) return InvalidInput(std::string(source) + ": " + more.error().message);
  if (!*more) return Fail(source, 1, "", "empty file: expected a header with series_id");
  auto at = Positions(fields, source, columns);
  if (!at) return at.error();
  SeriesAttributes out;
  while (true) {
    more = reader.Next(fields);
    if (!more) return InvalidInput(std::string(source) + ": " + more.error().message);
    if (!*more) break;
    const int line = reader.line();
    if (fields.size() <= *std::max_element(at->begin(), at->end())) {
      return Fail(source, line, "", "too few fields (" + std::to_string(fields.size()) + ")");
    }
    std::vector<double> values;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      auto value = Number(fields[(*at)[i + 1]]);
      if (!value) return Fail(source, line, columns[i], value.error().message);
      values.push_back(*value);
    }
    if (!out.emplace(fields[(*at)[0]], std::move(values)).second) {
      return Fail(source, line, "series_id", "series '" + fields[(*at)[0]] + "' repeats");
    }
  }
  return out;
}

Result<SeriesAttributes> ReadSeriesAttributes(const std::string& path,
                                              std::span<const std::string> columns) {
  Result<std::string> text = csv::ReadFile(path);
  if (!text) return text.error();
  return ParseSeriesAttributes(*text, path, columns);
}

}  // namespace lagom::csv
