#include "kommunsok/server/request_router.hpp"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <vector>

#include "kommunsok/schema/original_archive.hpp"
#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/log_text.hpp"
#include "kommunsok/server/original_response.hpp"
#include "kommunsok/server/response_json.hpp"
#include "kommunsok/server/search_page.hpp"

namespace kommunsok::server {

namespace {

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

constexpr std::string_view kDocumentsPath = "/api/documents/";

constexpr std::string_view kOriginalSuffix = "/original";

// A part of an archived file, sent from disk rather than from memory.
struct FilePart {
  std::filesystem::path path;
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
};

struct Reply {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers = {};
  std::optional<FilePart> file = std::nullopt;
};

Reply json(std::string body) { return Reply{200, "application/json; charset=utf-8", std::move(body)}; }

class ApiHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit ApiHandler(std::shared_ptr<const Searcher> searcher) : searcher_(std::move(searcher)) {}

  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    const auto started = std::chrono::steady_clock::now();
    std::optional<Reply> refused = discard_body(request, response);
    Reply reply = refused ? std::move(*refused) : respond(request);
    // The reason phrase that goes with the status ("404 Not Found"), not Poco's default "OK".
    response.setStatusAndReason(static_cast<HTTPResponse::HTTPStatus>(reply.status));
    response.setContentType(reply.content_type);
    response.set("Cache-Control", "no-store");
    for (const auto& [name, value] : reply.headers) response.set(name, value);
    if (reply.file) {
      send_file(request, response, *reply.file);
    } else {
      response.setContentLength(static_cast<std::streamsize>(reply.body.size()));
      if (request.getMethod() == "HEAD") {
        response.send();
      } else {
        response.send() << reply.body;
      }
    }
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    spdlog::get("access")->info("{} {} {} {} {:.1f}ms", request.clientAddress().host().toString(),
                                log_text(request.getMethod(), 16), log_text(request.getURI()), reply.status, ms);
  }

 private:
  Reply respond(const HTTPServerRequest& request) const {
    try {
      return route(request);
    } catch (const ApiError& e) {
      if (e.status() >= 500) spdlog::error("{} {}: {}", log_text(request.getMethod(), 16), log_text(request.getURI()), e.what());
      return Reply{e.status(), "application/json; charset=utf-8", error_response_json(e.what())};
    } catch (const Poco::Exception& e) {
      // Malformed URIs (bad percent-encoding) surface from Poco::URI.
      return Reply{400, "application/json; charset=utf-8", error_response_json("bad request: " + e.displayText())};
    } catch (const std::exception& e) {
      spdlog::error("{} {}: {}", log_text(request.getMethod(), 16), log_text(request.getURI()), e.what());
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
    if (path.ends_with(kOriginalSuffix) && path.size() > kDocumentsPath.size() + kOriginalSuffix.size())
      return original(request, path.substr(kDocumentsPath.size(), path.size() - kDocumentsPath.size() - kOriginalSuffix.size()));
    const std::string id = path.substr(kDocumentsPath.size());
    auto document = searcher_->document(id);
    if (!document) throw ApiError(404, "no document with id '" + id + "'");
    return json(document_response_json(*document));
  }

  // The archived original of a document: whole, or the range asked for; 304 when the
  // client's copy is current.
  Reply original(const HTTPServerRequest& request, const std::string& id) const {
    auto document = searcher_->document(id);
    if (!document) throw ApiError(404, "no document with id '" + id + "'");
    const schema::Original& original = document->original;
    if (original.sha256.empty())
      throw ApiError(404, "no original is archived for '" + id + "'; index its file again to archive it");
    const std::filesystem::path file = schema::original_path(searcher_->db_dir(), original.sha256);
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec) throw ApiError(404, "the original of '" + id + "' is missing from the archive; index its file again");

    Reply reply;
    reply.content_type = original.media_type.empty() ? "application/octet-stream" : original.media_type;
    const std::string etag = "\"" + original.sha256 + "\"";
    reply.headers = {{"ETag", etag},
                     {"Accept-Ranges", "bytes"},
                     {"Cache-Control", "no-cache"},
                     {"Content-Disposition", content_disposition(original.file_name)},
                     {"X-Content-Type-Options", "nosniff"},
                     // An archived HTML page is someone else's page: no scripts of its own here.
                     {"Content-Security-Policy", "sandbox"}};
    if (const std::string modified = http_date(original.modified); !modified.empty())
      reply.headers.emplace_back("Last-Modified", modified);
    if (request.has("If-None-Match") && matches_etag(request.get("If-None-Match"), etag)) {
      reply.status = 304;
      reply.file = FilePart{file, 0, 0};
      return reply;
    }
    std::optional<ByteRange> range;
    // A range applies only to the version the client has (If-Range); else the whole file.
    if (request.has("Range") && (!request.has("If-Range") || request.get("If-Range") == etag))
      range = requested_range(request.get("Range"), size);
    if (range) {
      reply.status = 206;
      reply.headers.emplace_back("Content-Range", "bytes " + std::to_string(range->first) + "-" +
                                                      std::to_string(range->last) + "/" + std::to_string(size));
      reply.file = FilePart{file, range->first, range->length()};
    } else {
      reply.file = FilePart{file, 0, size};
    }
    return reply;
  }

