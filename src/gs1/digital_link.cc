#include "gs1/digital_link.h"

#include <algorithm>
#include <string>

namespace lagom::gs1 {

namespace {

constexpr std::size_t kGtinDigits = 14;

Error Reject(const std::string& why) {
  return InvalidInput("Digital Link: " + why);
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

Result<std::string> PercentDecoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    int high = i + 2 < text.size() ? HexValue(text[i + 1]) : -1;
    int low = high >= 0 ? HexValue(text[i + 2]) : -1;
    if (low < 0) return Reject("'%' is not followed by two hex digits");
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

bool AllDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The first version's short names for the keys Lagom reads.
std::string_view KeyAi(std::string_view key) {
  if (key == "gtin") return "01";
  if (key == "lot") return "10";
  if (key == "ser") return "21";
  if (key == "exp") return "17";
  return key;
}

bool IsPrimaryKey(std::string_view key) {
  return KeyAi(key) == "01" || key == "00";
}

// A GTIN-8, -12 or -13 is the GTIN-14 with leading zeros.
std::string Widened(std::string_view ai, std::string value) {
  if (ai == "01" && AllDigits(value) && value.size() < kGtinDigits &&
      (value.size() == 8 || value.size() == 12 || value.size() == 13)) {
    value.insert(0, kGtinDigits - value.size(), '0');
  }
  return value;
}

Status Add(std::vector<Element>& out, std::string_view key, std::string_view raw) {
  std::string_view ai = KeyAi(key);
  if (!AllDigits(ai)) return Reject("'" + std::string(key) + "' is not an application identifier");
  auto value = PercentDecoded(raw);
  if (!value) return value.error();
  out.push_back({std::string(ai), Widened(ai, std::move(*value))});
  return {};
}

Status AddPath(std::vector<Element>& out, std::string_view path) {
  auto segments = Split(path, '/');
  auto primary = std::find_if(segments.begin(), segments.end(), IsPrimaryKey);
  if (primary == segments.end()) return Reject("the path has no primary key /01/ (GTIN) or /00/");
  if ((segments.end() - primary) % 2 != 0) {
    return Reject("the path after the primary key must be pairs of key and value");
  }
  for (auto it = primary; it != segments.end(); it += 2) {
    if (Status ok = Add(out, *it, *(it + 1)); !ok) return ok;
  }
  return {};
}

Status AddQuery(std::vector<Element>& out, std::string_view query) {
  for (std::string_view pair : Split(query, '&')) {
    if (pair.empty()) continue;
    std::size_t equals = pair.find('=');
    std::string_view key = pair.substr(0, equals);
    if (!AllDigits(KeyAi(key))) continue;  // linkType, context ...: for the resolver
    if (equals == std::string_view::npos) return Reject("'" + std::string(key) + "' has no value");
    if (Status ok = Add(out, key, pair.substr(equals + 1)); !ok) return ok;
  }
  return {};
}

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(),
                    [](char a, char b) { return (a | 0x20) == (b | 0x20); });
}

}  // namespace

bool LooksLikeDigitalLink(std::string_view text) {
  return StartsWithNoCase(text, "http://") || StartsWithNoCase(text, "https://");
}

Result<std::vector<Element>> SplitDigitalLink(std::string_view uri) {
  if (!LooksLikeDigitalLink(uri)) return Reject("expected an http:// or https:// URI");
  uri = uri.substr(0, uri.find('#'));
  std::size_t scheme_end = uri.find("//") + 2;
  std::size_t path_start = uri.find('/', scheme_end);
  if (path_start == std::string_view::npos) return Reject("the URI has no path");
  std::size_t query_start = std::min(uri.find('?', path_start), uri.size());
  std::vector<Element> elements;
  if (Status ok = AddPath(elements, uri.substr(path_start + 1, query_start - path_start - 1)); !ok)
    return ok.error();
  if (query_start < uri.size()) {
    if (Status ok = AddQuery(elements, uri.substr(query_start + 1)); !ok) return ok.error();
  }
  return elements;
}

}  // namespace lagom::gs1
