#include "gs1/epc.h"

#include <array>
#include <cstdint>
#include <string>

#include "gs1/ai_table.h"

namespace lagom::gs1 {

namespace {

constexpr std::uint8_t kSgtin96 = 0x30;
constexpr std::uint8_t kSgtin198 = 0x36;
constexpr int kSerial96Bits = 38;
constexpr int kSerial198Chars = 20;

// TDS table 14-2: how the 44 bits after the partition value split into company prefix and
// indicator + item reference, by the partition value 0..6.
struct Partition {
  int prefix_bits, prefix_digits, item_bits, item_digits;
};
constexpr std::array<Partition, 7> kPartitions = {{{40, 12, 4, 1},
                                                   {37, 11, 7, 2},
                                                   {34, 10, 10, 3},
                                                   {30, 9, 14, 4},
                                                   {27, 8, 17, 5},
                                                   {24, 7, 20, 6},
                                                   {20, 6, 24, 7}}};

Error Reject(const std::string& why) {
  return InvalidInput("EPC: " + why);
}

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

int HexValue(char c) {
  return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

std::string_view WithoutHexPrefix(std::string_view text) {
  if (text.size() > 2 && text[0] == '0' && (text[1] | 0x20) == 'x') text.remove_prefix(2);
  return text;
}

bool AllHex(std::string_view text) {
  for (char c : text)
    if (!IsHex(c)) return false;
  return !text.empty();
}

// Reads the tag's bits most significant first.
class BitReader {
 public:
  explicit BitReader(std::string_view hex) : hex_(hex) {}
  std::uint64_t Take(int count) {
    std::uint64_t value = 0;
    for (int i = 0; i < count; ++i, ++position_) {
      int nibble = HexValue(hex_[position_ / 4]);
      value = value << 1 | static_cast<std::uint64_t>((nibble >> (3 - position_ % 4)) & 1);
    }
    return value;
  }
  bool RestIsZero() {
    while (position_ < hex_.size() * 4)
      if (Take(1) != 0) return false;
    return true;
  }

 private:
  std::string_view hex_;
  std::size_t position_ = 0;
};

std::string Padded(std::uint64_t value, int digits) {
  std::string text = std::to_string(value);
  return std::string(static_cast<std::size_t>(digits) - text.size(), '0') + text;
}

std::uint64_t PowerOfTen(int digits) {
  std::uint64_t p = 1;
  while (digits-- > 0) p *= 10;
  return p;
}

// GTIN-14 from the company prefix and the indicator digit + item reference (TDS 7.1.2).
Result<std::string> Gtin(std::string_view prefix, std::string_view item) {
  if (prefix.size() < 6 || prefix.size() > 12 || prefix.size() + item.size() != 13) {
    return Reject("company prefix (" + std::to_string(prefix.size()) +
                  " digits) and item reference (" + std::to_string(item.size()) +
                  " digits) must have 13 digits together, the prefix 6 to 12");
  }
  std::string body =
      std::string(item.substr(0, 1)) + std::string(prefix) + std::string(item.substr(1));
  return body + static_cast<char>('0' + CheckDigit(body));
}

Result<std::string> Serial198(BitReader& bits) {
  std::string serial;
  for (int i = 0; i < kSerial198Chars; ++i) {
    auto c = static_cast<char>(bits.Take(7));
    if (c == 0) break;
    if (!IsCset82(c)) {
      return Reject("serial character " + std::to_string(i + 1) +
                    " is not in GS1 character set 82");
    }
    serial += c;
  }
  if (!bits.RestIsZero()) return Reject("bits after the serial's end are not zero");
  if (serial.empty()) return Reject("the serial is empty");
  return serial;
}

Result<std::vector<Element>> DecodeBinary(std::string_view hex) {
  BitReader bits(hex);
  auto header = static_cast<std::uint8_t>(bits.Take(8));
  bits.Take(3);  // filter value: the kind of object tagged, not part of its identity
  auto partition_value = bits.Take(3);
  if (partition_value >= kPartitions.size()) {
    return Reject("partition value " + std::to_string(partition_value) + " is not 0 to 6");
  }
  const Partition& p = kPartitions[partition_value];
  std::uint64_t prefix = bits.Take(p.prefix_bits), item = bits.Take(p.item_bits);
  if (prefix >= PowerOfTen(p.prefix_digits) || item >= PowerOfTen(p.item_digits)) {
    return Reject("company prefix or item reference has more digits than partition " +
                  std::to_string(partition_value) + " allows");
  }
  auto gtin = Gtin(Padded(prefix, p.prefix_digits), Padded(item, p.item_digits));
  if (!gtin) return gtin.error();
  std::string serial;
  if (header == kSgtin96) {
    serial = std::to_string(bits.Take(kSerial96Bits));
  } else {
    auto text = Serial198(bits);
    if (!text) return text.error();
    serial = std::move(*text);
  }
  return std::vector<Element>{{"01", *gtin}, {"21", serial}};
}

bool IsBinarySgtin(std::string_view hex) {
  // The length first: the header is the first two digits, which a shorter text has not.
  if ((hex.size() != 24 && hex.size() != 50 && hex.size() != 52) || !AllHex(hex)) return false;
  int header = HexValue(hex[0]) * 16 + HexValue(hex[1]);
  return (header == kSgtin96 && hex.size() == 24) || (header == kSgtin198 && hex.size() != 24);
}

std::vector<std::string_view> SplitDots(std::string_view text) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    std::size_t dot = text.find('.', start);
    parts.push_back(text.substr(start, dot - start));
    if (dot == std::string_view::npos) return parts;
    start = dot + 1;
  }
}

bool AllDigits(std::string_view text) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return !text.empty();
}

