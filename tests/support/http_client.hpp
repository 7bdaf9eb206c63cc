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

/// POST /api/documents as multipart/form-data: the file as part `file`, and `metadata` when
/// not empty; `key` as a bearer token when not empty.
HttpReply http_upload(unsigned short port, const std::string& file_name, const std::string& bytes,
                      const std::string& metadata = "", const std::string& key = "");

/// Percent-encodes a query parameter value.
std::string url_encode(const std::string& value);

}  // namespace kommunsok::test
