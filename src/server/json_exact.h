// nlohmann's JSON parser with the promises the API makes about request bodies:
//   - a member named twice in one object is refused, naming it (it used to be "the last
//     one wins", so `"quantity":1,"quantity":1000` posted 1000);
//   - a number beyond double's range is refused naming its member, not with the parser's
//     internal text (it used to be a 500);
//   - the text of each number with a fraction or an exponent is kept as sent, so quantities
//     and money are read from the digits (1234567890123.4567 stays …4567; 1e-05 is 0.00001),
//     never via double. (Whole numbers that fit 64 bits are exact in the value itself.)
// Thread-safe (no shared state).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/result.h"
#include "server/http_json.h"

namespace lagom::server {

struct ExactJson {
  Json value = Json::object();
  // The text of each non-integer number by its place: "/quantity", "/0/unit_cost" (member
  // names and array indexes joined by '/', unescaped).
  std::map<std::string, std::string> number_text;

  // The text of the number at `place`, as sent if kept, else the value's own dump (exact
  // for integers); REQUIRES: `value` is the number at `place`.
  std::string NumberText(const std::string& place, const Json& value) const;
};

// InvalidInput naming the byte, member or reason when `text` is not acceptable JSON.
Result<ExactJson> ParseJsonExact(std::string_view text);

// A JSON number's text as a plain decimal, exactly: "1.5e3" → "1500", "1e-05" → "0.00001";
// plain text comes back unchanged. Fails for exponents beyond ±400.
Result<std::string> PlainDecimal(std::string_view number);

}  // namespace lagom::server
