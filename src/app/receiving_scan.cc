#include "app/receiving_scan.h"

#include <algorithm>

#include "gs1/element_string.h"
#include "gs1/read_code.h"
#include "store/ledger_store.h"

namespace lagom::app {

namespace {

constexpr std::int64_t kMaxLines = 100;

bool AllDigits(const std::string& code) {
  return !code.empty() &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsBareGtin(const std::string& code) {
  std::size_t n = code.size();
  return AllDigits(code) && (n == 8 || n == 12 || n == 13 || n == 14);
}

// A Digital Link or EPC; or an element string: symbology identifier, AI in brackets, FNC1
// as GS, or a run of digits longer than a GTIN.
bool LooksLikeGs1(const std::string& code) {
  return gs1::IsLinkOrTag(code) || code.starts_with('(') || code.starts_with(']') ||
         code.find(gs1::kGroupSeparator) != std::string::npos ||
         (AllDigits(code) && code.size() > 14);
}

Result<ScanMatch> MatchBarcode(sqlite::Database& db, const std::string& barcode, Date today) {
  auto goods = ReadBarcode(db, barcode, today);
  if (!goods) return goods.error();
  ScanMatch match{ScanKind::kGs1, std::move(*goods), {}};
  if (match.goods.item.empty()) return match;
  auto item_id = store::IdOfCode(db, "items", match.goods.item);
  if (!item_id) return item_id.error();
  auto lines = store::FindLinesToReceive(db, *item_id, "", kMaxLines);
  if (!lines) return lines.error();
  match.lines = std::move(*lines);
  return match;
}

// An item code, else a purchase order number.
Result<ScanMatch> MatchTyped(sqlite::Database& db, const std::string& code) {
  ScanMatch match;
  auto item_id = store::IdOfCode(db, "items", code);
  if (item_id) {
    match.kind = ScanKind::kItem;
    match.goods.item = code;
  } else if (item_id.error().code != ErrorCode::kNotFound) {
    return item_id.error();
  }
  auto lines = store::FindLinesToReceive(db, item_id ? *item_id : 0, code, kMaxLines);
  if (!lines) return lines.error();
  match.lines = std::move(*lines);
  if (match.kind == ScanKind::kNone && !match.lines.empty()) match.kind = ScanKind::kOrder;
  return match;
}

}  // namespace

const char* ScanKindName(ScanKind kind) {
  switch (kind) {
    case ScanKind::kGs1:
      return "gs1";
    case ScanKind::kItem:
      return "item";
    case ScanKind::kOrder:
      return "order";
    default:
      return "none";
  }
}

Result<ScanMatch> MatchScan(sqlite::Database& db, const std::string& code, Date today) {
  if (code.empty()) return InvalidInput("code: scan or type a code");
  if (LooksLikeGs1(code)) return MatchBarcode(db, code, today);
  if (!IsBareGtin(code)) return MatchTyped(db, code);
  // A bare GTIN, unless no item has it and the digits are an item code or order number.
  auto scanned = MatchBarcode(db, "01" + std::string(14 - code.size(), '0') + code, today);
  if (scanned) return scanned;
  auto typed = MatchTyped(db, code);
  if (!typed || typed->kind != ScanKind::kNone) return typed;
  return scanned.error();
}

}  // namespace lagom::app
