#include "app/hashing_gate.h"

namespace lagom::app {

std::optional<HashingGate::Pass> HashingGate::Enter() {
  std::unique_lock lock(mutex_);
  if (free_ == 0) {
    if (waiting_ >= max_waiting_) return std::nullopt;
    ++waiting_;
    freed_.wait(lock, [&] { return free_ > 0; });
    --waiting_;
  }
  --free_;
  return std::optional<Pass>(std::in_place, *this);
}

void HashingGate::Leave() {
  {
    std::lock_guard lock(mutex_);
    ++free_;
  }
  freed_.notify_one();
}

}  // namespace lagom::app
