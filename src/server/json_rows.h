// JSON objects as import rows: a request body `{…}` or `[{…}, …]` read like a CSV file whose
// header is the union of the objects' keys. Values may be strings, numbers, booleans or null
// (an empty cell); nested objects and arrays are rejected with the field's name. Numbers
// become their text as sent, as a plain decimal (json_exact.h): exact, never via double.
#pragma once

#include <string>
#include <vector>

#include "csv/row_source.h"
#include "server/http_json.h"
#include "server/json_exact.h"

namespace lagom::server {

class JsonRows : public csv::RowSource {
 public:
  // REQUIRES: `body` is an object or an array; Validate() first.
  explicit JsonRows(const ExactJson& body);

  // Problems with the shape of the body (not an object, nested values), one per field.
  std::vector<std::string> ShapeProblems() const;

  Result<bool> Next(std::vector<std::string>& fields) override;
  int position() const override { return position_; }  // 0 = header, then 1-based objects

 private:
  const ExactJson& body_;
  std::vector<const Json*> objects_;
  std::vector<std::string> header_;
  int position_ = -1;
};

}  // namespace lagom::server
