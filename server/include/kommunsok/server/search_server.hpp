// Why: owns the listening socket, the connection loop and the workers, so main() and the
// end-to-end tests start and stop the same server the same way.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "kommunsok/server/http/http_front_end.hpp"
#include "kommunsok/server/index_location.hpp"
#include "kommunsok/server/searcher.hpp"
#include "kommunsok/server/server_logging.hpp"

namespace kommunsok::server {

class RequestRouter;

/// Writing through the API: uploads and deletions, and who may make them.
struct IngestOptions {
  std::filesystem::path spool;  ///< where uploads wait for the indexer; empty: DB/spool
  std::filesystem::path keys;   ///< the API key file; empty: DB/keys
  std::size_t max_upload_bytes = 100u << 20;
  double uploads_per_minute = 60;  ///< per key, with bursts of as many
  bool require_key_for_reads = false;
};

struct ServerOptions {
  std::filesystem::path db;
  /// The index's shards (local directories, xapian-tcpsrv servers); empty: the index is `db`.
  std::vector<Shard> shards;
  std::vector<std::string> spelling;  ///< see IndexLocation::spelling
  std::chrono::milliseconds shard_timeout{10000};
  std::string bind = "127.0.0.1";
  unsigned short port = 8080;  ///< 0: any free port (see SearchServer::port())
  int threads = 8;
  ConnectionLimits connections{};
  QueryLimits queries{};
  LogOptions logs{};
  IngestOptions ingest{};
};

class SearchServer {
 public:
  /// Binds the socket; throws std::runtime_error naming the problem (no index, port in use).
  explicit SearchServer(const ServerOptions& options);
  ~SearchServer();

  void start();
  /// Stops accepting and ends within a few seconds: replies in progress may finish meanwhile.
  void stop();
  unsigned short port() const;
  const FrontEndCounters& counters() const { return front_end_->counters(); }

 private:
  std::shared_ptr<RequestRouter> router_;
  std::unique_ptr<HttpFrontEnd> front_end_;
  bool running_ = false;
};

}  // namespace kommunsok::server
