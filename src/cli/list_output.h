// Printing a list of records in the three `--format`s: JSON (an array of objects), CSV (a
// header and one row per record) or a table (one line per record).
#pragma once

#include <functional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "csv/writer.h"
#include "server/http_json.h"

namespace lagom::cli {

template <class Record>
struct ListFormat {
  std::vector<std::string> columns;                               // CSV header
  std::function<server::Json(const Record&)> json;                // one JSON object
  std::function<std::vector<std::string>(const Record&)> fields;  // one CSV row
  std::function<void(std::ostream&, const Record&)> line;         // one table line
};

template <class Record>
void PrintList(std::ostream& out, std::span<const Record> records, Format format,
               const ListFormat<Record>& f) {
  if (format == Format::kJson) {
    server::Json all = server::Json::array();
    for (const Record& r : records) all.push_back(f.json(r));
    out << all.dump(2) << '\n';
  } else if (format == Format::kCsv) {
    csv::WriteRow(out, f.columns);
    for (const Record& r : records) csv::WriteRow(out, f.fields(r));
  } else {
    for (const Record& r : records) f.line(out, r);
  }
}

}  // namespace lagom::cli
