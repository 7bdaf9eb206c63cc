#include "kommunsok/server/request_router.hpp"

#include <Poco/JSON/Parser.h>
#include <Poco/String.h>
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
#include "kommunsok/schema/upload_spool.hpp"
#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/log_text.hpp"
#include "kommunsok/server/original_response.hpp"
#include "kommunsok/server/response_json.hpp"
#include "kommunsok/server/search_page.hpp"

namespace kommunsok::server {

namespace {

constexpr std::string_view kDocumentsPath = "/api/documents/";
constexpr std::string_view kUploadsPath = "/api/uploads/";
constexpr std::string_view kOriginalSuffix = "/original";
constexpr std::size_t kMaxReadBody = 64 * 1024;
constexpr std::size_t kFormOverhead = 64 * 1024;

Reply json(std::string body) { return Reply{200, "application/json; charset=utf-8", std::move(body)}; }

std::uint64_t file_size_of(int fd) {
  struct stat st {};
  return ::fstat(fd, &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
}

enum class Route { page, search, health, metrics, document, original, documents, upload_status, unknown };

struct Routed {
  Route route = Route::unknown;
  std::string id = {};  ///< the document or upload id in the path
};

Routed route_of(const std::string& path) {
  if (path == "/") return {Route::page};
  if (path == "/api/search") return {Route::search};
  if (path == "/api/health") return {Route::health};
  if (path == "/metrics") return {Route::metrics};
  if (path == "/api/documents" || path == "/api/documents/") return {Route::documents};
  if (path.starts_with(kUploadsPath) && path.size() > kUploadsPath.size())
    return {Route::upload_status, path.substr(kUploadsPath.size())};
  if (path.starts_with(kDocumentsPath)) {
    const std::string rest = path.substr(kDocumentsPath.size());
    if (rest.ends_with(kOriginalSuffix) && rest.size() > kOriginalSuffix.size())
      return {Route::original, rest.substr(0, rest.size() - kOriginalSuffix.size())};
    return {Route::document, rest};
  }
  return {Route::unknown};
}

// A pattern, not the path: one time series per route, however many documents there are.
std::string route_label(const std::string& method, Route route) {
  const std::string m = method == "GET" || method == "HEAD" || method == "POST" || method == "DELETE" ? method : "OTHER";
  switch (route) {
    case Route::page: return m + " /";
    case Route::search: return m + " /api/search";
    case Route::health: return m + " /api/health";
    case Route::metrics: return m + " /metrics";
    case Route::document: return m + " /api/documents/{id}";
    case Route::original: return m + " /api/documents/{id}/original";
    case Route::documents: return m + " /api/documents";
    case Route::upload_status: return m + " /api/uploads/{id}";
    case Route::unknown: return m + " other";
  }
  return "other";
}

// The methods each route takes.
std::vector<std::string> allowed_methods(Route route) {
  switch (route) {
    case Route::documents: return {"POST"};
    case Route::document: return {"GET", "HEAD", "DELETE"};
    default: return {"GET", "HEAD"};
  }
}

std::string presented_key(const Poco::Net::HTTPRequest& head) {
  const std::string authorization = head.get("Authorization", "");
  if (Poco::icompare(authorization.substr(0, 7), "Bearer ") == 0) return Poco::trim(authorization.substr(7));
  return Poco::trim(head.get("X-Api-Key", ""));
}

bool is_upload(const Poco::Net::HTTPRequest& head, const std::string& path) {
  return head.getMethod() == "POST" && route_of(path).route == Route::documents;
}

std::string path_of(const Poco::Net::HTTPRequest& head) {
  try {
    return Poco::URI(head.getURI()).getPath();
  } catch (const Poco::Exception&) {
    return {};
  }
}

}  // namespace

RequestRouter::RequestRouter(std::shared_ptr<const Searcher> searcher, const IngestOptions& ingest)
    : searcher_(std::move(searcher)),
      ingest_(ingest),
      keys_(ingest.keys),
      upload_rate_(ingest.uploads_per_minute),
      intake_(ingest) {}

ApiKey RequestRouter::require_key(const Poco::Net::HTTPRequest& head, KeyScope scope) const {
  const std::string presented = presented_key(head);
  if (presented.empty()) throw ApiError(401, "this needs an API key: send it as 'Authorization: Bearer KEY'");
  const std::optional<ApiKey> key = keys_.verify(presented);
  if (!key) throw ApiError(401, "the API key is not valid (unknown or revoked)");
  if (!scope_allows(key->scope, scope))
    throw ApiError(403, "the key '" + key->name + "' has scope " + std::string(scope_name(key->scope)) + "; this needs " +
                            std::string(scope_name(scope)));
  return *key;
}

std::optional<Reply> RequestRouter::screen(const Poco::Net::HTTPRequest& head) const {
  if (!is_upload(head, path_of(head))) return std::nullopt;
  std::optional<Reply> refused = screen_upload(head);
  if (refused) metrics_.record(route_label("POST", Route::documents), refused->status, 0);
  return refused;
}

std::optional<Reply> RequestRouter::screen_upload(const Poco::Net::HTTPRequest& head) const {
  try {
    const ApiKey key = require_key(head, KeyScope::ingest);
    int retry_after = 1;
    if (!upload_rate_.take(key.name, retry_after)) {
      Reply reply = error_reply(429, "the key '" + key.name + "' has sent its uploads for now; try again later");
      reply.headers.emplace_back("Retry-After", std::to_string(retry_after));
      return reply;
    }
  } catch (const ApiError& e) {
    Reply reply = error_reply(e.status(), e.what());
    if (e.status() == 401) reply.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"kommunsok\"");
    return reply;
  }
  return std::nullopt;
}

std::size_t RequestRouter::max_body(const Poco::Net::HTTPRequest& head) const {
  return is_upload(head, path_of(head)) ? ingest_.max_upload_bytes + kFormOverhead : kMaxReadBody;
}

Reply RequestRouter::handle(HttpRequest& request) const {
  const auto started = std::chrono::steady_clock::now();
  std::string key_name;
  Reply reply = respond(request, key_name);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  metrics_.record(route_label(request.head.getMethod(), route_of(path_of(request.head)).route), reply.status, seconds);
  // The key's name, never the key.
  spdlog::get("access")->info("{} {} {} {} {:.1f}ms{}", request.client, log_text(request.head.getMethod(), 16),
                              log_text(request.head.getURI()), reply.status, seconds * 1000,
                              key_name.empty() ? "" : " key=" + key_name);
  return reply;
}

Lane RequestRouter::lane_for(const HttpRequest& request) {
  const std::string& uri = request.head.getURI();
  if (!uri.starts_with("/api/search")) return Lane::cheap;
  try {
    const Poco::URI parsed(uri);
    for (const auto& [name, value] : parsed.getQueryParameters()) {
      if (name != "q") continue;
      // Wildcards expand into many terms and long queries touch many documents. No words (the
      // match-all and filter-only views) is cheap: those counts are kept per index revision.
      const auto words = std::count(value.begin(), value.end(), ' ') + 1;
      if (value.find('*') != std::string::npos || words > 12) return Lane::heavy;
      return Lane::cheap;
    }
  } catch (const Poco::Exception&) {
    return Lane::cheap;  // answered with 400 at once
  }
  return Lane::cheap;
}

Reply RequestRouter::respond(const HttpRequest& http, std::string& key_name) const {
  const Poco::Net::HTTPRequest& request = http.head;
  try {
    const Poco::URI uri(request.getURI());
    const Routed routed = route_of(uri.getPath());
    if (routed.route == Route::unknown) throw ApiError(404, "no such path: " + uri.getPath());
    const std::string& method = request.getMethod();
    const std::vector<std::string> allowed = allowed_methods(routed.route);
    if (std::find(allowed.begin(), allowed.end(), method) == allowed.end()) {
      std::string list;
      for (const auto& m : allowed) list += (list.empty() ? "" : ", ") + m;
      Reply reply = error_reply(405, "method " + log_text(method, 16) + " is not allowed here; use " + list);
      reply.headers.emplace_back("Allow", list);
      return reply;
    }
    const bool writes = method == "POST" || method == "DELETE" || routed.route == Route::upload_status;
    if (writes || ingest_.require_key_for_reads) {
      const ApiKey key = require_key(request, writes ? KeyScope::ingest : KeyScope::read);
      key_name = key.name;
      if (method == "POST") return intake_.accept_upload(http, key);
      if (method == "DELETE") {
        if (!searcher_->document(routed.id)) throw ApiError(404, "no document with id '" + routed.id + "'");
        return intake_.accept_delete(routed.id, key);
      }
    }
    switch (routed.route) {
      case Route::page: return Reply{200, "text/html; charset=utf-8", std::string(search_page_html())};
      case Route::health: return json(health_response_json(searcher_->document_count()));
      case Route::metrics: {
        Reply reply = metrics_reply();
        reply.content_type = "text/plain; version=0.0.4; charset=utf-8";
        return reply;
      }
      case Route::search: {
        const SearchRequest search = parse_search_request(uri.getQueryParameters());
        return json(search_response_json(search, searcher_->search(search)));
      }
      case Route::original: return original(http, routed.id);
      case Route::upload_status: return intake_.status(routed.id);
      case Route::document: {
        auto document = searcher_->document(routed.id);
        if (!document) throw ApiError(404, "no document with id '" + routed.id + "'");
        return json(document_response_json(*document));
      }
      default: throw ApiError(404, "no such path: " + uri.getPath());
    }
  } catch (const ApiError& e) {
    if (e.status() >= 500) spdlog::error("{} {}: {}", log_text(request.getMethod(), 16), log_text(request.getURI()), e.what());
    Reply reply = error_reply(e.status(), e.what());
    if (e.status() == 401) reply.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"kommunsok\"");
    return reply;
  } catch (const Poco::Exception& e) {
    // Malformed URIs (bad percent-encoding) surface from Poco::URI.
    return error_reply(400, "bad request: " + e.displayText());
  } catch (const std::exception& e) {
    spdlog::error("{} {}: {}", log_text(request.getMethod(), 16), log_text(request.getURI()), e.what());
    return error_reply(500, "internal error");
  }
}

