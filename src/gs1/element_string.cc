#include "gs1/element_string.h"

#include <algorithm>
#include <cstdio>

#include "gs1/ai_table.h"

namespace lagom::gs1 {

namespace {

Error Reject(std::string_view ai, const std::string& why) {
  return InvalidInput("(" + std::string(ai) + ") " + why);
}

std::string Shown(char c) {
  if (c >= 0x21 && c <= 0x7e) return std::string("'") + c + "'";
  char hex[16];
  std::snprintf(hex, sizeof hex, "byte 0x%02X", static_cast<unsigned char>(c));
  return hex;
}

int Digits(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

// YYMMDD → a date; DD 00 is the month's last day; the century by section 7.12.
Result<Date> ParseYymmdd(std::string_view ai, std::string_view value, Date today) {
  int yy = Digits(value.substr(0, 2));
  unsigned month = static_cast<unsigned>(Digits(value.substr(2, 2)));
  unsigned day = static_cast<unsigned>(Digits(value.substr(4, 2)));
  if (month < 1 || month > 12) {
    return Reject(
        ai, "'" + std::string(value) + "': month " + std::to_string(month) + " does not exist");
  }
  int this_year = static_cast<int>(std::chrono::year_month_day(today).year());
  int difference = yy - this_year % 100;
  int century = this_year / 100 * 100;
  if (difference >= 51) century -= 100;
  if (difference <= -50) century += 100;
  std::chrono::year_month month_of{std::chrono::year{century + yy}, std::chrono::month{month}};
  if (day == 0)
    return Date{std::chrono::year_month_day_last{month_of.year(),
                                                 std::chrono::month_day_last{month_of.month()}}};
  std::chrono::year_month_day date{month_of.year(), month_of.month(), std::chrono::day{day}};
  if (!date.ok()) {
    return Reject(ai, "'" + std::string(value) + "': day " + std::to_string(day) +
                          " does not exist in that month");
  }
  return Date{date};
}

Status CheckContent(const AiSpec& spec, std::string_view ai, std::string_view value) {
  if (value.empty()) return Reject(ai, "is empty");
  int length = static_cast<int>(value.size());
  if (spec.min_length == spec.max_length && length != spec.min_length) {
    return Reject(ai, "must have " + std::to_string(spec.min_length) + " digits, has " +
                          std::to_string(length));
  }
  if (length > spec.max_length) {
    return Reject(ai, "is longer than " + std::to_string(spec.max_length) + " characters");
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    bool ok = spec.content == Content::kAlphanumeric ? IsCset82(c) : (c >= '0' && c <= '9');
    if (!ok) {
      return Reject(ai, "has " + Shown(c) + " at position " + std::to_string(i + 1) + ", allowed " +
                            (spec.content == Content::kAlphanumeric ? "are GS1 character set 82"
                                                                    : "are digits only"));
    }
  }
  if (spec.check_digit) {
    int expected = CheckDigit(value.substr(0, value.size() - 1));
    int found = value.back() - '0';
    if (found != expected) {
      return Reject(ai, "'" + std::string(value) + "': check digit is " + std::to_string(found) +
                            ", expected " + std::to_string(expected));
    }
  }
  return {};
}

std::optional<Date>* DateField(ElementString& out, std::string_view ai) {
  if (ai == "11") return &out.production;
  if (ai == "12") return &out.due;
  if (ai == "13") return &out.packaging;
  if (ai == "15") return &out.best_before;
  if (ai == "16") return &out.sell_by;
  return &out.expiry;
}

// Stores a checked element in its field.
Status Assign(ElementString& out, const AiSpec& spec, const Element& e, Date today) {
  if (spec.content == Content::kDate) {
    auto date = ParseYymmdd(e.ai, e.value, today);
    if (!date) return date.error();
    *DateField(out, e.ai) = *date;
  } else if (e.ai == "00") {
    out.sscc = e.value;
  } else if (e.ai == "01") {
    out.gtin = e.value;
  } else if (e.ai == "02") {
    out.contained_gtin = e.value;
  } else if (e.ai == "10") {
    out.lot = e.value;
  } else if (e.ai == "21") {
    out.serial = e.value;
  } else if (e.ai == "30") {
    out.count = Digits(e.value);
  } else if (e.ai == "37") {
    out.trade_item_count = Digits(e.value);
  } else if (spec.ai == "310") {
    int decimals = e.ai[3] - '0';
    if (decimals > Quantity::kDecimals) {
      return Reject(e.ai, "has " + std::to_string(decimals) +
                              " decimals; Lagom keeps quantities to " +
                              std::to_string(Quantity::kDecimals));
    }
    std::int64_t raw = Digits(e.value);
    for (int i = decimals; i < Quantity::kDecimals; ++i) raw *= 10;
    out.net_weight_kg = Quantity::FromRaw(raw);
  }
  return {};
}

// Splits the human-readable form "(AI)value(AI)value…".
Result<std::vector<Element>> SplitHumanReadable(std::string_view text) {
  std::vector<Element> elements;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] != '(')
      return InvalidInput("expected '(' at position " + std::to_string(pos + 1));
    std::size_t close = text.find(')', pos);
    if (close == std::string_view::npos)
      return InvalidInput("'(' without ')' at position " + std::to_string(pos + 1));
    std::string_view ai = text.substr(pos + 1, close - pos - 1);
    std::size_t next = std::min(text.find('(', close), text.size());
    elements.push_back({std::string(ai), std::string(text.substr(close + 1, next - close - 1))});
    pos = next;
  }
  return elements;
}

