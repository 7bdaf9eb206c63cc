#include "kommunsok/server/http/http_exchange.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Net/HTTPResponse.h>
#include <unistd.h>

#include <sstream>

#include "kommunsok/server/response_json.hpp"

namespace kommunsok::server {

OpenFile::~OpenFile() {
  if (fd_ >= 0) ::close(fd_);
}

Reply error_reply(int status, const std::string& message) {
  return Reply{status, "application/json; charset=utf-8", error_response_json(message)};
}

std::string reply_head(const Reply& reply, bool keep_alive) {
  Poco::Net::HTTPResponse head;
  head.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
  // The reason phrase that goes with the status ("404 Not Found"), never a client's echo.
  head.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
  head.set("Date", Poco::DateTimeFormatter::format(Poco::DateTime(), Poco::DateTimeFormat::HTTP_FORMAT));
  if (reply.status != 304) {
    head.setContentType(reply.content_type);
    const std::uint64_t length = reply.file ? reply.file->length : reply.body.size();
    head.setContentLength64(static_cast<Poco::UInt64>(length));
  }
  head.set("Cache-Control", "no-store");
  for (const auto& [name, value] : reply.headers) head.set(name, value);
  head.set("Connection", keep_alive ? "keep-alive" : "close");
  std::ostringstream out;
  head.write(out);
  return out.str();
}

}  // namespace kommunsok::server
