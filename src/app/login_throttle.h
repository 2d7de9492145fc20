// Limits password guessing (API logins). Per user name and per client address, a few
// failures in a row are free; after that every failure makes the next attempt wait, the wait
// doubling up to a cap. A success clears the user name's and the address's record. The
// caller answers a waiting attempt with 429 and Retry-After, without checking the password.
// Unknown names are counted like real ones, so the answers do not tell which names exist.
// Kept in memory: a restart forgets it. Time is passed in (tests need no clock).
// Thread-safe.
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace lagom::app {

struct LoginThrottlePolicy {
  int free_failures_per_user = 5;
  int free_failures_per_address = 20;
  std::chrono::seconds first_wait{1};
  std::chrono::seconds max_wait{15 * 60};
  std::size_t max_records = 100000;  // beyond it, finished waits are forgotten first
};

class LoginThrottle {
 public:
  using Clock = std::chrono::steady_clock;
  explicit LoginThrottle(LoginThrottlePolicy policy = {}) : policy_(policy) {}

  // How long an attempt for `user` from `address` must still wait; nullopt: it may go now.
  std::optional<std::chrono::seconds> Wait(const std::string& user, const std::string& address,
                                           Clock::time_point now);
  void Failed(const std::string& user, const std::string& address, Clock::time_point now);
  void Succeeded(const std::string& user, const std::string& address);

 private:
  struct Record {
    int failures = 0;
    Clock::time_point blocked_until{};
  };
  using Records = std::unordered_map<std::string, Record>;

  void Fail(Records& records, const std::string& key, int free_failures, Clock::time_point now);
  void Prune(Records& records, Clock::time_point now);

  LoginThrottlePolicy policy_;
  std::mutex mutex_;
  Records users_;
  Records addresses_;
};

}  // namespace lagom::app
