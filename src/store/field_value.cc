#include "store/field_value.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string>

#include "core/codes.h"
#include "core/date.h"
#include "core/limits.h"
#include "core/money.h"
#include "core/quantity.h"
#include "gs1/element_string.h"

namespace lagom::store {

namespace {

constexpr std::array<std::string_view, 7> kWeekdayNames = {"Mon", "Tue", "Wed", "Thu",
                                                           "Fri", "Sat", "Sun"};

std::string Quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

Status CheckSign(const FieldSpec& spec, bool negative, bool zero, std::string_view cell) {
  if (spec.sign == Sign::kNonNegative && negative) {
    return InvalidInput(Quoted(cell) + " is negative; it must be zero or more");
  }
  if (spec.sign == Sign::kPositive && (negative || zero)) {
    return InvalidInput(Quoted(cell) + " must be greater than zero");
  }
  return {};
}

Result<SqlValue> ParseReal(const FieldSpec& spec, std::string_view cell) {
  double value = 0;
  auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (ec != std::errc() || end != cell.data() + cell.size() || !std::isfinite(value)) {
    return InvalidInput(Quoted(cell) + " is not a number");
  }
  if (Status sign = CheckSign(spec, value < 0, value == 0, cell); !sign) return sign.error();
  if (spec.max > 0 && value > spec.max) {
    return InvalidInput(Quoted(cell) + " is larger than the maximum " +
                        std::to_string(static_cast<long long>(spec.max)));
  }
  return value;
}

Result<SqlValue> ParseInteger(const FieldSpec& spec, std::string_view cell) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (ec == std::errc::result_out_of_range) return InvalidInput(Quoted(cell) + " is too large");
  if (ec != std::errc() || end != cell.data() + cell.size()) {
    return InvalidInput(Quoted(cell) + " is not a whole number");
  }
  if (Status sign = CheckSign(spec, value < 0, value == 0, cell); !sign) return sign.error();
  return value;
}

// Quantities within ±limits::kMaxQuantity, money within ±limits::kMaxAmount (core/limits.h).
Status CheckLimit(Quantity value, const char* what) {
  return limits::CheckQuantity(value, what);
}
Status CheckLimit(Money value, const char* what) {
  return limits::CheckAmount(value, what);
}

template <class Fixed>
Result<SqlValue> ParseFixed(const FieldSpec& spec, std::string_view cell, const char* what) {
  auto value = Fixed::Parse(cell, what);
  if (!value) return value.error();
  if (Status within = CheckLimit(*value, what); !within) return within.error();
  if (Status sign = CheckSign(spec, value->raw() < 0, value->raw() == 0, cell); !sign) {
    return sign.error();
  }
  return value->raw();
}

Result<SqlValue> ParseWeekdays(std::string_view cell) {
  std::array<bool, 7> chosen{};
  std::size_t pos = 0;
  while (pos < cell.size()) {
    std::size_t end = cell.find_first_of(" ,;|", pos);
    if (end == std::string_view::npos) end = cell.size();
    std::string_view word = cell.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    bool known = false;
    for (std::size_t day = 0; day < 7; ++day) {
      std::string_view name = kWeekdayNames[day];
      if (word.size() == 3 &&
          std::equal(word.begin(), word.end(), name.begin(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) ==
                   std::tolower(static_cast<unsigned char>(b));
          })) {
        chosen[day] = known = true;
      }
    }
    if (!known) {
      return InvalidInput(Quoted(word) + " is not a weekday (use Mon Tue Wed Thu Fri Sat Sun)");
    }
  }
  std::string normalised;
  for (std::size_t day = 0; day < 7; ++day) {
    if (!chosen[day]) continue;
    if (!normalised.empty()) normalised += ' ';
    normalised += kWeekdayNames[day];
  }
  return normalised;
}

Result<SqlValue> ParseBool(std::string_view cell) {
  for (std::string_view yes : {"true", "yes", "1", "TRUE", "Yes", "YES", "True"}) {
    if (cell == yes) return std::int64_t{1};
  }
  for (std::string_view no : {"false", "no", "0", "FALSE", "No", "NO", "False"}) {
    if (cell == no) return std::int64_t{0};
  }
  return InvalidInput(Quoted(cell) + " is not true or false");
}

Result<SqlValue> ParseEnum(const FieldSpec& spec, std::string_view cell) {
  std::string allowed;
  for (std::string_view choice : spec.choices) {
    if (cell == choice) return std::string(cell);
    allowed += (allowed.empty() ? "" : ", ") + std::string(choice);
  }
  return InvalidInput(Quoted(cell) + " is not one of " + allowed);
}

