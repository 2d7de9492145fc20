#include "connectors/json_rpc.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <thread>

namespace lagom::connectors {
namespace {

// A loopback JSON-RPC server that answers every call with `body` (status 200).
class FixedServer {
 public:
  explicit FixedServer(std::string body) : body_(std::move(body)) {
    http_.Post("/db/", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(body_, "application/json");
    });
    port_ = http_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { http_.listen_after_bind(); });
  }
  ~FixedServer() {
    http_.stop();
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

 private:
  std::string body_;
  httplib::Server http_;
  int port_ = 0;
  std::thread thread_;
};

// The message of the error `Call` returns when the server answers `answer`, after the URL.
std::string ErrorOf(const std::string& answer) {
  FixedServer server(answer);
  JsonRpcClient client(server.url(), "/db/");
  auto result = client.Call("model.x.read", nlohmann::json::array());
  if (result) return "(no error)";
  const std::string& message = result.error().message;
  return message.substr(std::min(message.size(), server.url().size()));
}

TEST(JsonRpc, ATrytonUserErrorIsItsTypeAndMessage) {
  EXPECT_EQ(ErrorOf(R"({"id": 1, "error": ["UserError", ["The code must be unique.", ""]]})"),
            ": model.x.read failed: UserError: The code must be unique.");
}

// trytond answers any other exception as [str(exception), traceback]; an AssertionError has
// no message, so the traceback's last line must name it (this hid a trytond threading fault).
TEST(JsonRpc, AnExceptionWithoutMessageIsNamedByItsTracebacksLastLine) {
  EXPECT_EQ(
      ErrorOf(
          R"({"id": 1, "error": ["", "Traceback (most recent call last):\n  File \"x.py\", line 1\nAssertionError\n"]})"),
      ": model.x.read failed: AssertionError");
  EXPECT_EQ(ErrorOf(R"({"id": 1, "error": ["", ""]})"), R"(: model.x.read failed: ["",""])");
}

TEST(JsonRpc, AnAnswerThatIsNotJsonRpcIsAnError) {
  EXPECT_EQ(ErrorOf("<html>busy</html>"),
            " answered model.x.read with something that is not JSON-RPC");
}

}  // namespace
}  // namespace lagom::connectors
