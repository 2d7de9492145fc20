// A one-line progress bar on stderr, drawn only when stderr is a terminal (so logs and
// pipes stay clean). Not thread-safe: update it from one thread.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace lagom::cli {

class ProgressBar {
 public:
  explicit ProgressBar(std::string label);
  ~ProgressBar();  // ends the line if anything was drawn
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void Update(std::size_t done, std::size_t total);

 private:
  std::string label_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace lagom::cli