// A master-data code (the `code` column, which API paths address) follows core/codes.h;
// other codes (keys, order numbers, lots) may hold '/' but no control characters.
Result<SqlValue> ParseCode(const FieldSpec& spec, std::string_view cell) {
  if (spec.sql_column == "code") {
    if (Status valid = CheckCode(cell); !valid) return valid.error();
    return std::string(cell);
  }
  if (cell.front() == ' ' || cell.back() == ' ' || cell.front() == '\t' || cell.back() == '\t') {
    return InvalidInput(Quoted(cell) + " has leading or trailing spaces");
  }
  if (cell.size() > 100) return InvalidInput("a code is longer than 100 characters");
  for (char c : cell) {
    if (static_cast<unsigned char>(c) < 0x20) {
      return InvalidInput("a code must not contain control characters (tab, line break)");
    }
  }
  return std::string(cell);
}

// GTIN-8, -12, -13 or -14, stored as GTIN-14 (zeros in front).
Result<SqlValue> ParseGtin(std::string_view cell) {
  bool digits = std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || (cell.size() != 8 && cell.size() < 12) || cell.size() > 14) {
    return InvalidInput(Quoted(cell) + " is not a GTIN (8, 12, 13 or 14 digits)");
  }
  int expected = gs1::CheckDigit(cell.substr(0, cell.size() - 1));
  if (cell.back() - '0' != expected) {
    return InvalidInput(Quoted(cell) + " has check digit " + std::string(1, cell.back()) +
                        ", expected " + std::to_string(expected));
  }
  return std::string(14 - cell.size(), '0') + std::string(cell);
}

Result<SqlValue> ParseNonEmpty(const FieldSpec& spec, std::string_view cell,
                               const FieldContext& context) {
  switch (spec.type) {
    case FieldType::kCode:
      return ParseCode(spec, cell);
    case FieldType::kText:
      if (Status short_enough = limits::CheckText(cell, "text"); !short_enough) {
        return short_enough.error();
      }
      return std::string(cell);
    case FieldType::kQuantity:
      return ParseFixed<Quantity>(spec, cell, "quantity");
    case FieldType::kMoney:
      return ParseFixed<Money>(spec, cell, "amount of money");
    case FieldType::kReal:
      return ParseReal(spec, cell);
    case FieldType::kInteger:
      return ParseInteger(spec, cell);
    case FieldType::kDate:
    case FieldType::kPeriod:
    case FieldType::kMonth: {
      auto date = ParseDate(cell);
      if (!date) return date.error();
      Date stored = spec.type == FieldType::kPeriod  ? PeriodStart(*date, context.period)
                    : spec.type == FieldType::kMonth ? PeriodStart(*date, PeriodKind::kMonth)
                                                     : *date;
      return FormatDate(stored);
    }
    case FieldType::kEnum:
      return ParseEnum(spec, cell);
    case FieldType::kBool:
      return ParseBool(cell);
    case FieldType::kWeekdays:
      return ParseWeekdays(cell);
    case FieldType::kGtin:
      return ParseGtin(cell);
    case FieldType::kItemRef:
    case FieldType::kLocationRef:
    case FieldType::kSupplierRef:
    case FieldType::kWorkCentreRef: {
      auto id = context.resolve(spec.type, cell);
      if (!id) {
        return NotFound("unknown " + std::string(RefTargetOf(spec.type)->noun) + " " +
                        Quoted(cell));
      }
      return *id;
    }
  }
  return InvalidInput("unsupported field type");
}

}  // namespace

void BindValue(sqlite::Statement& stmt, int index, const SqlValue& value) {
  std::visit(
      [&](const auto& v) {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>) {
          stmt.BindNull(index);
        } else if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::string>) {
          stmt.Bind(index, std::string_view(v));
        } else {
          stmt.Bind(index, v);
        }
      },
      value);
}

Result<SqlValue> ParseField(const FieldSpec& spec, std::string_view cell,
                            const FieldContext& context) {
  if (cell.empty()) cell = spec.fallback;
  if (cell.empty()) {
    if (spec.required) return InvalidInput("a value is required");
    // Free text and weekday lists are empty strings; a missing number or date is NULL.
    bool textual = spec.type == FieldType::kText || spec.type == FieldType::kWeekdays;
    return textual ? SqlValue{std::string()} : SqlValue{};
  }
  return ParseNonEmpty(spec, cell, context);
}

std::string FormatField(const FieldSpec& spec, const sqlite::Statement& row, int column) {
  if (row.IsNull(column)) return {};
  switch (spec.type) {
    case FieldType::kQuantity:
      return Quantity::FromRaw(row.Int(column)).ToString();
    case FieldType::kMoney:
      return Money::FromRaw(row.Int(column)).ToString();
    case FieldType::kInteger:
      return std::to_string(row.Int(column));
    case FieldType::kBool:
      return row.Int(column) ? "true" : "false";
    case FieldType::kReal: {
      char buffer[32];
      auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, row.Real(column));
      return std::string(buffer, end);
    }
    default:
      return row.Text(column);
  }
}

}  // namespace lagom::store
