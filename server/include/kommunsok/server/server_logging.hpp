// Why: a flood of cheap requests must not fill the disk: the access log is rate-limited
// (what is dropped is counted and said), and logs written to files rotate by size.
#pragma once

#include <spdlog/sinks/base_sink.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <mutex>

namespace kommunsok::server {

struct LogOptions {
  std::filesystem::path dir;            ///< empty: standard output
  std::size_t max_file_bytes = 50 << 20;  ///< a log file is rotated at this size
  std::size_t files_kept = 5;           ///< rotated files kept per log
  double access_lines_per_second = 200;  ///< sustained; bursts of twice this pass
};

/// Passes lines on to `target` at most `per_second` on average (bursts of `burst`); the next
/// line that passes after a drop is preceded by one saying how many were dropped.
class RateLimitedSink : public spdlog::sinks::base_sink<std::mutex> {
 public:
  RateLimitedSink(spdlog::sink_ptr target, double per_second, double burst);
  std::size_t dropped_total() const { return dropped_total_; }

 protected:
  void sink_it_(const spdlog::details::log_msg& message) override;
  void flush_() override;
  // The format is the target's: a pattern set on this sink is passed on.
  void set_pattern_(const std::string& pattern) override;
  void set_formatter_(std::unique_ptr<spdlog::formatter> formatter) override;

 private:
  spdlog::sink_ptr target_;
  double per_second_, burst_, tokens_;
  std::chrono::steady_clock::time_point refilled_;
  std::size_t dropped_ = 0;
  std::atomic<std::size_t> dropped_total_{0};
};

/// Sets up the "access" logger and the default logger. The first call decides; later calls
/// (tests start many servers) keep what is there.
void init_logging(const LogOptions& options = {});

}  // namespace kommunsok::server
