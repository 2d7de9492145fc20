#include "app/request_fingerprint.h"

#include <sodium.h>

#include <array>

namespace lagom::app {

RequestFingerprint& RequestFingerprint::Add(std::string_view name, std::string_view value) {
  // Length-prefixed, so no value can imitate a separator.
  text_ += std::to_string(name.size()) + ":" + std::string(name) + "=" +
           std::to_string(value.size()) + ":" + std::string(value) + ";";
  return *this;
}

std::string RequestFingerprint::Digest() const {
  std::array<unsigned char, 16> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(text_.data()), text_.size(), nullptr,
                     0);
  std::string hex(digest.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  hex.pop_back();
  return hex;
}

}  // namespace lagom::app
