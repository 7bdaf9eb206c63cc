#include "kommunsok/server/http/request_framer.hpp"

#include <Poco/Exception.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/search_request.hpp"

namespace kommunsok::server {

namespace {

constexpr std::size_t kMaxChunkLine = 1024;

Reply refusal(int status, const std::string& message) {
  Reply reply = error_reply(status, message);
  reply.close = true;
  return reply;
}

// A request line too long to serve: for a search, the parameter at fault is named.
Reply refusal_for_long_line(const std::string& line) {
  const std::size_t first_space = line.find(' ');
  const std::size_t last_space = line.rfind(' ');
  if (first_space != std::string::npos && last_space > first_space) {
    try {
      const Poco::URI uri(line.substr(first_space + 1, last_space - first_space - 1));
      if (uri.getPath() == "/api/search") parse_search_request(uri.getQueryParameters());
    } catch (const ApiError& e) {
      return refusal(e.status(), e.what());
    } catch (const Poco::Exception&) {
    }
  }
  return refusal(414, "request URI is too long");
}

// The end of the head: just past the blank line that ends it, or npos.
std::size_t head_end(const std::string& buffer) {
  const std::size_t crlf = buffer.find("\n\r\n");
  const std::size_t lf = buffer.find("\n\n");
  std::size_t end = std::string::npos;
  if (crlf != std::string::npos) end = crlf + 3;
  if (lf != std::string::npos) end = std::min(end, lf + 2);
  return end;
}

// Content-Length as the digits the standard allows, the same in every copy; -1 when absent.
long long content_length(const Poco::Net::HTTPRequest& head) {
  long long length = -1;
  for (auto it = head.find("Content-Length"); it != head.end() && Poco::icompare(it->first, "Content-Length") == 0; ++it) {
    const std::string value = Poco::trim(it->second);
    if (value.empty() || value.size() > 15 || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
      throw ApiError(400, "Content-Length must be a number of bytes");
    const long long n = std::stoll(value);
    if (length >= 0 && n != length) throw ApiError(400, "conflicting Content-Length headers");
    length = n;
  }
  return length;
}

bool wants_close(const Poco::Net::HTTPRequest& head) {
  const std::string connection = Poco::toLower(head.get("Connection", ""));
  if (head.getVersion() == Poco::Net::HTTPMessage::HTTP_1_0) return connection.find("keep-alive") == std::string::npos;
  return connection.find("close") != std::string::npos;
}

}  // namespace

RequestFramer::State RequestFramer::refuse(Reply reply) {
  phase_ = Phase::refused;
  refusal_ = std::move(reply);
  return State::refused;
}

RequestFramer::State RequestFramer::advance() {
  switch (phase_) {
    case Phase::head: return frame_head();
    case Phase::body: return frame_body();
    case Phase::chunks: return frame_chunks();
    case Phase::done: return State::complete;
    case Phase::refused: return State::refused;
  }
  return State::need_more;
}

RequestFramer::State RequestFramer::frame_head() {
  // Blank lines before a request are allowed (RFC 9112 2.2): a client's stray CRLF.
  const std::size_t first = buffer_.find_first_not_of("\r\n");
  if (first == std::string::npos) {
    buffer_.clear();
    return State::need_more;
  }
  if (first > 0) buffer_.erase(0, first);

  const std::size_t line_end = buffer_.find('\n');
  if (line_end == std::string::npos || line_end > limits_.max_request_line) {
    if (line_end == std::string::npos && buffer_.size() <= limits_.max_request_line) return State::need_more;
    // Read on to the end of an overlong line (within reason) so the answer can name the fault.
    if (line_end == std::string::npos && buffer_.size() < limits_.max_overlong_line) return State::need_more;
    return refuse(refusal_for_long_line(buffer_.substr(0, std::min(line_end, buffer_.size()))));
  }
  const std::size_t end = head_end(buffer_);
  if (end == std::string::npos ? buffer_.size() > limits_.max_head : end > limits_.max_head)
    return refuse(refusal(431, "request header fields are too large"));
  if (end == std::string::npos) return State::need_more;

  request_ = HttpRequest{};
  try {
    std::istringstream head(buffer_.substr(0, end));
    request_.head.read(head);
  } catch (const Poco::Exception& e) {
    return refuse(refusal(400, "malformed request: " + e.message()));
  }
  buffer_.erase(0, end);
  const std::string& version = request_.head.getVersion();
  if (version != Poco::Net::HTTPMessage::HTTP_1_1 && version != Poco::Net::HTTPMessage::HTTP_1_0)
    return refuse(refusal(505, "only HTTP/1.0 and HTTP/1.1 are spoken here"));
  if (request_.head.getMethod().empty() || request_.head.getURI().empty())
    return refuse(refusal(400, "malformed request line"));
  request_.close = wants_close(request_.head);

  long long length = -1;
  try {
    length = content_length(request_.head);
  } catch (const ApiError& e) {
    return refuse(refusal(e.status(), e.what()));
  }
  const bool has_encoding = request_.head.has("Transfer-Encoding");
  // A body whose end this server cannot find, or could find two ways, would let the rest of
  // it be read as the next request (smuggling through a proxy): refused, connection closed.
  if (has_encoding && (Poco::icompare(Poco::trim(request_.head.get("Transfer-Encoding")), "chunked") != 0 || length >= 0))
    return refuse(refusal(400, "request body framing is not supported"));

  if (limits_.screen)
    if (std::optional<Reply> answer = limits_.screen(request_.head)) {
      answer->close = true;
      return refuse(std::move(*answer));
    }
  body_limit_ = limits_.max_body(request_.head);
  if (has_encoding) {
    phase_ = Phase::chunks;
    chunk_step_ = ChunkStep::size;
    return frame_chunks();
  }
  if (length < 0) {
    // No body by the standard; but a client that sends one unframed would have it read as the
    // next request, so a method that usually carries a body ends the connection.
    const std::string& method = request_.head.getMethod();
    if (method != "GET" && method != "HEAD" && method != "OPTIONS" && method != "DELETE") request_.close = true;
    length = 0;
  }
  if (static_cast<unsigned long long>(length) > body_limit_) return refuse(refusal(413, "request body is too large"));
  body_length_ = static_cast<std::size_t>(length);
  phase_ = Phase::body;
  return frame_body();
}

RequestFramer::State RequestFramer::frame_body() {
  if (buffer_.size() < body_length_) return State::need_more;
  request_.body.assign(buffer_, 0, body_length_);
  buffer_.erase(0, body_length_);
  phase_ = Phase::done;
  return State::complete;
}

RequestFramer::State RequestFramer::frame_chunks() {
  for (;;) {
    switch (chunk_step_) {
      case ChunkStep::size: {
        const std::size_t eol = buffer_.find('\n');
        if (eol == std::string::npos) {
          if (buffer_.size() > kMaxChunkLine) return refuse(refusal(400, "malformed chunked body"));
          return State::need_more;
        }
        std::size_t size = 0, digits = 0;
        for (; digits < eol && std::isxdigit(static_cast<unsigned char>(buffer_[digits])); ++digits) {
          if (size > (body_limit_ + 1) * 16) return refuse(refusal(413, "request body is too large"));
          const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(buffer_[digits])));
          size = size * 16 + static_cast<std::size_t>(c <= '9' ? c - '0' : c - 'a' + 10);
        }
        const char after = digits < eol ? buffer_[digits] : '\n';
        if (digits == 0 || (after != ';' && after != '\r' && after != '\n' && after != ' '))
          return refuse(refusal(400, "malformed chunked body"));
        buffer_.erase(0, eol + 1);
        if (request_.body.size() + size > body_limit_) return refuse(refusal(413, "request body is too large"));
        chunk_left_ = size;
        chunk_step_ = size == 0 ? ChunkStep::trailer : ChunkStep::data;
        break;
      }
      case ChunkStep::data: {
        const std::size_t take = std::min(chunk_left_, buffer_.size());
        request_.body.append(buffer_, 0, take);
        buffer_.erase(0, take);
        chunk_left_ -= take;
        if (chunk_left_ > 0) return State::need_more;
        chunk_step_ = ChunkStep::data_end;
        break;
      }
      case ChunkStep::data_end: {
        if (buffer_.size() < 2 && !(buffer_.size() == 1 && buffer_[0] == '\n')) return State::need_more;
        if (buffer_.starts_with("\r\n")) buffer_.erase(0, 2);
        else if (buffer_.starts_with("\n")) buffer_.erase(0, 1);
        else return refuse(refusal(400, "malformed chunked body"));
        chunk_step_ = ChunkStep::size;
        break;
      }
      case ChunkStep::trailer: {
        // Trailer lines are ignored; an empty line ends the body.
        const std::size_t eol = buffer_.find('\n');
        if (eol == std::string::npos) {
          if (buffer_.size() > limits_.max_head) return refuse(refusal(431, "request trailer is too large"));
          return State::need_more;
        }
        const bool empty = eol == 0 || (eol == 1 && buffer_[0] == '\r');
        buffer_.erase(0, eol + 1);
        if (empty) {
          phase_ = Phase::done;
          return State::complete;
        }
        break;
      }
    }
  }
}

HttpRequest RequestFramer::take_request() {
  phase_ = Phase::head;
  body_length_ = 0;
  return std::move(request_);
}

Reply RequestFramer::take_refusal() { return refusal_ ? std::move(*refusal_) : refusal(400, "bad request"); }

}  // namespace kommunsok::server
