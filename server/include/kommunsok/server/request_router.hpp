// Why: the thin HTTP layer — one place maps routes to handlers, decides who may call them,
// maps every error to a status and a JSON body, and writes the access log and the metrics.
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include "kommunsok/server/api_keys.hpp"
#include "kommunsok/server/http/http_exchange.hpp"
#include "kommunsok/server/http/worker_pool.hpp"
#include "kommunsok/server/metrics.hpp"
#include "kommunsok/server/search_server.hpp"
#include "kommunsok/server/searcher.hpp"
#include "kommunsok/server/upload_intake.hpp"

namespace kommunsok::server {

/// Routes: GET / (search page), /api/search, /api/documents/{id}[/original], /api/health,
/// /metrics; with a key, POST /api/documents, DELETE /api/documents/{id}, GET /api/uploads/{id}.
/// Anything else is a JSON 404; a method a route does not take is a JSON 405.
class RequestRouter {
 public:
  RequestRouter(std::shared_ptr<const Searcher> searcher, const IngestOptions& ingest);
  /// The reply to a whole request; never throws.
  Reply handle(HttpRequest& request) const;
  /// Decided from the head alone, before a body is read: an upload without a valid key, or
  /// over its key's rate, is answered at once and its body never taken.
  std::optional<Reply> screen(const Poco::Net::HTTPRequest& head) const;
  /// The largest body the request may carry.
  std::size_t max_body(const Poco::Net::HTTPRequest& head) const;
  /// Which lane of workers a request runs in: searches that may cost much go to the heavy one.
  static Lane lane_for(const HttpRequest& request);
  /// Adds the connection figures of the HTTP edge to /metrics; set before serving.
  void set_edge_metrics(std::function<std::string()> edge) { edge_metrics_ = std::move(edge); }

 private:
  Reply respond(const HttpRequest& request, std::string& key_name) const;
  Reply original(const HttpRequest& request, const std::string& id) const;
  Reply metrics_reply() const;
  std::optional<Reply> screen_upload(const Poco::Net::HTTPRequest& head) const;
  /// The key the request needs for `scope`, or ApiError 401/403.
  ApiKey require_key(const Poco::Net::HTTPRequest& head, KeyScope scope) const;

  std::shared_ptr<const Searcher> searcher_;
  IngestOptions ingest_;
  KeyRing keys_;
  mutable KeyRateLimiter upload_rate_;
  UploadIntake intake_;
  mutable Metrics metrics_;
  std::function<std::string()> edge_metrics_;
};

}  // namespace kommunsok::server
