#include "server/json_exact.h"

#include <optional>
#include <set>
#include <vector>

namespace lagom::server {

namespace {

using Dom = nlohmann::detail::json_sax_dom_parser<Json>;

// Builds the value as nlohmann does, and watches member names and numbers on the way.
class ExactSax {
 public:
  explicit ExactSax(ExactJson& out) : out_(out), dom_(out.value, false) {}

  bool null() {
    Enter();
    return dom_.null();
  }
  bool boolean(bool v) {
    Enter();
    return dom_.boolean(v);
  }
  bool number_integer(Json::number_integer_t v) {
    Enter();
    return dom_.number_integer(v);
  }
  bool number_unsigned(Json::number_unsigned_t v) {
    Enter();
    return dom_.number_unsigned(v);
  }
  bool number_float(Json::number_float_t v, const std::string& text) {
    Enter();
    out_.number_text[Place()] = text;
    return dom_.number_float(v, text);
  }
  bool string(std::string& v) {
    Enter();
    return dom_.string(v);
  }
  bool binary(Json::binary_t& v) {
    Enter();
    return dom_.binary(v);
  }
  bool start_object(std::size_t n) {
    Enter();
    frames_.push_back({false, 0, {}, {}});
    return dom_.start_object(n);
  }
  bool key(std::string& name) {
    frames_.back().key = name;
    if (!frames_.back().members.insert(name).second) {
      error_ = "the member '" + name + "' appears twice";
      return false;
    }
    return dom_.key(name);
  }
  bool end_object() {
    frames_.pop_back();
    return dom_.end_object();
  }
  bool start_array(std::size_t n) {
    Enter();
    frames_.push_back({true, 0, {}, {}});
    return dom_.start_array(n);
  }
  bool end_array() {
    frames_.pop_back();
    return dom_.end_array();
  }
  template <class Exception>
  bool parse_error(std::size_t byte, const std::string& token, const Exception& e) {
    if (e.id == 406) {  // number overflow
      Enter();
      std::string place = Place();
      error_ = (place.empty() ? "" : place.substr(1) + ": ") + "the number " + token +
               " is out of range";
    } else {
      std::string what = e.what();
      error_ =
          "malformed JSON at byte " + std::to_string(byte) + ": " + what.substr(what.find(':') + 2);
    }
    return false;
  }

  const std::string& error() const { return error_; }

 private:
  struct Frame {
    bool array;
    std::size_t values;  // arrays: how many values so far (the current one's index + 1)
    std::string key;     // objects: the current member
    std::set<std::string> members;
  };

  // A value begins: in an array it takes the next index.
  void Enter() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().values;
  }
  // Where the current value sits: "/lines/0/quantity".
  std::string Place() const {
    std::string place;
    for (const Frame& f : frames_) {
      place += "/" + (f.array ? std::to_string(f.values - 1) : f.key);
    }
    return place;
  }

  ExactJson& out_;
  Dom dom_;
  std::vector<Frame> frames_;
  std::string error_;
};

}  // namespace

std::string ExactJson::NumberText(const std::string& place, const Json& number) const {
  auto found = number_text.find(place);
  return found != number_text.end() ? found->second : number.dump();
}

Result<ExactJson> ParseJsonExact(std::string_view text) {
  ExactJson out;
  ExactSax sax(out);
  bool ok = Json::sax_parse(text, &sax);
  if (!ok) return InvalidInput(sax.error().empty() ? "malformed JSON" : sax.error());
  return out;
}

}  // namespace lagom::server

namespace lagom::server {

Result<std::string> PlainDecimal(std::string_view number) {
  std::size_t e = number.find_first_of("eE");
  if (e == std::string_view::npos) return std::string(number);
  std::string_view mantissa = number.substr(0, e);
  int exponent = 0;
  std::string_view digits_of_exponent = number.substr(e + 1);
  bool minus = !digits_of_exponent.empty() && digits_of_exponent[0] == '-';
  if (!digits_of_exponent.empty() && (minus || digits_of_exponent[0] == '+')) {
    digits_of_exponent.remove_prefix(1);
  }
  for (char c : digits_of_exponent) {
    exponent = exponent * 10 + (c - '0');
    if (exponent > 400)
      return InvalidInput("the number " + std::string(number) + " is out of range");
  }
  if (minus) exponent = -exponent;
  std::string sign = !mantissa.empty() && mantissa[0] == '-' ? "-" : "";
  if (!sign.empty()) mantissa.remove_prefix(1);
  std::size_t dot = mantissa.find('.');
  std::string digits(mantissa.substr(0, dot));
  int point = static_cast<int>(digits.size()) + exponent;  // digits before the point
  if (dot != std::string_view::npos) digits += mantissa.substr(dot + 1);
  if (point <= 0) return sign + "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  if (point >= static_cast<int>(digits.size())) {
    return sign + digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0');
  }
  return sign + digits.substr(0, static_cast<std::size_t>(point)) + "." +
         digits.substr(static_cast<std::size_t>(point));
}

}  // namespace lagom::server
