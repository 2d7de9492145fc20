// Issue 15, defect 10: /index.html%00anything served index.html (the name was cut at the
// NUL), and symbolic links in the web folder were followed outside it. Now a NUL in a path
// is 400 and only regular files whose real path is inside the folder are served.
#include <gtest/gtest.h>

#include "server/api_fixture.h"

namespace lagom::server {
namespace {

namespace fs = std::filesystem;

class StaticFiles : public testing::Api {};

TEST_F(StaticFiles, NulBytesAreRefusedAndLinksOutsideTheFolderAreNotFollowed) {
  fs::create_symlink(dir_ / "secret.txt", dir_ / "web" / "leak.txt");
  fs::create_directories(dir_ / "web" / "assets");
  std::ofstream(dir_ / "web" / "assets" / "app.js") << "// app";
  fs::create_symlink(dir_ / "web" / "assets" / "app.js", dir_ / "web" / "alias.js");
  httplib::Client client("127.0.0.1", port_);
  auto index = client.Get("/index.html");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  auto nul = client.Get("/index.html%00anything");
  ASSERT_TRUE(nul);
  EXPECT_EQ(nul->status, 400) << nul->body;  // was: 200 with index.html
  auto leak = client.Get("/leak.txt");
  ASSERT_TRUE(leak);
  EXPECT_EQ(leak->status, 404);  // was: 200 with "not for the web"
  EXPECT_EQ(leak->body.find("not for the web"), std::string::npos);
  auto alias = client.Get("/alias.js");  // a link that stays inside is fine
  ASSERT_TRUE(alias);
  EXPECT_EQ(alias->status, 200);
  EXPECT_EQ(alias->body, "// app");
}

}  // namespace
}  // namespace lagom::server
