// A request's fingerprint: a digest of its fields, named and in a fixed order, kept with its
// idempotency key so that the key used again for a different request is refused (a replay
// must be the same request). Thread-compatible.
#pragma once

#include <string>
#include <string_view>

namespace lagom::app {

class RequestFingerprint {
 public:
  // Appends one field; names keep "a=1,b=" apart from "a=,b=1".
  RequestFingerprint& Add(std::string_view name, std::string_view value);
  // Hex BLAKE2b-128 of the fields added.
  std::string Digest() const;

 private:
  std::string text_;
};

}  // namespace lagom::app
