// A thread that runs `tick` every `interval` until stopped: the server's webhook delivery
// and its scheduler. Stop() (or the destructor) wakes it and waits for the tick in progress.
// Thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace lagom::server {

class BackgroundLoop {
 public:
  BackgroundLoop(std::chrono::milliseconds interval, std::function<void()> tick);
  ~BackgroundLoop();
  BackgroundLoop(const BackgroundLoop&) = delete;
  BackgroundLoop& operator=(const BackgroundLoop&) = delete;
  void Stop();

 private:
  void Run();

  std::chrono::milliseconds interval_;
  std::function<void()> tick_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace lagom::server
