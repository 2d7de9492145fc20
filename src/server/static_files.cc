#include "server/static_files.h"

#include <filesystem>

#include "server/http_json.h"

namespace lagom::server {

namespace {

namespace fs = std::filesystem;
using httplib::Server;

// The file httplib would serve for `path` (a folder's index.html), or "" when none exists.
fs::path Candidate(const fs::path& root, const std::string& path) {
  fs::path file = root / fs::path(path).relative_path();
  std::error_code error;
  if (fs::is_directory(file, error)) file /= "index.html";
  return fs::exists(fs::symlink_status(file, error)) ? file : fs::path();
}

bool Inside(const fs::path& root, const fs::path& file) {
  std::error_code error;
  fs::path real = fs::canonical(file, error);
  if (error || !fs::is_regular_file(real, error)) return false;
  auto [root_end, file_at] = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
  return root_end == root.end() && file_at != real.end();
}

}  // namespace

void ServeStaticFiles(httplib::Server& http, const std::string& web_root) {
  std::error_code error;
  fs::path root = fs::canonical(web_root, error);
  http.set_pre_routing_handler([root](const httplib::Request& req, httplib::Response& res) {
    if (req.path.find('\0') != std::string::npos) {
      SendProblem(res, 400, "a path must not contain a NUL byte");
      return Server::HandlerResponse::Handled;
    }
    if (req.method != "GET" && req.method != "HEAD") return Server::HandlerResponse::Unhandled;
    fs::path file = Candidate(root, req.path);
    if (file.empty() || Inside(root, file)) return Server::HandlerResponse::Unhandled;
    SendProblem(res, 404, "no such resource: " + req.method + " " + req.path);
    return Server::HandlerResponse::Handled;
  });
  http.set_mount_point("/", web_root);
}

}  // namespace lagom::server
