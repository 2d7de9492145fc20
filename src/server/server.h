// `lagom serve`: the HTTP/1.1 JSON API under /api/v1 and the dashboard's static files.
// Binds to loopback by default. One ApiServer serves until Stop() is called (from any thread).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "core/result.h"

namespace lagom::server {

struct ServerOptions {
  std::string db_path = "lagom.db";
  std::string host = "127.0.0.1";
  int port = 8080;                        // 0: any free port (see Bind())
  int threads = 16;                       // request workers
  std::string web_root;                   // dashboard files; empty: API only
  std::size_t max_body_bytes = 16 << 20;  // larger bodies get 413
};

class ApiServer {
 public:
  explicit ApiServer(ServerOptions options);
  ~ApiServer();
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  // Opens the database (creating and migrating it if needed) and binds the socket; returns
  // the bound port.
  Result<int> Bind();
  // Serves until Stop(). REQUIRES: Bind() succeeded.
  void Serve();
  void Stop();

  struct State;  // opaque: the routes, connections and jobs behind the server

 private:
  std::unique_ptr<State> state_;
};

}  // namespace lagom::server
