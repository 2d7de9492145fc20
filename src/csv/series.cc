#include "csv/series.h"

#include <charconv>
#include <cmath>
#include <optional>
#include <unordered_set>

#include "csv/reader.h"

namespace lagom::csv {
namespace {

constexpr const char* kColumns[] = {"series_id", "period", "value"};

std::optional<double> ParseValue(std::string_view text) {
  if (text.empty() || text == "NA") return NAN;
  double value = 0.0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<long long> AsInteger(std::string_view text) {
  long long value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || text.empty()) return std::nullopt;
  return value;
}

bool Before(std::string_view a, std::string_view b) {
  const auto x = AsInteger(a), y = AsInteger(b);
  if (x && y) return *x < *y;
  return a < b;
}

class Parser {
 public:
  explicit Parser(std::string_view source) : source_(source) {}

  Error Fail(int line, std::string_view column, const std::string& what) const {
    std::string where = std::string(source_) + ":" + std::to_string(line);
    if (!column.empty()) where += ": column '" + std::string(column) + "'";
    return InvalidInput(where + ": " + what);
  }

  Status Header(const std::vector<std::string>& fields, int line) const {
    if (fields.size() != 3 || fields[0] != kColumns[0] || fields[1] != kColumns[1] ||
        fields[2] != kColumns[2]) {
      return Fail(line, "", "the header must be series_id,period,value");
    }
    return {};
  }

  Status Row(std::vector<std::string>& fields, int line, std::vector<SeriesHistory>& out) {
    if (fields.size() != 3) {
      return Fail(line, "", "expected 3 fields, found " + std::to_string(fields.size()));
    }
    if (fields[0].empty()) return Fail(line, kColumns[0], "empty series id");
    if (fields[1].empty()) return Fail(line, kColumns[1], "empty period");
    const std::optional<double> value = ParseValue(fields[2]);
    if (!value) return Fail(line, kColumns[2], "not a number or NA: '" + fields[2] + "'");
    if (out.empty() || out.back().id != fields[0]) {
      if (!seen_.insert(fields[0]).second) {
        return Fail(line, kColumns[0],
                    "rows of series '" + fields[0] + "' are not together (sort by series)");
      }
      out.push_back({std::move(fields[0]), {}, {}});
    } else if (!Before(out.back().periods.back(), fields[1])) {
      return Fail(line, kColumns[1],
                  "period '" + fields[1] + "' does not come after '" + out.back().periods.back() +
                      "' (rows must be in time order, no repeats)");
    }
    out.back().periods.push_back(std::move(fields[1]));
    out.back().values.push_back(*value);
    return {};
  }

 private:
  std::string_view source_;
  std::unordered_set<std::string> seen_;
};

}  // namespace

Result<std::vector<SeriesHistory>> ParseSeriesCsv(std::string_view text, std::string_view source) {
  if (Status utf8 = csv::ValidateUtf8(text); !utf8) {
    return InvalidInput(std::string(source) + ": " + utf8.error().message);
  }
  Parser parser(source);
  csv::Reader reader(text);
  std::vector<std::string> fields;
  std::vector<SeriesHistory> out;
  bool header = true;
  while (true) {
    Result<bool> more = reader.Next(fields);
    if (!more) return InvalidInput(std::string(source) + ": " + more.error().message);
    if (!*more) break;
    Status status =
        header ? parser.Header(fields, reader.line()) : parser.Row(fields, reader.line(), out);
    if (!status) return status.error();
    header = false;
  }
  if (header) return parser.Fail(1, "", "empty file: expected the header series_id,period,value");
  return out;
}

Result<std::vector<SeriesHistory>> ReadSeriesCsv(const std::string& path) {
  Result<std::string> text = csv::ReadFile(path);
  if (!text) return text.error();
  return ParseSeriesCsv(*text, path);
}

}  // namespace lagom::csv
