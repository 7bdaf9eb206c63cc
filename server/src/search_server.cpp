#include "kommunsok/server/search_server.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <xapian.h>

#include <mutex>
#include <stdexcept>

#include "kommunsok/server/log_text.hpp"
#include "kommunsok/server/request_router.hpp"
#include "kommunsok/server/searcher.hpp"

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

void init_logging() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (!spdlog::get("access")) spdlog::stdout_color_mt("access");
    if (!spdlog::get("kommunsok")) spdlog::set_default_logger(spdlog::stdout_color_mt("kommunsok"));
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ [%n] %v");
  });
}

SearchServer::SearchServer(const ServerOptions& options) {
  init_logging();
  check_index(options.db);
  router_ = std::make_shared<RequestRouter>(std::make_shared<const Searcher>(options.db));
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
