// A small bounded pool for password hashing: Argon2id takes about 0.3 s of CPU and 64 MiB
// per hash, so a burst of logins would occupy every server thread and starve the requests
// that need none (/health, calls with a token). At most `slots` hashes run at once and at
// most `max_waiting` callers queue behind them; Enter() turns the rest away at once (the
// server answers 503 with Retry-After), so a flood costs a few threads, never all of them.
// Thread-safe.
#pragma once

#include <condition_variable>
#include <mutex>
#include <optional>

namespace lagom::app {

class HashingGate {
 public:
  HashingGate(int slots, int max_waiting) : free_(slots), max_waiting_(max_waiting) {}

  // Holds a slot until destroyed.
  class Pass {
   public:
    explicit Pass(HashingGate& gate) : gate_(&gate) {}
    Pass(Pass&& other) noexcept : gate_(other.gate_) { other.gate_ = nullptr; }
    Pass& operator=(Pass&&) = delete;
    ~Pass() {
      if (gate_) gate_->Leave();
    }

   private:
    HashingGate* gate_;
  };

  // Waits for a slot; nullopt, without waiting, when max_waiting callers already wait.
  std::optional<Pass> Enter();

 private:
  void Leave();

  std::mutex mutex_;
  std::condition_variable freed_;
  int free_;
  int waiting_ = 0;
  int max_waiting_;
};

}  // namespace lagom::app
