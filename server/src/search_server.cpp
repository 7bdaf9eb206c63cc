#include "kommunsok/server/search_server.hpp"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <xapian.h>

#include <mutex>
#include <stdexcept>

#include "kommunsok/server/guarded_connection.hpp"
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

Poco::Net::ServerSocket bind_socket(const ServerOptions& options) {
  try {
    Poco::Net::SocketAddress address(options.bind, options.port);
    return Poco::Net::ServerSocket(address, 64);
  } catch (const Poco::Exception& e) {
    throw std::runtime_error("cannot listen on " + options.bind + ":" + std::to_string(options.port) +
                             ": " + e.displayText());
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
  Poco::Net::ServerSocket socket = bind_socket(options);
  Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(options.threads);
  params->setMaxQueued(128);
  params->setKeepAlive(true);
  params->setTimeout(Poco::Timespan(30, 0));
  // Idle keep-alive connections hold shutdown back at most this long.
  params->setKeepAliveTimeout(Poco::Timespan(5, 0));
  pool_ = std::make_unique<Poco::ThreadPool>(2, options.threads);
  router_ = new RequestRouter(std::make_shared<const Searcher>(options.db));
  Poco::Net::HTTPRequestHandlerFactory::Ptr router(router_);
  tcp_ = std::make_unique<Poco::Net::TCPServer>(new GuardedConnectionFactory(router, params), *pool_,
                                                socket, params);
}

SearchServer::~SearchServer() { stop(); }

void SearchServer::start() {
  tcp_->start();
  running_ = true;
}

void SearchServer::stop() {
  if (!running_) return;
  tcp_->stop();
  router_->stop_connections();
  pool_->joinAll();
  running_ = false;
}

unsigned short SearchServer::port() const { return tcp_->port(); }

}  // namespace kommunsok::server
