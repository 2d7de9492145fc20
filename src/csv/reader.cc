#include "csv/reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace lagom::csv {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool IsRecordEnd(std::string_view text, std::size_t pos) {
  return pos >= text.size() || text[pos] == '\n' ||
         (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n');
}

// Length of the UTF-8 sequence starting at `pos`, or 0 if it is malformed (overlong forms,
// surrogates and code points beyond U+10FFFF included).
std::size_t Utf8SequenceLength(std::string_view text, std::size_t pos) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(pos);
  if (lead < 0x80) return lead == 0 ? 0 : 1;
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || pos + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return 0;
  }
  unsigned char second = byte(pos + 1);
  if (lead == 0xE0 && second < 0xA0) return 0;   // overlong
  if (lead == 0xED && second >= 0xA0) return 0;  // UTF-16 surrogate
  if (lead == 0xF0 && second < 0x90) return 0;   // overlong
  if (lead == 0xF4 && second >= 0x90) return 0;  // beyond U+10FFFF
  return length;
}

}  // namespace

Reader::Reader(std::string_view text) : text_(text) {
  if (text_.starts_with(kByteOrderMark)) pos_ = kByteOrderMark.size();
}

Result<bool> Reader::Next(std::vector<std::string>& fields) {
  fields.clear();
  while (pos_ < text_.size() && (text_[pos_] == '\n' || text_.substr(pos_, 2) == "\r\n")) {
    pos_ += text_[pos_] == '\n' ? 1 : 2;  // a blank line is no record
    ++line_;
  }
  if (pos_ >= text_.size()) return false;
  record_line_ = line_;
  while (true) {
    std::string& field = fields.emplace_back();
    Status status =
        pos_ < text_.size() && text_[pos_] == '"' ? ReadQuoted(field) : ReadPlain(field);
    if (!status) return status.error();
    if (pos_ < text_.size() && text_[pos_] == ',') {
      ++pos_;
      continue;
    }
    // At a record end: consume CRLF or LF.
    if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') {
      ++pos_;
      ++line_;
    }
    return true;
  }
}

Status Reader::ReadPlain(std::string& field) {
  std::size_t start = pos_;
  while (pos_ < text_.size() && text_[pos_] != ',' && !IsRecordEnd(text_, pos_)) {
    if (text_[pos_] == '"') {
      return InvalidInput("line " + std::to_string(line_) +
                          ": a quote inside an unquoted field (quote the whole field and "
                          "double the quote)");
    }
    if (text_[pos_] == '\r') {
      return InvalidInput("line " + std::to_string(line_) + ": a carriage return inside a field");
    }
    ++pos_;
  }
  field.assign(text_.substr(start, pos_ - start));
  return {};
}

Status Reader::ReadQuoted(std::string& field) {
  int opening_line = line_;
  ++pos_;  // opening quote
  while (pos_ < text_.size()) {
    char c = text_[pos_++];
    if (c == '"') {
      if (pos_ < text_.size() && text_[pos_] == '"') {
        field.push_back('"');
        ++pos_;
        continue;
      }
      if (pos_ < text_.size() && text_[pos_] != ',' && !IsRecordEnd(text_, pos_)) {
        return InvalidInput("line " + std::to_string(line_) +
                            ": unexpected text after the closing quote of a field");
      }
      return {};
    }
    if (c == '\n') ++line_;
    field.push_back(c);
  }
  return InvalidInput("line " + std::to_string(opening_line) +
                      ": a quoted field is not closed before the end of the file");
}

Status ValidateUtf8(std::string_view text) {
  int line = 1;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t length = Utf8SequenceLength(text, pos);
    if (length == 0) {
      std::string what = text[pos] == '\0' ? "a NUL byte" : "bytes that are not valid UTF-8";
      return InvalidInput("line " + std::to_string(line) + ": " + what + " at byte offset " +
                          std::to_string(pos) + " (save the file as UTF-8)");
    }
    if (text[pos] == '\n') ++line;
    pos += length;
  }
  return {};
}

Result<std::string> ReadFile(const std::string& path) {
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) return IoError("'" + path + "' is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError("cannot open '" + path + "' for reading");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return IoError("error while reading '" + path + "'");
  return std::move(content).str();
}

}  // namespace lagom::csv
