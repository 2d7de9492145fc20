// The dashboard's static files, served from one folder (httplib's mount point) behind a
// guard: a path holding a NUL byte is refused (httplib would open the name up to the NUL:
// /index.html%00anything served index.html), and a file is served only when it is a regular
// file whose real path (symbolic links resolved) lies inside the folder — a link pointing
// outside is answered 404, as if it were not there. Thread-safe.
#pragma once

#include <httplib.h>

#include <string>

namespace lagom::server {

// Installs the folder `web_root` at "/" with the guard in front (a pre-routing handler).
void ServeStaticFiles(httplib::Server& http, const std::string& web_root);

}  // namespace lagom::server
