#include "app/auth.h"

#include <gtest/gtest.h>

#include "store/test_store.h"

namespace lagom::app {
namespace {

TEST(Roles, GrantWhatEachRoleNeeds) {
  EXPECT_TRUE(Allows(Role::kViewer, Permission::kRead));
  EXPECT_FALSE(Allows(Role::kViewer, Permission::kPlan));
  EXPECT_TRUE(Allows(Role::kPlanner, Permission::kPlan));
  EXPECT_TRUE(Allows(Role::kPlanner, Permission::kMasterData));
  EXPECT_FALSE(Allows(Role::kPlanner, Permission::kWarehouse));
  EXPECT_TRUE(Allows(Role::kOperator, Permission::kWarehouse));
  EXPECT_FALSE(Allows(Role::kOperator, Permission::kPlan));
  EXPECT_FALSE(Allows(Role::kOperator, Permission::kAdmin));
  EXPECT_TRUE(Allows(Role::kAdmin, Permission::kAdmin));
  EXPECT_EQ(*ParseRole("operator"), Role::kOperator);
  EXPECT_FALSE(ParseRole("root").ok());
}

TEST(Auth, LoginIssuesATokenThatAuthenticates) {
  auto db = store::testing::FreshStore();
  ASSERT_TRUE(AddUser(*db, "anna", "correct horse battery", Role::kPlanner).ok());
  auto token = Login(*db, "anna", "correct horse battery");
  ASSERT_TRUE(token.ok()) << token.error().message;
  auto user = Authenticate(*db, *token);
  ASSERT_TRUE(user.ok() && user->has_value());
  EXPECT_EQ((*user)->name, "anna");
  EXPECT_EQ((*user)->role, Role::kPlanner);
}

TEST(Auth, StoresNeitherPasswordsNorTokensInTheClear) {
  auto db = store::testing::FreshStore();
  ASSERT_TRUE(AddUser(*db, "anna", "correct horse battery", Role::kAdmin).ok());
  auto token = IssueToken(*db, "anna", "script", std::nullopt);
  ASSERT_TRUE(token.ok());
  auto stmt = db->Prepare("SELECT password_hash, (SELECT token_hash FROM api_tokens) FROM users");
  ASSERT_TRUE(*stmt->Step());
  EXPECT_TRUE(stmt->Text(0).starts_with("$argon2id$"));
  EXPECT_EQ(stmt->Text(1).find(*token), std::string::npos);
  EXPECT_EQ(stmt->Text(1).size(), 64u);  // BLAKE2b-256 in hex
}

TEST(Auth, RejectsWrongPasswordsUnknownTokensAndWeakInput) {
  auto db = store::testing::FreshStore();
  ASSERT_TRUE(AddUser(*db, "anna", "correct horse battery", Role::kViewer).ok());
  EXPECT_EQ(Login(*db, "anna", "wrong password!").error().message,
            "unknown user name or wrong password");
  EXPECT_EQ(Login(*db, "bert", "correct horse battery").error().message,
            "unknown user name or wrong password");
  EXPECT_FALSE(Authenticate(*db, "lagom_0000")->has_value());
  EXPECT_EQ(AddUser(*db, "anna", "another long one", Role::kViewer).error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(AddUser(*db, "carl", "short", Role::kViewer).error().message,
            "a password needs at least 10 characters");
  EXPECT_FALSE(AddUser(*db, "no spaces", "long enough pw", Role::kViewer).ok());
}

TEST(Auth, ExpiredTokensDoNotAuthenticate) {
  auto db = store::testing::FreshStore();
  ASSERT_TRUE(AddUser(*db, "anna", "correct horse battery", Role::kViewer).ok());
  auto token = IssueToken(*db, "anna", "short-lived", std::chrono::hours(-1));
  ASSERT_TRUE(token.ok());
  EXPECT_FALSE(Authenticate(*db, *token)->has_value());
}

// What `lagom user list` and GET /api/v1/users show: names, typed roles and whether an
// account is disabled, by name.
TEST(Auth, ListsAccountsByName) {
  auto db = store::testing::FreshStore();
  ASSERT_TRUE(AddUser(*db, "per", "correct horse battery", Role::kOperator).ok());
  ASSERT_TRUE(AddUser(*db, "anna", "correct horse battery", Role::kAdmin).ok());
  ASSERT_TRUE(DisableUser(*db, "per").ok());
  auto accounts = ListAccounts(*db);
  ASSERT_TRUE(accounts.ok()) << accounts.error().message;
  ASSERT_EQ(accounts->size(), 2u);
  EXPECT_EQ((*accounts)[0].name, "anna");
  EXPECT_EQ((*accounts)[0].role, Role::kAdmin);
  EXPECT_FALSE((*accounts)[0].disabled);
  EXPECT_EQ((*accounts)[1].name, "per");
  EXPECT_EQ((*accounts)[1].role, Role::kOperator);
  EXPECT_TRUE((*accounts)[1].disabled);
}

}  // namespace
}  // namespace lagom::app