// Splits the raw form: fixed-length fields end by their length, the others at GS or the end.
Result<std::vector<Element>> SplitRaw(std::string_view text) {
  std::vector<Element> elements;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] == kGroupSeparator) {
      ++pos;
      continue;
    }
    auto spec = LookUpAi(text.substr(pos));
    if (!spec) {
      return InvalidInput("unknown application identifier at position " + std::to_string(pos + 1) +
                          " ('" + std::string(text.substr(pos, 4)) + "…')");
    }
    std::size_t ai_length = spec->ai == "310" ? 4 : spec->ai.size();
    std::string ai(text.substr(pos, ai_length));
    pos += ai_length;
    std::size_t end = spec->min_length == spec->max_length
                          ? std::min(text.size(), pos + static_cast<std::size_t>(spec->min_length))
                          : std::min(text.find(kGroupSeparator, pos), text.size());
    elements.push_back({ai, std::string(text.substr(pos, end - pos))});
    pos = end;
  }
  return elements;
}

}  // namespace

int CheckDigit(std::string_view digits) {
  int sum = 0;
  int weight = 3;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    sum += (*it - '0') * weight;
    weight = 4 - weight;
  }
  return (10 - sum % 10) % 10;
}

Result<ElementString> Parse(std::string_view text, Date today) {
  if (text.size() >= 3 && text[0] == ']') text.remove_prefix(3);  // symbology identifier
  if (text.empty()) return InvalidInput("the barcode is empty");
  auto split = text[0] == '(' ? SplitHumanReadable(text) : SplitRaw(text);
  if (!split) return split.error();
  return FromElements(*split, today);
}

Result<ElementString> FromElements(const std::vector<Element>& elements, Date today) {
  ElementString out;
  for (const Element& e : elements) {
    auto spec = LookUpAi(e.ai);
    std::size_t ai_length = spec && spec->ai == "310" ? 4 : spec ? spec->ai.size() : 0;
    if (!spec || e.ai.size() != ai_length)
      return Reject(e.ai, "is not an application identifier Lagom reads");
    for (const Element& seen : out.elements) {
      if (seen.ai == e.ai) return Reject(e.ai, "appears twice");
    }
    if (Status ok = CheckContent(*spec, e.ai, e.value); !ok) return ok.error();
    if (Status ok = Assign(out, *spec, e, today); !ok) return ok.error();
    out.elements.push_back(e);
  }
  return out;
}

}  // namespace lagom::gs1
