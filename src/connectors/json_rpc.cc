#include "connectors/json_rpc.h"

#include <httplib.h>

namespace lagom::connectors {

namespace {

// The last non-empty line of a Python traceback: the exception's type and message.
std::string LastLine(const std::string& text) {
  std::size_t end = text.find_last_not_of("\n ");
  if (end == std::string::npos) return {};
  std::size_t start = text.rfind('\n', end);
  return text.substr(start == std::string::npos ? 0 : start + 1, end - start);
}

// The server's error as one line: Tryton answers ["UserError", ["message", "detail", …]] for
// its own errors and ["message", "traceback"] for any other exception, whose message may be
// empty (then the traceback's last line names it); anything else is shown as JSON.
std::string ErrorMessage(const nlohmann::json& error) {
  if (error.is_array() && error.size() >= 2 && error[1].is_array() && !error[1].empty() &&
      error[1][0].is_string()) {
    return error[0].get<std::string>() + ": " + error[1][0].get<std::string>();
  }
  if (error.is_array() && !error.empty() && error[0].is_string()) {
    std::string message = error[0];
    if (message.empty() && error.size() >= 2 && error[1].is_string()) {
      message = LastLine(error[1].get<std::string>());
    }
    if (!message.empty()) return message;
  }
  return error.dump();
}

}  // namespace

JsonRpcClient::JsonRpcClient(std::string url, std::string path)
    : url_(std::move(url)), path_(std::move(path)), http_(std::make_unique<httplib::Client>(url_)) {
  http_->set_connection_timeout(5);
  http_->set_read_timeout(120);
  http_->set_tcp_nodelay(true);
}

JsonRpcClient::~JsonRpcClient() = default;

Result<nlohmann::json> JsonRpcClient::Call(const std::string& method, nlohmann::json params) {
  nlohmann::json request = {{"id", next_id_++}, {"method", method}, {"params", std::move(params)}};
  httplib::Headers headers;
  if (!authorization_.empty()) headers.emplace("Authorization", authorization_);
  auto response = http_->Post(path_, headers, request.dump(), "application/json");
  if (!response) {
    return IoError("cannot reach " + url_ + ": " + httplib::to_string(response.error()));
  }
  if (response->status == 401 || response->status == 403) {
    return IoError(url_ + " refused " + method + " (HTTP " + std::to_string(response->status) +
                   "): wrong user or password, or the session expired");
  }
  if (response->status != 200) {
    return IoError(url_ + " answered " + method + " with HTTP " + std::to_string(response->status));
  }
  nlohmann::json answer = nlohmann::json::parse(response->body, nullptr, false);
  if (answer.is_discarded() || !answer.is_object()) {
    return IoError(url_ + " answered " + method + " with something that is not JSON-RPC");
  }
  if (answer.contains("error") && !answer["error"].is_null()) {
    return InvalidInput(url_ + ": " + method + " failed: " + ErrorMessage(answer["error"]));
  }
  return std::move(answer["result"]);
}

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 |
                 (unsigned char)bytes[i + 2];
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(v >> shift) & 63];
  }
  if (std::size_t rest = bytes.size() - i; rest > 0) {
    unsigned v = (unsigned char)bytes[i] << 16 | (rest == 2 ? (unsigned char)bytes[i + 1] << 8 : 0);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace lagom::connectors
