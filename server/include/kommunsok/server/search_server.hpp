// Why: owns the listening socket, the thread pool and the HTTP server, so main() and
// the end-to-end tests start and stop the same server the same way.
#pragma once

#include <Poco/Net/TCPServer.h>
#include <Poco/ThreadPool.h>

#include <filesystem>
#include <memory>
#include <string>

namespace kommunsok::server {

class RequestRouter;

struct ServerOptions {
  std::filesystem::path db;
  std::string bind = "127.0.0.1";
  unsigned short port = 8080;  ///< 0: any free port (see SearchServer::port())
  int threads = 8;
};

class SearchServer {
 public:
  /// Binds the socket; throws std::runtime_error naming the problem (no index, port in use).
  explicit SearchServer(const ServerOptions& options);
  ~SearchServer();

  void start();
  /// Stops accepting and waits for requests in flight.
  void stop();
  unsigned short port() const;

 private:
  std::unique_ptr<Poco::ThreadPool> pool_;
  RequestRouter* router_ = nullptr;  ///< owned by the connection factory
  std::unique_ptr<Poco::Net::TCPServer> tcp_;
  bool running_ = false;
};

/// Sets up the "access" logger (and the default logger) once; safe to call repeatedly.
void init_logging();

}  // namespace kommunsok::server
