// GS1 element strings: what a GS1-128 or GS1 DataMatrix barcode scanner sends, in either
// form (GS1 General Specifications, sections 3 and 7.8):
//
//   human-readable  "(01)09501101530003(17)140704(10)AB-123"
//   raw             "0109501101530003" "17140704" "10AB-123" — a variable-length field is
//                   ended by FNC1, transmitted as GS (ASCII 29), unless it is the last one;
//                   an optional symbology identifier ("]C1", "]d2", "]Q3", "]e0") in front.
//
// Application identifiers understood (others are rejected, since their length is unknown):
//   00 SSCC n18 · 01 GTIN n14 · 02 contained GTIN n14 · 10 lot x..20 · 11 production date,
//   12 due date, 13 packaging date, 15 best before, 16 sell by, 17 expiry: n6 YYMMDD ·
//   20 variant n2 · 21 serial x..20 · 30 count n..8 · 37 count of trade items n..8 ·
//   310n net weight in kg with n decimals, n6.
// Dates: DD = 00 means the last day of the month; the century follows section 7.12 (a year
// up to 49 ahead of `today` is in this century, 50 or more ahead is in the previous one).
// GTINs (01, 02) and the SSCC (00) must carry a correct check digit (section 7.9).
// Every rejection names the AI and the reason. Pure; thread-safe; never throws on input.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/quantity.h"
#include "core/result.h"

namespace lagom::gs1 {

struct Element {
  std::string ai;  // "01", "10", "3103" …
  std::string value;
};

struct ElementString {
  std::vector<Element> elements;                        // as scanned, in order
  std::string sscc, gtin, contained_gtin, lot, serial;  // empty when absent
  std::optional<Date> production, due, packaging, best_before, sell_by, expiry;
  std::optional<std::int64_t> count, trade_item_count;  // AIs 30, 37
  std::optional<Quantity> net_weight_kg;                // AI 310n
};

// The GS (group separator, ASCII 29) that stands for FNC1 in transmitted data.
inline constexpr char kGroupSeparator = '\x1d';

Result<ElementString> Parse(std::string_view text, Date today);

// The same checks on elements already split apart (by a Digital Link or an EPC decoder):
// each AI known, none twice, content and check digits valid.
Result<ElementString> FromElements(const std::vector<Element>& elements, Date today);

// The GS1 check digit of `digits` (all but the last digit of a GTIN, SSCC …): weights 3 and
// 1 alternating from the right, then up to the next multiple of ten.
// REQUIRES: `digits` are all '0'–'9'.
int CheckDigit(std::string_view digits);

}  // namespace lagom::gs1
