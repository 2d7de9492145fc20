// Long-format time-series CSV, the format of ../shared/data and of `lagom forecast`:
//
//   series_id,period,value
//   M1,1990-01,2640
//   M1,1990-02,NA
//
// Rows are grouped by series and in time order within a series. `NA` or an empty value is a
// missing value. Periods are labels (YYYY-MM, YYYY-Www, YYYY-MM-DD, 1, 2, ...): within a series
// they must strictly increase, compared as integers when both are integers and as text
// otherwise. Anything else is an InvalidInput error naming the file, line and column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace lagom::csv {

struct SeriesHistory {
  std::string id;
  std::vector<std::string> periods;
  std::vector<double> values;  // NaN where missing
};

// Parses CSV text; `source` names it in errors (a file path, or "<stdin>").
Result<std::vector<SeriesHistory>> ParseSeriesCsv(std::string_view text, std::string_view source);

// Reads and parses a file.
Result<std::vector<SeriesHistory>> ReadSeriesCsv(const std::string& path);

}  // namespace lagom::csv