  // A request body is read and thrown away, so that it can never be taken for the next
  // request on a kept-alive connection (request smuggling behind a proxy). A body too large
  // to read, or one whose end cannot be known, ends the connection after the reply.
  static std::optional<Reply> discard_body(HTTPServerRequest& request, HTTPServerResponse& response) {
    constexpr std::size_t kMaxDiscardedBody = 64 * 1024;
    // A body whose end this server cannot find ("gzip, chunked", a negative length) would be
    // read as the next request: refused, and the connection closed.
    const bool odd_encoding = request.has("Transfer-Encoding") && !request.getChunkedTransferEncoding();
    if (odd_encoding || (request.hasContentLength() && request.getContentLength64() < 0)) {
      response.setKeepAlive(false);
      return Reply{400, "application/json; charset=utf-8", error_response_json("request body framing is not supported")};
    }
    const bool framed = request.getChunkedTransferEncoding() || request.hasContentLength();
    if (!framed) {
      if (request.getMethod() != "GET" && request.getMethod() != "HEAD") response.setKeepAlive(false);
      return std::nullopt;
    }
    if (request.hasContentLength() && request.getContentLength64() > static_cast<Poco::Int64>(kMaxDiscardedBody)) {
      response.setKeepAlive(false);
      return Reply{413, "application/json; charset=utf-8", error_response_json("request body is too large")};
    }
    std::istream& body = request.stream();
    char buffer[4096];
    std::size_t total = 0;
    while (body.read(buffer, sizeof buffer) || body.gcount() > 0) {
      total += static_cast<std::size_t>(body.gcount());
      if (total > kMaxDiscardedBody) {
        response.setKeepAlive(false);
        return Reply{413, "application/json; charset=utf-8", error_response_json("request body is too large")};
      }
    }
    return std::nullopt;
  }

  static void send_file(const HTTPServerRequest& request, HTTPServerResponse& response, const FilePart& part) {
    response.setContentLength64(static_cast<Poco::UInt64>(part.length));
    if (request.getMethod() == "HEAD" || response.getStatus() == HTTPResponse::HTTP_NOT_MODIFIED) {
      if (response.getStatus() == HTTPResponse::HTTP_NOT_MODIFIED) response.setContentLength(HTTPResponse::UNKNOWN_CONTENT_LENGTH);
      response.send();
      return;
    }
    std::ifstream in(part.path, std::ios::binary);
    if (!in) {
      // Removed from the archive after its size was read (a re-index in between).
      const std::string body = error_response_json("the original is no longer in the archive; try again");
      response.setStatusAndReason(HTTPResponse::HTTP_NOT_FOUND);
      response.setContentType("application/json; charset=utf-8");
      response.erase("Content-Range");
      response.setContentLength(static_cast<std::streamsize>(body.size()));
      response.send() << body;
      return;
    }
    std::ostream& out = response.send();
    in.seekg(static_cast<std::streamoff>(part.offset));
    std::vector<char> buffer(64 * 1024);
    std::uint64_t left = part.length;
    while (left > 0 && in && out) {
      in.read(buffer.data(), static_cast<std::streamsize>(std::min<std::uint64_t>(left, buffer.size())));
      const std::streamsize got = in.gcount();
      if (got <= 0) break;
      out.write(buffer.data(), got);
      left -= static_cast<std::uint64_t>(got);
    }
    // A short body must not leave a kept-alive client waiting for the rest: Poco closes the
    // connection when a handler throws after sending.
    if (left > 0) throw Poco::IOException("original shorter than announced");
  }

  std::shared_ptr<const Searcher> searcher_;
};

}  // namespace

Poco::Net::HTTPRequestHandler* RequestRouter::createRequestHandler(const HTTPServerRequest&) {
  return new ApiHandler(searcher_);
}

}  // namespace kommunsok::server
