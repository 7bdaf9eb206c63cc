#include "kommunsok/server/search_server.hpp"

#include <spdlog/spdlog.h>
#include <xapian.h>

#include <stdexcept>

#include "kommunsok/server/log_text.hpp"
#include "kommunsok/server/request_router.hpp"
#include "kommunsok/server/searcher.hpp"
#include "kommunsok/server/server_logging.hpp"

namespace kommunsok::server {

namespace {

void check_index(const std::filesystem::path& db) {
  try {
    Xapian::Database probe(db.string());
  } catch (const Xapian::Error& e) {
    throw std::runtime_error("no usable index at " + db.string() + " (" + e.get_msg() +
                             "); create it with: kommunsok-indexer --db " + db.string() + " PATH");
  }
}

}  // namespace

SearchServer::SearchServer(const ServerOptions& options) {
  init_logging(options.logs);
  check_index(options.db);
  router_ = std::make_shared<RequestRouter>(std::make_shared<const Searcher>(options.db, options.queries));
  const int listen_fd = listen_on(options.bind, options.port, 1024);
  auto router = router_;
  front_end_ = std::make_unique<HttpFrontEnd>(
      listen_fd, options.connections, FramingLimits{}, options.threads,
      [router](HttpRequest& request) { return router->handle(request); }, &RequestRouter::lane_for,
      [](const std::string& client, const std::string& what, int status) {
        spdlog::get("access")->info("{} {} {}", client, log_text(what, 200), status);
      });
}

SearchServer::~SearchServer() { stop(); }

void SearchServer::start() {
  front_end_->start();
  running_ = true;
}

void SearchServer::stop() {
  if (!running_) return;
  front_end_->stop();
  running_ = false;
}

unsigned short SearchServer::port() const { return front_end_->port(); }

}  // namespace kommunsok::server
