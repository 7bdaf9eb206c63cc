#include "kommunsok/server/request_router.hpp"

#include <Poco/URI.h>
#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
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

constexpr std::string_view kDocumentsPath = "/api/documents/";

constexpr std::string_view kOriginalSuffix = "/original";

Reply json(std::string body) { return Reply{200, "application/json; charset=utf-8", std::move(body)}; }

std::uint64_t file_size_of(int fd) {
  struct stat st {};
  return ::fstat(fd, &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
}

}  // namespace

Reply RequestRouter::handle(HttpRequest& request) const {
  const auto started = std::chrono::steady_clock::now();
  Reply reply = respond(request);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  spdlog::get("access")->info("{} {} {} {} {:.1f}ms", request.client, log_text(request.head.getMethod(), 16),
                              log_text(request.head.getURI()), reply.status, ms);
  return reply;
}

Lane RequestRouter::lane_for(const HttpRequest& request) {
  const std::string& uri = request.head.getURI();
  if (!uri.starts_with("/api/search")) return Lane::cheap;
  try {
    const Poco::URI parsed(uri);
    for (const auto& [name, value] : parsed.getQueryParameters()) {
      if (name != "q") continue;
      // Wildcards expand into many terms; long queries and the match-all view touch many documents.
      const auto words = std::count(value.begin(), value.end(), ' ') + 1;
      if (value.find('*') != std::string::npos || words > 12 || value.find_first_not_of(' ') == std::string::npos)
        return Lane::heavy;
      return Lane::cheap;
    }
  } catch (const Poco::Exception&) {
    return Lane::cheap;  // answered with 400 at once
  }
  return Lane::heavy;  // no q: every document
}

Reply RequestRouter::respond(const HttpRequest& http) const {
  const Poco::Net::HTTPRequest& request = http.head;
    try {
      return route(http);
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

Reply RequestRouter::route(const HttpRequest& http) const {
    const Poco::Net::HTTPRequest& request = http.head;
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
      return original(http, path.substr(kDocumentsPath.size(), path.size() - kDocumentsPath.size() - kOriginalSuffix.size()));
    const std::string id = path.substr(kDocumentsPath.size());
    auto document = searcher_->document(id);
    if (!document) throw ApiError(404, "no document with id '" + id + "'");
    return json(document_response_json(*document));
  }

  // The archived original of a document: whole, or the range asked for; 304 when the
  // client's copy is current.
Reply RequestRouter::original(const HttpRequest& http, const std::string& id) const {
    const Poco::Net::HTTPRequest& request = http.head;
    auto document = searcher_->document(id);
    if (!document) throw ApiError(404, "no document with id '" + id + "'");
    const schema::Original& original = document->original;
    if (original.sha256.empty())
      throw ApiError(404, "no original is archived for '" + id + "'; index its file again to archive it");
    const std::filesystem::path path = schema::original_path(searcher_->db_dir(), original.sha256);
    // Opened here and sent from this descriptor: a re-index that removes the file meanwhile
    // cannot cut the reply short.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw ApiError(404, "the original of '" + id + "' is missing from the archive; index its file again");
    const auto file = std::make_shared<OpenFile>(fd);
    const std::uint64_t size = file_size_of(fd);

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

}  // namespace kommunsok::server
