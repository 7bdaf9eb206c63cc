// Why: the thin HTTP layer — one place maps paths to handlers and every error to a status
// and a JSON body, and writes the access log line.
#pragma once

#include <memory>

#include "kommunsok/server/http/http_exchange.hpp"
#include "kommunsok/server/http/worker_pool.hpp"
#include "kommunsok/server/searcher.hpp"

namespace kommunsok::server {

/// Routes: GET / (search page), /api/search, /api/documents/{id}[/original], /api/health;
/// anything else is a JSON 404, other methods a JSON 405.
class RequestRouter {
 public:
  explicit RequestRouter(std::shared_ptr<const Searcher> searcher) : searcher_(std::move(searcher)) {}
  /// The reply to `request`; never throws.
  Reply handle(HttpRequest& request) const;
  /// Which lane of workers a request runs in: searches that may cost much go to the heavy one.
  static Lane lane_for(const HttpRequest& request);

 private:
  Reply respond(const HttpRequest& request) const;
  Reply route(const HttpRequest& request) const;
  Reply original(const HttpRequest& request, const std::string& id) const;

  std::shared_ptr<const Searcher> searcher_;
};

}  // namespace kommunsok::server
