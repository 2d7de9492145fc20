// Where an import's rows come from: a CSV file, or the objects of a JSON request. The first
// record is the header (column names); every later record is one row.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace lagom::csv {

class RowSource {
 public:
  virtual ~RowSource() = default;
  // Reads the next record into `fields`; false at the end of the input.
  virtual Result<bool> Next(std::vector<std::string>& fields) = 0;
  // Where the record last returned starts, as problems report it: a line of a file
  // (1 = header) or the 1-based index of an object in a request.
  virtual int position() const = 0;
};

}  // namespace lagom::csv