Reply RequestRouter::metrics_reply() const {
  std::string out = metrics_.requests_text();
  if (edge_metrics_) out += edge_metrics_();
  try {
    out += metric_text("kommunsok_index_documents", "gauge", "Documents in the index.", searcher_->document_count());
    out += metric_text("kommunsok_index_revision", "gauge", "The index revision (grows with every commit; starts again when a compaction or restore brings a new database).",
                       static_cast<double>(searcher_->revision()));
  } catch (const ApiError&) {
    out += metric_text("kommunsok_index_up", "gauge", "1 when the index can be searched.", 0);
  }
  const ViewUse use = searcher_->view_use();
  out += metric_text("kommunsok_searches_counted_from_columns_total", "counter",
                     "Searches whose facets were counted from the revision's facet columns.", static_cast<double>(use.columns));
  out += metric_text("kommunsok_searches_from_kept_counts_total", "counter",
                     "Filter-only searches answered with counts kept for the revision.", static_cast<double>(use.kept));
  out += metric_text("kommunsok_searches_counted_by_match_total", "counter",
                     "Searches counted value by value (no columns yet for their revision, or shards).",
                     static_cast<double>(use.counted));
  out += metric_text("kommunsok_ingest_queue", "gauge", "Uploads and deletions waiting for the indexer.",
                     static_cast<double>(intake_.queue_length()));
  // The indexer's own counters, from the file it keeps in the spool.
  if (const auto stats = schema::read_whole_file(intake_.spool().stats_file())) {
    try {
      Poco::JSON::Parser parser;
      const auto object = parser.parse(*stats).extract<Poco::JSON::Object::Ptr>();
      out += metric_text("kommunsok_ingest_indexed_total", "counter", "Uploads the indexer has indexed.",
                         object->optValue<double>("indexed", 0));
      out += metric_text("kommunsok_ingest_failed_total", "counter", "Uploads the indexer could not index.",
                         object->optValue<double>("failed", 0));
      out += metric_text("kommunsok_ingest_deleted_total", "counter", "Deletions the indexer has carried out.",
                         object->optValue<double>("deleted", 0));
      out += metric_text("kommunsok_ingest_last_batch_timestamp_seconds", "gauge",
                         "When the indexer last finished a batch (Unix time).", object->optValue<double>("last_batch", 0));
    } catch (const std::exception&) {
      // being replaced; the next scrape reads it
    }
  }
  return Reply{200, "text/plain; version=0.0.4; charset=utf-8", std::move(out)};
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
  // Each local shard keeps the originals of its own documents; a remote shard's are on its
  // machine, unless they are copied to this one's data directory.
  std::vector<std::filesystem::path> archives{searcher_->db_dir()};
  for (const Shard& shard : searcher_->location().shards)
    if (!shard.path.empty()) archives.emplace_back(shard.path);
  // Opened here and sent from this descriptor: a re-index that removes the file meanwhile
  // cannot cut the reply short.
  int fd = -1;
  for (std::size_t i = 0; i < archives.size() && fd < 0; ++i)
    fd = ::open(schema::original_path(archives[i], original.sha256).c_str(), O_RDONLY | O_CLOEXEC);
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
