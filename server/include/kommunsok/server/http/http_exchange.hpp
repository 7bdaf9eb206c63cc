// Why: the request a worker handles and the reply it gives are plain values, so the
// connection loop owns every socket and no handler ever blocks on a client.
#pragma once

#include <Poco/Net/HTTPRequest.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kommunsok::server {

/// A complete request: the parsed head and the whole body, read before any worker sees it.
struct HttpRequest {
  Poco::Net::HTTPRequest head;
  std::string body;
  std::string client;  ///< the peer's address, for logs and per-client limits
  bool close = false;  ///< the client asked to close, or its framing leaves no other choice
};

/// An open file the reply's body is sent from, closed when the last copy goes.
class OpenFile {
 public:
  explicit OpenFile(int fd) : fd_(fd) {}
  ~OpenFile();
  OpenFile(const OpenFile&) = delete;
  OpenFile& operator=(const OpenFile&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

/// Part of an archived file, sent from disk by the connection loop rather than from memory.
struct FilePart {
  std::shared_ptr<OpenFile> file;
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
};

struct Reply {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers = {};
  std::optional<FilePart> file = std::nullopt;
  bool close = false;          ///< end the connection after this reply
  bool omit_body = false;      ///< HEAD and 304: the length is announced, no body sent
};

/// A JSON error reply: {"error": message} with the status's reason phrase.
Reply error_reply(int status, const std::string& message);

/// The status line and headers of `reply`, ending in the blank line. `keep_alive` decides
/// the Connection header.
std::string reply_head(const Reply& reply, bool keep_alive);

}  // namespace kommunsok::server
