// Test fixture for the API over real HTTP on loopback: a server on a free port with a
// scratch database, users of every role with tokens, and httplib's client. Tests only.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "app/auth.h"
#include "app/open_store.h"
#include "server/server.h"

namespace lagom::server::testing {

namespace fs = std::filesystem;
using json = nlohmann::json;

// Percent-encodes everything but letters and digits, for query values.
inline std::string Encoded(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      out += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      out += hex;
    }
  }
  return out;
}

class Api : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("lagom-api-test-" + std::to_string(getpid()));
    fs::create_directories(dir_ / "web");
    std::ofstream(dir_ / "web" / "index.html") << "<!doctype html><title>Lagom</title>";
    std::ofstream(dir_ / "secret.txt") << "not for the web";
    std::string db_path = (dir_ / "api.db").string();
    {
      auto db = app::OpenStore(db_path);
      for (auto [name, role] : std::map<std::string, app::Role>{{"viewer", app::Role::kViewer},
                                                                {"planner", app::Role::kPlanner},
                                                                {"operator", app::Role::kOperator},
                                                                {"admin", app::Role::kAdmin}}) {
        ASSERT_TRUE(app::AddUser(**db, name, "password-" + name, role).ok());
        tokens_[name] = *app::IssueToken(**db, name, "test", std::nullopt);
      }
    }
    server_ = new ApiServer({db_path, "127.0.0.1", 0, 8, (dir_ / "web").string()});
    auto port = server_->Bind();
    ASSERT_TRUE(port.ok()) << port.error().message;
    port_ = *port;
    thread_ = new std::thread([] { server_->Serve(); });
  }
  static void TearDownTestSuite() {
    server_->Stop();
    thread_->join();
    delete thread_;
    delete server_;
    fs::remove_all(dir_);
  }

  static httplib::Client Client(const std::string& role = "admin") {
    httplib::Client client("127.0.0.1", port_);
    if (!role.empty()) client.set_bearer_token_auth(tokens_[role]);
    return client;
  }
  // Sends a request and returns status and parsed body (null when not JSON).
  static std::pair<int, json> Send(httplib::Client& client, const std::string& method,
                                   const std::string& path, const std::string& body = "",
                                   const std::string& type = "application/json") {
    httplib::Result r = method == "GET"     ? client.Get(path)
                        : method == "POST"  ? client.Post(path, body, type)
                        : method == "PATCH" ? client.Patch(path, body, type)
                        : method == "PUT"   ? client.Put(path, body, type)
                                            : client.Delete(path);
    if (!r) return {0, nullptr};
    return {r->status, json::parse(r->body, nullptr, false)};
  }

  // Starts a planning run as of `as_of` and waits for it; returns the job's last status.
  static json PlanAndWait(httplib::Client& client, const std::string& as_of) {
    auto [started, job] = Send(client, "POST", "/api/v1/plan-runs", json{{"as_of", as_of}}.dump());
    EXPECT_EQ(started, 202) << job.dump();
    json status;
    for (int i = 0; i < 200 && started == 202; ++i) {
      status =
          Send(client, "GET", "/api/v1/plan-jobs/" + std::to_string(job["job"].get<int>())).second;
      if (status["state"] != "running") break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return status;
  }

  static inline fs::path dir_;
  static inline std::map<std::string, std::string> tokens_;
  static inline ApiServer* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
  static inline int port_ = 0;
};

}  // namespace lagom::server::testing
