#include "http_client.hpp"

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/StringPartSource.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

namespace kommunsok::test {

Poco::JSON::Object::Ptr HttpReply::json() const {
  Poco::JSON::Parser parser;
  return parser.parse(body).extract<Poco::JSON::Object::Ptr>();
}

namespace {

// The response to the request just sent on `session`, read whole.
HttpReply received_reply(Poco::Net::HTTPClientSession& session) {
  Poco::Net::HTTPResponse response;
  std::istream& body = session.receiveResponse(response);
  HttpReply reply;
  reply.status = static_cast<int>(response.getStatus());
  reply.content_type = response.getContentType();
  for (const auto& [name, value] : response) reply.headers[name] = value;
  Poco::StreamCopier::copyToString(body, reply.body);
  return reply;
}

}  // namespace

HttpReply http_get(unsigned short port, const std::string& target, const std::string& method,
                   const std::map<std::string, std::string>& headers) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  session.setTimeout(Poco::Timespan(30, 0));
  Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
  for (const auto& [name, value] : headers) request.set(name, value);
  session.sendRequest(request);
  return received_reply(session);
}

HttpReply http_upload(unsigned short port, const std::string& file_name, const std::string& bytes,
                      const std::string& metadata, const std::string& key) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  session.setTimeout(Poco::Timespan(30, 0));
  Poco::Net::HTTPRequest request("POST", "/api/documents", Poco::Net::HTTPMessage::HTTP_1_1);
  if (!key.empty()) request.set("Authorization", "Bearer " + key);
  Poco::Net::HTMLForm form(Poco::Net::HTMLForm::ENCODING_MULTIPART);
  if (!metadata.empty()) form.set("metadata", metadata);
  form.addPart("file", new Poco::Net::StringPartSource(bytes, "application/octet-stream", file_name));
  form.prepareSubmit(request);
  std::ostream& out = session.sendRequest(request);
  form.write(out);
  return received_reply(session);
}

std::string url_encode(const std::string& value) {
  std::string encoded;
  Poco::URI::encode(value, "&=+?#/ ", encoded);
  return encoded;
}

}  // namespace kommunsok::test
