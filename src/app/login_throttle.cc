#include "app/login_throttle.h"

#include <algorithm>

namespace lagom::app {

namespace {

std::chrono::seconds Remaining(std::chrono::steady_clock::time_point until,
                               std::chrono::steady_clock::time_point now) {
  // Rounded up: "Retry-After: 0" would invite an attempt that is still refused.
  return std::chrono::ceil<std::chrono::seconds>(until - now);
}

}  // namespace

std::optional<std::chrono::seconds> LoginThrottle::Wait(const std::string& user,
                                                        const std::string& address,
                                                        Clock::time_point now) {
  std::lock_guard lock(mutex_);
  Clock::time_point until{};
  if (auto found = users_.find(user); found != users_.end()) until = found->second.blocked_until;
  if (auto found = addresses_.find(address); found != addresses_.end()) {
    until = std::max(until, found->second.blocked_until);
  }
  if (until <= now) return std::nullopt;
  return Remaining(until, now);
}

void LoginThrottle::Failed(const std::string& user, const std::string& address,
                           Clock::time_point now) {
  std::lock_guard lock(mutex_);
  Fail(users_, user, policy_.free_failures_per_user, now);
  Fail(addresses_, address, policy_.free_failures_per_address, now);
}

void LoginThrottle::Succeeded(const std::string& user, const std::string& address) {
  std::lock_guard lock(mutex_);
  users_.erase(user);
  addresses_.erase(address);
}

// The n-th failure beyond the free ones waits first_wait · 2^(n−1), capped at max_wait.
void LoginThrottle::Fail(Records& records, const std::string& key, int free_failures,
                         Clock::time_point now) {
  if (records.size() >= policy_.max_records) Prune(records, now);
  Record& record = records[key];
  ++record.failures;
  int beyond = record.failures - free_failures;
  if (beyond <= 0) return;
  auto wait = policy_.first_wait;
  for (int i = 1; i < beyond && wait < policy_.max_wait; ++i) wait *= 2;
  record.blocked_until = now + std::min(wait, policy_.max_wait);
}

// Forgets records whose wait has ended (their counts restart), and if that is not enough,
// all of them: memory stays bounded whatever names an attacker sends.
void LoginThrottle::Prune(Records& records, Clock::time_point now) {
  std::erase_if(records, [&](const auto& entry) { return entry.second.blocked_until <= now; });
  if (records.size() >= policy_.max_records) records.clear();
}

}  // namespace lagom::app
