#include "kommunsok/server/request_router.hpp"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>
#include <spdlog/spdlog.h>

#include <chrono>

#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/response_json.hpp"
#include "kommunsok/server/search_page.hpp"

namespace kommunsok::server {

namespace {

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

constexpr std::string_view kDocumentsPath = "/api/documents/";

struct Reply {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
};

Reply json(std::string body) { return Reply{200, "application/json; charset=utf-8", std::move(body)}; }

class ApiHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit ApiHandler(std::shared_ptr<const Searcher> searcher) : searcher_(std::move(searcher)) {}

  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    const auto started = std::chrono::steady_clock::now();
    Reply reply = respond(request);
    response.setStatus(static_cast<HTTPResponse::HTTPStatus>(reply.status));
    response.setContentType(reply.content_type);
    response.set("Cache-Control", "no-store");
    response.setContentLength(static_cast<std::streamsize>(reply.body.size()));
    if (request.getMethod() == "HEAD") {
      response.send();
    } else {
      response.send() << reply.body;
    }
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    spdlog::get("access")->info("{} {} {} {} {:.1f}ms", request.clientAddress().host().toString(),
                                request.getMethod(), request.getURI().substr(0, 300), reply.status, ms);
  }

 private:
  Reply respond(const HTTPServerRequest& request) const {
    try {
      return route(request);
    } catch (const ApiError& e) {
      if (e.status() >= 500) spdlog::error("{} {}: {}", request.getMethod(), request.getURI(), e.what());
      return Reply{e.status(), "application/json; charset=utf-8", error_response_json(e.what())};
    } catch (const Poco::Exception& e) {
      // Malformed URIs (bad percent-encoding) surface from Poco::URI.
      return Reply{400, "application/json; charset=utf-8", error_response_json("bad request: " + e.displayText())};
    } catch (const std::exception& e) {
      spdlog::error("{} {}: {}", request.getMethod(), request.getURI(), e.what());
      return Reply{500, "application/json; charset=utf-8", error_response_json("internal error")};
    }
  }

  Reply route(const HTTPServerRequest& request) const {
    const Poco::URI uri(request.getURI());
    const std::string& path = uri.getPath();
    const bool known = path == "/" || path == "/api/search" || path == "/api/health" ||
                       path.starts_with(kDocumentsPath);
    if (!known) throw ApiError(404, "no such path: " + path);
    if (request.getMethod() != "GET" && request.getMethod() != "HEAD")
      throw ApiError(405, "method " + request.getMethod() + " is not allowed; use GET");

    if (path == "/") return Reply{200, "text/html; charset=utf-8", std::string(search_page_html())};
    if (path == "/api/health") return json(health_response_json(searcher_->document_count()));
    if (path == "/api/search") {
      const SearchRequest search = parse_search_request(uri.getQueryParameters());
      return json(search_response_json(search, searcher_->search(search)));
    }
    const std::string id = path.substr(kDocumentsPath.size());
    auto document = searcher_->document(id);
    if (!document) throw ApiError(404, "no document with id '" + id + "'");
    return json(document_response_json(*document));
  }

  std::shared_ptr<const Searcher> searcher_;
};

}  // namespace

Poco::Net::HTTPRequestHandler* RequestRouter::createRequestHandler(const HTTPServerRequest&) {
  return new ApiHandler(searcher_);
}

}  // namespace kommunsok::server
