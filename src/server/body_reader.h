// Reading a JSON object body member by member, by name and type, for the ledger's writes.
// Each problem (a required member missing, a member of the wrong type or value, a member
// no reader asked for) is collected with its field name, so that one answer names them all.
// Quantities and money are numbers (exponent allowed) or decimal strings, read exactly from
// their text (never via double), within core/limits.h; dates are "YYYY-MM-DD".
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/quantity.h"
#include "engine/ledger/lot_picking.h"
#include "server/http_json.h"
#include "server/json_exact.h"

namespace lagom::server {

class BodyReader {
 public:
  // REQUIRES: `body` is an object and outlives the reader.
  explicit BodyReader(const ExactJson& body) : body_(body) {}

  std::string Text(const char* name, bool required = false);
  std::optional<Date> OptionalDate(const char* name);
  std::optional<Quantity> OptionalQuantity(const char* name, bool required = false);
  std::optional<Money> OptionalMoney(const char* name);
  // A whole number in [low, high].
  std::optional<std::int64_t> OptionalInteger(const char* name, std::int64_t low = 1,
                                              std::int64_t high = 1'000'000'000);
  bool Flag(const char* name);
  // An array of non-empty strings, each within the text limit; required: at least one.
  std::vector<std::string> TextList(const char* name, bool required = false);
  // The idempotency key: the Idempotency-Key header, else the member `key` (both when they
  // agree); 1–200 characters.
  std::string IdempotencyKey(const httplib::Request& req);
  // Records a problem found by the caller with a member it read.
  void Reject(const char* name, const std::string& reason);

  // The problems so far, plus a problem for each member no reader asked for.
  Json Problems() const;

 private:
  const Json* Member(const char* name, bool required);
  Result<std::string> DecimalText(const char* name, const Json& value) const;

  const ExactJson& body_;
  std::set<std::string> asked_;
  Json problems_ = Json::array();
};

// The member `pick`: how to choose lots to take from (default FEFO).
ledger::PickPolicy ReadPick(BodyReader& in);

// The request body as a JSON object; false (with a 400 problem sent) when it is not one.
bool ReadObjectBody(const httplib::Request& req, httplib::Response& res, ExactJson& body);

// Sends 400 naming every problem of `reader`; false when there were none.
bool SendProblems(httplib::Response& res, const BodyReader& reader);

}  // namespace lagom::server
