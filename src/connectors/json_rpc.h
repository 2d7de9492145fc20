// A JSON-RPC client over HTTP (cpp-httplib), the way Tryton and Odoo speak it:
// POST {"id", "method", "params"} and read back {"result"} or {"error"}. Failures are
// values naming the URL: the server cannot be reached, refuses the login (HTTP 401/403),
// or answers with an error (its message, as the server gave it).
// Thread-safety: one client belongs to one thread at a time.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "core/result.h"

namespace httplib {
class Client;
}

namespace lagom::connectors {

class JsonRpcClient {
 public:
  // `url`: scheme, host and port ("http://127.0.0.1:8000"); `path`: where calls go ("/db/").
  JsonRpcClient(std::string url, std::string path);
  ~JsonRpcClient();
  JsonRpcClient(const JsonRpcClient&) = delete;
  JsonRpcClient& operator=(const JsonRpcClient&) = delete;

  // Sent as the Authorization header of every later call ("Session …").
  void SetAuthorization(std::string value) { authorization_ = std::move(value); }

  // The call's "result". An "error" answer is InvalidInput with the server's message;
  // transport failures and HTTP errors are IoError.
  Result<nlohmann::json> Call(const std::string& method, nlohmann::json params);

 private:
  std::string url_, path_, authorization_;
  std::unique_ptr<httplib::Client> http_;
  int next_id_ = 1;
};

// RFC 4648 base64 of `bytes` (HTTP authorization headers).
std::string Base64(std::string_view bytes);

}  // namespace lagom::connectors
