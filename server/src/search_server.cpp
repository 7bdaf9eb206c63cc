#include "kommunsok/server/search_server.hpp"

#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <xapian.h>

#include <algorithm>

#include <stdexcept>

#include "kommunsok/server/log_text.hpp"
#include "kommunsok/server/metrics.hpp"
#include "kommunsok/server/request_router.hpp"
#include "kommunsok/server/searcher.hpp"
#include "kommunsok/server/server_logging.hpp"

namespace kommunsok::server {

namespace {

void check_index(const IndexLocation& location) {
  try {
    location.open();
  } catch (const Xapian::Error& e) {
    if (!location.shards.empty())
      throw std::runtime_error("the index's " + location.describe() + " cannot all be opened: " + e.get_description());
    throw std::runtime_error("no usable index at " + location.db_dir.string() + " (" + e.get_msg() +
                             "); create it with: kommunsok-indexer --db " + location.db_dir.string() + " PATH");
  }
}

// Every connection is a descriptor, and each request opens the index's tables: the soft limit
// (often 1024) is raised as far as the hard one allows, and the connection limit kept below it.
ConnectionLimits fit_to_descriptors(ConnectionLimits limits) {
  constexpr rlim_t kReserve = 256;
  rlimit files{};
  if (getrlimit(RLIMIT_NOFILE, &files) != 0) return limits;
  const rlim_t wanted = static_cast<rlim_t>(limits.max_connections) + kReserve;
  if (files.rlim_cur < wanted) {
    files.rlim_cur = std::min(wanted, files.rlim_max);
    setrlimit(RLIMIT_NOFILE, &files);
    getrlimit(RLIMIT_NOFILE, &files);
  }
  if (files.rlim_cur < wanted) {
    const int fitting = static_cast<int>(files.rlim_cur > 2 * kReserve ? files.rlim_cur - kReserve : files.rlim_cur / 2);
    spdlog::warn("only {} open files are allowed (ulimit -n): at most {} connections instead of {}", files.rlim_cur,
                 fitting, limits.max_connections);
    limits.max_connections = fitting;
  }
  return limits;
}

}  // namespace

SearchServer::SearchServer(const ServerOptions& options) {
  init_logging(options.logs);
  const IndexLocation location{options.db, options.shards, options.spelling, options.shard_timeout};
  check_index(location);
  router_ = std::make_shared<RequestRouter>(std::make_shared<const Searcher>(location, options.queries), options.ingest);
  const int listen_fd = listen_on(options.bind, options.port, 1024);
  auto router = router_;
  FramingLimits framing;
  framing.max_body = [router](const Poco::Net::HTTPRequest& head) { return router->max_body(head); };
  framing.screen = [router](const Poco::Net::HTTPRequest& head) { return router->screen(head); };
  front_end_ = std::make_unique<HttpFrontEnd>(
      listen_fd, fit_to_descriptors(options.connections), framing, options.threads,
      [router](HttpRequest& request) { return router->handle(request); }, &RequestRouter::lane_for,
      [](const std::string& client, const std::string& what, int status) {
        spdlog::get("access")->info("{} {} {}", client, log_text(what, 200), status);
      });
}

namespace {

std::string edge_metrics(const HttpFrontEnd& front_end) {
  const FrontEndCounters& c = front_end.counters();
  auto counter = [](const std::string& name, const std::string& help, long value) {
    return metric_text(name, "counter", help, static_cast<double>(value));
  };
  std::string out = metric_text("kommunsok_http_connections_open", "gauge", "Connections open now.", c.open.load());
  out += counter("kommunsok_http_connections_accepted_total", "Connections accepted.", c.accepted.load());
  out += "# HELP kommunsok_http_connections_rejected_total Connections and requests turned away, by reason.\n"
         "# TYPE kommunsok_http_connections_rejected_total counter\n";
  const std::pair<const char*, long> reasons[] = {{"server_limit", c.rejected_total_limit.load()},
                                                  {"client_limit", c.rejected_client_limit.load()},
                                                  {"busy", c.shed_busy.load()},
                                                  {"timeout", c.timed_out.load()},
                                                  {"framing", c.refused_framing.load()}};
  for (const auto& [reason, value] : reasons)
    out += std::string("kommunsok_http_connections_rejected_total{reason=\"") + reason + "\"} " + std::to_string(value) + "\n";
  out += metric_text("kommunsok_http_requests_queued", "gauge", "Requests waiting for a worker.",
                     static_cast<double>(front_end.queued()));
  return out;
}

}  // namespace

SearchServer::~SearchServer() { stop(); }

void SearchServer::start() {
  const HttpFrontEnd* front_end = front_end_.get();
  router_->set_edge_metrics([front_end] { return edge_metrics(*front_end); });
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
