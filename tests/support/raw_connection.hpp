// Why: attacks on the HTTP edge need sockets a normal client library will not make: bound
// to another loopback address, sending a byte at a time, never reading.
#pragma once

#include <chrono>
#include <string>

namespace kommunsok::test {

class RawConnection {
 public:
  /// Connects to 127.0.0.1:port from `local_address` (any 127.x.y.z works on Linux).
  RawConnection(unsigned short port, const std::string& local_address = "127.0.0.1");
  ~RawConnection();
  RawConnection(RawConnection&& other) noexcept;
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;
  RawConnection& operator=(RawConnection&&) = delete;

  /// False when the server has closed or reset the connection.
  bool send(const std::string& bytes);
  /// What arrives until the server closes, `quiet` passes with nothing new, or `limit` passes.
  std::string receive(std::chrono::milliseconds quiet, std::chrono::milliseconds limit = std::chrono::seconds(10));
  /// One whole response (head and a Content-Length body), or "" on close or timeout.
  std::string receive_response(std::chrono::milliseconds limit);
  /// True when the server has closed its side (reads return end of file or a reset).
  bool closed_by_server(std::chrono::milliseconds wait);

 private:
  int fd_ = -1;
  std::string pending_;  ///< bytes past the last whole response
};

}  // namespace kommunsok::test
