// Why: a request is read whole — head, then body by its length or its chunks — before any
// worker sees it, with hard size limits, so a client can hold a buffer but never a thread.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "kommunsok/server/http/http_exchange.hpp"

namespace kommunsok::server {

struct FramingLimits {
  std::size_t max_head = 64 * 1024;           ///< request line and headers
  std::size_t max_request_line = 16 * 1024 + 32;
  std::size_t max_overlong_line = 1024 * 1024;  ///< read this far to name the parameter at fault
  /// The largest body a request may carry, decided from its head (an upload may carry more).
  std::function<std::size_t(const Poco::Net::HTTPRequest&)> max_body = [](const Poco::Net::HTTPRequest&) {
    return std::size_t{64 * 1024};
  };
  /// Looks at a whole head before its body is read; a reply it gives is sent instead, and
  /// the connection closed (an upload without a key never gets its body read).
  std::function<std::optional<Reply>(const Poco::Net::HTTPRequest&)> screen = {};
};

/// Turns the bytes of one connection into requests. Bytes after a complete request stay
/// buffered for the next one (pipelining), which is framed only when asked.
class RequestFramer {
 public:
  enum class State { need_more, complete, refused };

  explicit RequestFramer(FramingLimits limits) : limits_(std::move(limits)) {}

  void append(std::string_view bytes) { buffer_.append(bytes); }
  /// Frames as far as the buffered bytes allow.
  State advance();
  /// True when some byte of the next request has arrived.
  bool started() const { return !buffer_.empty() || phase_ != Phase::head; }
  bool in_body() const { return phase_ == Phase::body || phase_ == Phase::chunks; }
  std::size_t body_expected() const { return body_length_; }

  /// After State::complete: the request; framing of the next one starts afresh.
  HttpRequest take_request();
  /// After State::refused: the error to send before closing.
  Reply take_refusal();

 private:
  enum class Phase { head, body, chunks, done, refused };
  enum class ChunkStep { size, data, data_end, trailer };

  State refuse(Reply reply);
  State frame_head();
  State frame_body();
  State frame_chunks();

  FramingLimits limits_;
  std::string buffer_;
  Phase phase_ = Phase::head;
  HttpRequest request_;
  std::size_t body_length_ = 0;
  std::size_t body_limit_ = 0;
  ChunkStep chunk_step_ = ChunkStep::size;
  std::size_t chunk_left_ = 0;
  std::optional<Reply> refusal_;
};

}  // namespace kommunsok::server
