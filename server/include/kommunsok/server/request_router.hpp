// Why: the thin HTTP layer — one place maps paths to handlers and every error to a status
// and a JSON body, and writes the access log line.
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <memory>

#include "kommunsok/server/searcher.hpp"

namespace kommunsok::server {

/// Routes: GET / (search page), /api/search, /api/documents/{id}, /api/health;
/// anything else is a JSON 404, other methods a JSON 405.
class RequestRouter : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit RequestRouter(std::shared_ptr<const Searcher> searcher) : searcher_(std::move(searcher)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;
  /// Tells open keep-alive connections to close after their current request.
  void stop_connections() { serverStopped(this, false); }

 private:
  std::shared_ptr<const Searcher> searcher_;
};

}  // namespace kommunsok::server
