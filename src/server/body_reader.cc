#include "server/body_reader.h"

#include "core/limits.h"

namespace lagom::server {

namespace {

constexpr std::size_t kMaxKey = 200;

// Quantities within ±limits::kMaxQuantity, money within ±limits::kMaxAmount; the ledger
// checks unit costs and values more narrowly (store::InsertMovement).
Status CheckLimit(Quantity value, const char* name) {
  return limits::CheckQuantity(value, name);
}
Status CheckLimit(Money value, const char* name) {
  return limits::CheckAmount(value, name);
}

// Reads a number member exactly from its text, within its limit.
template <class Fixed>
Result<Fixed> ReadFixed(const Result<std::string>& text, const char* name, const char* what) {
  if (!text) return text.error();
  auto value = Fixed::Parse(*text, what);
  if (!value) return value;
  if (Status within = CheckLimit(*value, name); !within) return within.error();
  return value;
}

}  // namespace

// A number's JSON text as sent (as a plain decimal), or a string's content: what the exact
// parsers read.
Result<std::string> BodyReader::DecimalText(const char* name, const Json& value) const {
  if (value.is_string()) return value.get<std::string>();
  if (!value.is_number()) return InvalidInput("a number is required");
  return PlainDecimal(body_.NumberText("/" + std::string(name), value));
}

const Json* BodyReader::Member(const char* name, bool required) {
  asked_.insert(name);
  auto found = body_.value.find(name);
  if (found == body_.value.end() || found->is_null()) {
    if (required) Reject(name, "required");
    return nullptr;
  }
  return &*found;
}

void BodyReader::Reject(const char* name, const std::string& reason) {
  problems_.push_back({{"field", name}, {"reason", reason}});
}

std::string BodyReader::Text(const char* name, bool required) {
  const Json* value = Member(name, required);
  if (!value) return {};
  if (!value->is_string()) {
    Reject(name, "a string is required");
    return {};
  }
  std::string text = value->get<std::string>();
  if (required && text.empty()) Reject(name, "must not be empty");
  if (Status short_enough = limits::CheckText(text, "the text"); !short_enough) {
    Reject(name, short_enough.error().message);
  }
  return text;
}

std::vector<std::string> BodyReader::TextList(const char* name, bool required) {
  const Json* value = Member(name, required);
  if (!value) return {};
  if (!value->is_array() || (required && value->empty())) {
    Reject(name, required ? "a non-empty array of strings is required"
                          : "an array of strings is required");
    return {};
  }
  std::vector<std::string> texts;
  for (std::size_t i = 0; i < value->size(); ++i) {
    const Json& element = (*value)[i];
    std::string where = "element " + std::to_string(i + 1) + ": ";
    if (!element.is_string() || element.get<std::string>().empty()) {
      Reject(name, where + "a non-empty string is required");
      return {};
    }
    if (Status fits = limits::CheckText(element.get<std::string>(), "the text"); !fits) {
      Reject(name, where + fits.error().message);
      return {};
    }
    texts.push_back(element.get<std::string>());
  }
  return texts;
}

std::optional<Date> BodyReader::OptionalDate(const char* name) {
  const Json* value = Member(name, false);
  if (!value) return std::nullopt;
  auto date = value->is_string() ? ParseDate(value->get<std::string>())
                                 : Result<Date>(InvalidInput("a date YYYY-MM-DD is required"));
  if (!date) Reject(name, date.error().message);
  return date ? std::optional<Date>(*date) : std::nullopt;
}

std::optional<Quantity> BodyReader::OptionalQuantity(const char* name, bool required) {
  const Json* value = Member(name, required);
  if (!value) return std::nullopt;
  auto quantity = ReadFixed<Quantity>(DecimalText(name, *value), name, "quantity");
  if (!quantity) Reject(name, quantity.error().message);
  return quantity ? std::optional<Quantity>(*quantity) : std::nullopt;
}

std::optional<Money> BodyReader::OptionalMoney(const char* name) {
  const Json* value = Member(name, false);
  if (!value) return std::nullopt;
  auto money = ReadFixed<Money>(DecimalText(name, *value), name, "amount of money");
  if (!money) Reject(name, money.error().message);
  return money ? std::optional<Money>(*money) : std::nullopt;
}

std::string BodyReader::IdempotencyKey(const httplib::Request& req) {
  std::string header = req.get_header_value("Idempotency-Key");
  std::string member = Text("key");
  if (!header.empty() && !member.empty() && header != member) {
    Reject("key", "differs from the Idempotency-Key header");
  }
  std::string key = header.empty() ? member : header;
  if (key.empty()) Reject("key", "an idempotency key is required (Idempotency-Key header or key)");
  if (key.size() > kMaxKey) Reject("key", "longer than 200 characters");
  return key;
}

std::optional<std::int64_t> BodyReader::OptionalInteger(const char* name, std::int64_t low,
                                                        std::int64_t high) {
  const Json* value = Member(name, false);
  if (!value) return std::nullopt;
  bool fits = value->is_number_integer() && value->get<std::int64_t>() >= low &&
              value->get<std::int64_t>() <= high;
  if (!fits) {
    Reject(name, "a whole number from " + std::to_string(low) + " to " + std::to_string(high) +
                     " is required");
    return std::nullopt;
  }
  return value->get<std::int64_t>();
}

bool BodyReader::Flag(const char* name) {
  const Json* value = Member(name, false);
  if (!value) return false;
  if (!value->is_boolean()) {
    Reject(name, "true or false is required");
    return false;
  }
  return value->get<bool>();
}

Json BodyReader::Problems() const {
  Json all = problems_;
  for (const auto& [name, value] : body_.value.items()) {
    if (!asked_.contains(name)) all.push_back({{"field", name}, {"reason", "not a known member"}});
  }
  return all;
}

ledger::PickPolicy ReadPick(BodyReader& in) {
  std::string name = in.Text("pick");
  if (name.empty()) return ledger::PickPolicy::kFefo;
  auto pick = ledger::ParsePickPolicy(name);
  if (!pick) in.Reject("pick", "fefo, fifo or manual");
  return pick.value_or(ledger::PickPolicy::kFefo);
}

bool ReadObjectBody(const httplib::Request& req, httplib::Response& res, ExactJson& body) {
  auto parsed = ParseExactBody(req);
  if (!parsed) {
    SendError(res, parsed.error());
    return false;
  }
  if (!parsed->value.is_object()) {
    SendProblem(res, 400, "the body must be a JSON object");
    return false;
  }
  body = std::move(*parsed);
  return true;
}

bool SendProblems(httplib::Response& res, const BodyReader& reader) {
  Json problems = reader.Problems();
  if (problems.empty()) return false;
  const Json& first = problems.front();
  std::string detail =
      first["field"].get<std::string>() + ": " + first["reason"].get<std::string>();
  if (problems.size() > 1) detail += " (and " + std::to_string(problems.size() - 1) + " more)";
  SendProblem(res, 400, detail, std::move(problems));
  return true;
}

}  // namespace lagom::server
