// Issue 15, defect 7: a password of 11 spaces was accepted, users could not be deleted,
// disabled or have their tokens revoked, and CLI tokens never expired. Now a password rule,
// delete / disable / enable / revoke (app, CLI, API), and every token expires unless it is
// explicitly a long-lived one (the setting auth.token_days is the CLI's default).
#include <gtest/gtest.h>

#include "app/auth.h"
#include "server/api_fixture.h"
#include "store/test_store.h"

namespace lagom {
namespace {

TEST(Accounts, ThePasswordRuleRefusesBlankAndMonotonousPasswords) {
  auto db = store::testing::FreshStore();
  for (const char* weak : {"           ", "aaaaaaaaaaaa", "abababababab", "\t\t\t\t\t\t\t\t\t\t"}) {
    auto added = app::AddUser(*db, "weak", weak, app::Role::kViewer);
    ASSERT_FALSE(added.ok()) << weak;
    EXPECT_EQ(added.error().code, ErrorCode::kInvalidInput);
  }
  EXPECT_FALSE(app::AddUser(*db, "mallory.1234", "mallory.1234", app::Role::kViewer).ok());
  EXPECT_TRUE(app::AddUser(*db, "ok", "plain but varied", app::Role::kViewer).ok());
}

TEST(Accounts, DisablingRevokingAndDeletingEndAccess) {
  auto db = store::testing::FreshStore();
  ASSERT_TRUE(app::AddUser(*db, "ann", "correct horse battery", app::Role::kViewer).ok());
  auto token = app::IssueToken(*db, "ann", "script", std::nullopt);
  ASSERT_TRUE(token.ok());
  ASSERT_TRUE(app::Authenticate(*db, *token)->has_value());
  ASSERT_TRUE(app::DisableUser(*db, "ann").ok());
  EXPECT_FALSE(app::Authenticate(*db, *token)->has_value());
  EXPECT_FALSE(app::Login(*db, "ann", "correct horse battery").ok());
  EXPECT_FALSE(app::IssueToken(*db, "ann", "more", std::nullopt).ok());
  ASSERT_TRUE(app::DisableUser(*db, "ann", false).ok());
  EXPECT_TRUE(app::Authenticate(*db, *token)->has_value());
  EXPECT_EQ(*app::RevokeTokens(*db, "ann"), 1);
  EXPECT_FALSE(app::Authenticate(*db, *token)->has_value());
  auto again = app::Login(*db, "ann", "correct horse battery");
  ASSERT_TRUE(again.ok());
  ASSERT_TRUE(app::DeleteUser(*db, "ann").ok());
  EXPECT_FALSE(app::Authenticate(*db, *again)->has_value());
  EXPECT_EQ(app::DeleteUser(*db, "ann").error().code, ErrorCode::kNotFound);
}

class AccountsApi : public server::testing::Api {};

TEST_F(AccountsApi, AnAdminDisablesRevokesAndDeletesUsers) {
  auto admin = Client();
  ASSERT_EQ(Send(admin, "POST", "/api/v1/users",
                 R"({"username":"temp","password":"temporary pass","role":"viewer"})")
                .first,
            201);
  auto temp = Client("");
  auto [logged, login] =
      Send(temp, "POST", "/api/v1/login", R"({"username":"temp","password":"temporary pass"})");
  ASSERT_EQ(logged, 200) << login.dump();
  temp.set_bearer_token_auth(login["token"].get<std::string>());
  EXPECT_EQ(Send(temp, "GET", "/api/v1/me").first, 200);
  EXPECT_EQ(Send(admin, "POST", "/api/v1/users/temp/disable").first, 200);
  EXPECT_EQ(Send(temp, "GET", "/api/v1/me").first, 401);
  EXPECT_EQ(Send(admin, "POST", "/api/v1/users/temp/enable").first, 200);
  EXPECT_EQ(Send(temp, "GET", "/api/v1/me").first, 200);
  auto [revoked, answer] = Send(admin, "POST", "/api/v1/users/temp/revoke");
  EXPECT_EQ(revoked, 200);
  EXPECT_EQ(answer["revoked_tokens"], 1);
  EXPECT_EQ(Send(temp, "GET", "/api/v1/me").first, 401);
  EXPECT_EQ(Send(admin, "DELETE", "/api/v1/users/temp").first, 200);
  EXPECT_EQ(Send(admin, "DELETE", "/api/v1/users/temp").first, 404);
  auto viewer = Client("viewer");
  EXPECT_EQ(Send(viewer, "POST", "/api/v1/users/admin/disable").first, 403);
  auto [weak, why] = Send(admin, "POST", "/api/v1/users",
                          R"({"username":"blank","password":"           ","role":"viewer"})");
  EXPECT_EQ(weak, 400) << why.dump();
}

// Defect 6's other half: POST /users ignored members it does not know.
TEST_F(AccountsApi, AddUserRefusesUnknownMembers) {
  auto admin = Client();
  auto [status, body] =
      Send(admin, "POST", "/api/v1/users",
           R"({"username":"eve","password":"long enough pass","role":"viewer","admin":true})");
  EXPECT_EQ(status, 400) << body.dump();
  EXPECT_EQ(body["detail"].get<std::string>(), "admin: not a known member");
}

}  // namespace
}  // namespace lagom
