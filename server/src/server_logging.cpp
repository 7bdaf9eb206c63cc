#include "kommunsok/server/server_logging.hpp"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <string>

namespace kommunsok::server {

RateLimitedSink::RateLimitedSink(spdlog::sink_ptr target, double per_second, double burst)
    : target_(std::move(target)),
      per_second_(per_second),
      burst_(std::max(1.0, burst)),
      tokens_(std::max(1.0, burst)),
      refilled_(std::chrono::steady_clock::now()) {}

void RateLimitedSink::sink_it_(const spdlog::details::log_msg& message) {
  const auto now = std::chrono::steady_clock::now();
  tokens_ = std::min(burst_, tokens_ + per_second_ * std::chrono::duration<double>(now - refilled_).count());
  refilled_ = now;
  if (tokens_ < 1.0) {
    ++dropped_;
    ++dropped_total_;
    return;
  }
  tokens_ -= 1.0;
  if (dropped_ > 0) {
    const std::string note = std::to_string(dropped_) + " log lines dropped (more than " +
                             std::to_string(static_cast<long>(per_second_)) + " a second)";
    spdlog::details::log_msg summary(message.time, message.source, message.logger_name, spdlog::level::warn, note);
    target_->log(summary);
    dropped_ = 0;
  }
  target_->log(message);
}

void RateLimitedSink::flush_() { target_->flush(); }

void RateLimitedSink::set_pattern_(const std::string& pattern) { target_->set_pattern(pattern); }

void RateLimitedSink::set_formatter_(std::unique_ptr<spdlog::formatter> formatter) {
  target_->set_formatter(std::move(formatter));
}

void init_logging(const LogOptions& options) {
  static std::once_flag once;
  std::call_once(once, [&] {
    spdlog::sink_ptr access_target, main_target;
    if (options.dir.empty()) {
      access_target = main_target = std::make_shared<spdlog::sinks::stdout_color_sink_mt>();
    } else {
      std::filesystem::create_directories(options.dir);
      access_target = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
          (options.dir / "access.log").string(), options.max_file_bytes, options.files_kept);
      main_target = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
          (options.dir / "server.log").string(), options.max_file_bytes, options.files_kept);
    }
    auto access_sink = std::make_shared<RateLimitedSink>(access_target, options.access_lines_per_second,
                                                         2 * options.access_lines_per_second);
    if (!spdlog::get("access")) spdlog::register_logger(std::make_shared<spdlog::logger>("access", access_sink));
    if (!spdlog::get("kommunsok")) {
      auto main = std::make_shared<spdlog::logger>("kommunsok", main_target);
      spdlog::register_logger(main);
      spdlog::set_default_logger(main);
    }
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ [%n] %v");
    spdlog::flush_every(std::chrono::seconds(1));
  });
}

}  // namespace kommunsok::server
