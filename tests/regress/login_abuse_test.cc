// Issue 15, defects 2 and 3. An unknown user name was answered at once (0.46 ms) and a real
// one with a wrong password after the hash check (272 ms): names could be probed by time.
// 300 wrong passwords in a row all got 401 and then the right one worked; 32 concurrent
// logins starved /health. Now an unknown name costs a hash verification too, failures earn a
// growing wait per name and per client address (429 + Retry-After), and hashing runs on a
// small bounded pool that turns a flood away (503) instead of taking every thread.
#include <gtest/gtest.h>

#include <thread>

#include "app/auth.h"
#include "app/hashing_gate.h"
#include "app/login_throttle.h"
#include "server/api_fixture.h"
#include "store/test_store.h"

namespace lagom {
namespace {

using app::LoginThrottle;
using std::chrono::seconds;

TEST(LoginTiming, AnUnknownNameCostsAVerificationAsAWrongPasswordDoes) {
  auto db = store::testing::FreshStore();
  ASSERT_TRUE(app::AddUser(*db, "ada", "correct horse battery", app::Role::kViewer).ok());
  std::uint64_t before = app::PasswordVerifications();
  auto wrong = app::Login(*db, "ada", "not the password");
  EXPECT_EQ(app::PasswordVerifications(), before + 1);
  auto unknown = app::Login(*db, "nobody", "not the password");
  EXPECT_EQ(app::PasswordVerifications(), before + 2);  // was: no verification at all
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().code, unknown.error().code);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST(LoginThrottle, FreeFailuresThenAWaitThatDoubles) {
  LoginThrottle throttle({.free_failures_per_user = 5,
                          .free_failures_per_address = 100,
                          .first_wait = seconds(1),
                          .max_wait = seconds(8)});
  auto t = LoginThrottle::Clock::time_point{} + seconds(1000);
  for (int i = 0; i < 5; ++i) {
    EXPECT_FALSE(throttle.Wait("ada", "10.0.0.1", t)) << i;
    throttle.Failed("ada", "10.0.0.1", t);
  }
  EXPECT_FALSE(throttle.Wait("ada", "10.0.0.1", t));  // five failures are free
  throttle.Failed("ada", "10.0.0.1", t);              // the 6th: wait 1 s
  EXPECT_EQ(throttle.Wait("ada", "10.0.0.1", t), seconds(1));
  EXPECT_EQ(throttle.Wait("ada", "10.9.9.9", t), seconds(1));  // per name, from anywhere
  EXPECT_FALSE(throttle.Wait("bob", "10.0.0.1", t));           // other names unaffected
  t += seconds(1);
  throttle.Failed("ada", "10.0.0.1", t);  // 7th: 2 s, 8th: 4 s, 9th: 8 s, 10th: capped at 8
  EXPECT_EQ(throttle.Wait("ada", "10.0.0.1", t), seconds(2));
  for (int wait : {4, 8, 8}) {
    t += seconds(10);
    throttle.Failed("ada", "10.0.0.1", t);
    EXPECT_EQ(throttle.Wait("ada", "10.0.0.1", t), seconds(wait));
  }
  throttle.Succeeded("ada", "10.0.0.1");
  EXPECT_FALSE(throttle.Wait("ada", "10.0.0.1", t));
}

TEST(LoginThrottle, OneAddressTryingManyNamesIsLimitedToo) {
  LoginThrottle throttle({.free_failures_per_user = 5, .free_failures_per_address = 3});
  auto t = LoginThrottle::Clock::time_point{};
  for (const char* name : {"a", "b", "c", "d"}) throttle.Failed(name, "10.0.0.2", t);
  EXPECT_EQ(throttle.Wait("e", "10.0.0.2", t), seconds(1));
  EXPECT_FALSE(throttle.Wait("e", "10.0.0.3", t));
}

TEST(LoginThrottle, MemoryStaysBoundedWhateverNamesComeIn) {
  LoginThrottle throttle({.free_failures_per_user = 1, .max_records = 10});
  auto t = LoginThrottle::Clock::time_point{};
  for (int i = 0; i < 1000; ++i) throttle.Failed("user" + std::to_string(i), "10.0.0.4", t);
  // Still limiting the address, whose record is the newest.
  EXPECT_TRUE(throttle.Wait("someone", "10.0.0.4", t).has_value());
}

TEST(HashingGate, TurnsCallersAwayBeyondItsSlotsAndQueue) {
  app::HashingGate gate(1, 0);
  auto first = gate.Enter();
  ASSERT_TRUE(first);
  EXPECT_FALSE(gate.Enter());  // no slot and no room to wait: refused at once
  first.reset();
  EXPECT_TRUE(gate.Enter());  // free again
}

TEST(HashingGate, AQueuedCallerGetsTheSlotWhenItIsFreed) {
  app::HashingGate gate(1, 1);
  auto first = gate.Enter();
  ASSERT_TRUE(first);
  bool entered = false;
  std::thread waiter([&] { entered = gate.Enter().has_value(); });
  first.reset();
  waiter.join();
  EXPECT_TRUE(entered);
}

class LoginAbuseApi : public server::testing::Api {};

TEST_F(LoginAbuseApi, WrongPasswordsEarnA429WithRetryAfterEvenForTheRightOne) {
  httplib::Client client("127.0.0.1", port_);
  auto login = [&](const std::string& password) {
    return client.Post("/api/v1/login",
                       nlohmann::json{{"username", "viewer"}, {"password", password}}.dump(),
                       "application/json");
  };
  for (int i = 0; i < 5; ++i) {
    auto r = login("wrong password " + std::to_string(i));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 401) << i;
  }
  auto sixth = login("wrong password 5");
  ASSERT_TRUE(sixth);
  EXPECT_EQ(sixth->status, 401);  // counted: the next attempt waits
  auto right = login("password-viewer");
  ASSERT_TRUE(right);
  EXPECT_EQ(right->status, 429) << right->body;
  EXPECT_EQ(right->get_header_value("Retry-After"), "1");
  // Other users and calls with a token are not held up.
  auto admin = Client();
  EXPECT_EQ(Send(admin, "GET", "/api/v1/me").first, 200);
}

}  // namespace
}  // namespace lagom
