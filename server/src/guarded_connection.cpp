#include "kommunsok/server/guarded_connection.hpp"

#include <Poco/Net/HTTPServerConnection.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/URI.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include <chrono>
#include <cstring>
#include <optional>
#include <thread>

#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/log_text.hpp"
#include "kommunsok/server/response_json.hpp"
#include "kommunsok/server/search_request.hpp"

namespace kommunsok::server {

namespace {

using Poco::Net::StreamSocket;

// Poco's HTTPRequest::MAX_URI_LENGTH plus room for the method and version.
constexpr std::size_t kPocoLineLimit = 16384 + 32;
constexpr std::size_t kMaxLineRead = 1024 * 1024;
constexpr std::size_t kMaxHeaderRead = 64 * 1024;
constexpr auto kPeekPatience = std::chrono::seconds(2);

// True when the first request line on the socket is longer than Poco accepts.
// Peeking consumes nothing, so a normal request reaches Poco intact.
bool has_oversized_request_line(StreamSocket& socket) {
  std::string buffer(kPocoLineLimit, '\0');
  const auto deadline = std::chrono::steady_clock::now() + kPeekPatience;
  while (std::chrono::steady_clock::now() < deadline) {
    if (!socket.poll(Poco::Timespan(0, 200 * 1000), Poco::Net::Socket::SELECT_READ)) continue;
    const int n = socket.receiveBytes(buffer.data(), static_cast<int>(buffer.size()), MSG_PEEK);
    if (n <= 0) return false;
    if (std::memchr(buffer.data(), '\n', static_cast<std::size_t>(n)) != nullptr) return false;
    if (static_cast<std::size_t>(n) == buffer.size()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));  // the rest is on its way
  }
  return false;  // a slow client: Poco's own timeouts deal with it
}

// Reads and discards up to and including `terminator`, keeping at most `limit` bytes.
std::string read_until(StreamSocket& socket, std::string_view terminator, std::size_t limit) {
  std::string data;
  char chunk[4096];
  while (data.size() < limit && data.find(terminator) == std::string::npos) {
    if (!socket.poll(Poco::Timespan(2, 0), Poco::Net::Socket::SELECT_READ)) break;
    const int n = socket.receiveBytes(chunk, sizeof chunk);
    if (n <= 0) break;
    data.append(chunk, static_cast<std::size_t>(n));
  }
  return data;
}

ApiError error_for_request_line(const std::string& line) {
  const std::size_t first_space = line.find(' ');
  const std::size_t last_space = line.rfind(' ');
  if (first_space == std::string::npos || last_space <= first_space)
    return ApiError(414, "request URI is too long");
  try {
    const Poco::URI uri(line.substr(first_space + 1, last_space - first_space - 1));
    if (uri.getPath() == "/api/search") parse_search_request(uri.getQueryParameters());
  } catch (const ApiError& e) {
    return e;
  } catch (const Poco::Exception&) {
  }
  return ApiError(414, "request URI is too long");
}

void reply_with_error(StreamSocket& socket, const ApiError& error) {
  const std::string body = error_response_json(error.what());
  const std::string reason = error.status() == 400 ? "Bad Request" : "URI Too Long";
  const std::string response = "HTTP/1.1 " + std::to_string(error.status()) + " " + reason +
                               "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
                               std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
  socket.sendBytes(response.data(), static_cast<int>(response.size()));
  socket.shutdownSend();
}

class GuardedConnection : public Poco::Net::TCPServerConnection {
 public:
  GuardedConnection(const StreamSocket& socket, Poco::Net::HTTPRequestHandlerFactory::Ptr router,
                    Poco::Net::HTTPServerParams::Ptr params)
      : TCPServerConnection(socket), router_(std::move(router)), params_(std::move(params)) {}

  void run() override {
    StreamSocket& s = socket();
    try {
      if (has_oversized_request_line(s)) {
        std::string head = read_until(s, "\n", kMaxLineRead);
        const std::string line = head.substr(0, head.find('\n'));
        // Drain the headers so closing does not reset the connection under the reply.
        if (head.find("\r\n\r\n") == std::string::npos) read_until(s, "\r\n\r\n", kMaxHeaderRead);
        const ApiError error = error_for_request_line(line);
        reply_with_error(s, error);
        spdlog::get("access")->info("{} {} {} (request line of {} bytes)", s.peerAddress().host().toString(),
                                    log_text(line, 60), error.status(), line.size());
        return;
      }
    } catch (const Poco::Exception& e) {
      spdlog::warn("connection from {}: {}", s.peerAddress().toString(), e.displayText());
      return;
    }
    Poco::Net::HTTPServerConnection connection(s, params_, router_);
    connection.run();
  }

 private:
  Poco::Net::HTTPRequestHandlerFactory::Ptr router_;
  Poco::Net::HTTPServerParams::Ptr params_;
};

}  // namespace

Poco::Net::TCPServerConnection* GuardedConnectionFactory::createConnection(const StreamSocket& socket) {
  return new GuardedConnection(socket, router_, params_);
}

}  // namespace kommunsok::server
