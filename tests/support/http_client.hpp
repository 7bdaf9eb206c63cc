// Why: end-to-end tests talk to a real server over a socket, as users do.
#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <string>

namespace kommunsok::test {

struct HttpReply {
  int status = 0;
  std::string content_type;
  std::string body;
  std::map<std::string, std::string> headers;  ///< response headers, names as sent
  /// The body parsed as a JSON object (throws if it is not one).
  Poco::JSON::Object::Ptr json() const;
};

/// GET http://127.0.0.1:port + target (target already percent-encoded where needed).
HttpReply http_get(unsigned short port, const std::string& target, const std::string& method = "GET",
                   const std::map<std::string, std::string>& headers = {});

/// Percent-encodes a query parameter value.
std::string url_encode(const std::string& value);

}  // namespace kommunsok::test