Result<std::string> Unescaped(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size() || !IsHex(text[i + 1]) || !IsHex(text[i + 2])) {
      return Reject("'%' in the serial is not followed by two hex digits");
    }
    out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
    i += 2;
  }
  return out;
}

// "CompanyPrefix.IndicatorAndItemRef.Serial", after the URN's scheme and, for a tag URI,
// the filter value.
Result<std::vector<Element>> DecodeUriFields(std::string_view fields) {
  auto parts = SplitDots(fields);
  if (parts.size() != 3 || !AllDigits(parts[0]) || !AllDigits(parts[1]) || parts[2].empty()) {
    return Reject(
        "an SGTIN URI ends in CompanyPrefix.ItemReference.Serial, digits for the first two");
  }
  auto gtin = Gtin(parts[0], parts[1]);
  if (!gtin) return gtin.error();
  auto serial = Unescaped(parts[2]);
  if (!serial) return serial.error();
  return std::vector<Element>{{"01", *gtin}, {"21", *serial}};
}

Result<std::vector<Element>> DecodeUri(std::string_view uri) {
  constexpr std::string_view kPure = "urn:epc:id:sgtin:";
  constexpr std::string_view kTag96 = "urn:epc:tag:sgtin-96:", kTag198 = "urn:epc:tag:sgtin-198:";
  if (uri.starts_with(kPure)) return DecodeUriFields(uri.substr(kPure.size()));
  std::string_view tag = uri.starts_with(kTag96)    ? uri.substr(kTag96.size())
                         : uri.starts_with(kTag198) ? uri.substr(kTag198.size())
                                                    : std::string_view();
  std::size_t dot = tag.find('.');
  if (dot != 1 || tag[0] < '0' || tag[0] > '7') {
    return Reject("'" + std::string(uri.substr(0, 40)) +
                  "' is not an SGTIN pure identity or tag URI");
  }
  return DecodeUriFields(tag.substr(2));
}

}  // namespace

bool LooksLikeEpc(std::string_view text) {
  return text.starts_with("urn:epc:") || IsBinarySgtin(WithoutHexPrefix(text));
}

Result<std::vector<Element>> DecodeEpc(std::string_view text) {
  if (text.starts_with("urn:epc:")) return DecodeUri(text);
  std::string_view hex = WithoutHexPrefix(text);
  if (!IsBinarySgtin(hex)) {
    return Reject(
        "expected 24 hex digits of an SGTIN-96 (header 30) or 50/52 of an SGTIN-198 "
        "(header 36)");
  }
  return DecodeBinary(hex);
}

}  // namespace lagom::gs1
