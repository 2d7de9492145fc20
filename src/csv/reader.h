// A strict reader for CSV from outside (RFC 4180): comma-separated, fields optionally quoted
// with '"' and quotes inside doubled (""), records end in LF or CRLF, UTF-8 text with an
// optional byte-order mark. Malformed input is an Error naming the line, never a crash or
// a silently mangled field.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "csv/row_source.h"

namespace lagom::csv {

// Reads records one by one from text held by the caller.
// REQUIRES: `text` outlives the reader. Not thread-safe; one reader per thread.
class Reader : public RowSource {
 public:
  explicit Reader(std::string_view text);

  // Reads the next record into `fields`. Returns false at the end of the input. Blank lines
  // are skipped; a record has at least one field.
  Result<bool> Next(std::vector<std::string>& fields) override;

  // Physical line (1-based) on which the record last returned by Next() starts.
  int line() const { return record_line_; }
  int position() const override { return record_line_; }

 private:
  Status ReadQuoted(std::string& field);
  Status ReadPlain(std::string& field);

  std::string_view text_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int record_line_ = 0;
};

// Checks that `text` is well-formed UTF-8 without NUL bytes. On failure the error names the
// line and byte offset of the first bad byte.
Status ValidateUtf8(std::string_view text);

// Reads a whole file into memory. Errors name the path.
Result<std::string> ReadFile(const std::string& path);

}  // namespace lagom::csv
