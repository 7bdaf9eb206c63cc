// Why: one thread owns every connection and reads each request whole under deadlines a
// trickle cannot stretch; workers only ever see complete requests. So idle keep-alive
// connections, slow senders and slow readers cost a buffer, never a worker, and overload is
// answered with 503 instead of resets.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "kommunsok/server/http/http_exchange.hpp"
#include "kommunsok/server/http/request_framer.hpp"
#include "kommunsok/server/http/worker_pool.hpp"

namespace kommunsok::server {

struct ConnectionLimits {
  int max_connections = 2048;  ///< open at once; more are answered 503 and closed
  int max_per_client = 64;     ///< from one address
  std::chrono::milliseconds idle_timeout{15000};   ///< keep-alive wait for the next request
  std::chrono::milliseconds request_timeout{10000};  ///< first byte to last byte of a head
  std::size_t min_body_rate = 32 * 1024;           ///< bytes/s a body may not fall below, on average
  std::chrono::milliseconds write_stall{30000};    ///< a reader that takes nothing this long is dropped
  std::chrono::milliseconds shutdown_grace{2000};  ///< replies in progress may finish this long
  std::size_t queue_limit = 256;                   ///< requests waiting for a worker, per lane
};

/// Counters for /metrics; read from any thread.
struct FrontEndCounters {
  std::atomic<long> open{0};
  std::atomic<long> accepted{0};
  std::atomic<long> rejected_total_limit{0};
  std::atomic<long> rejected_client_limit{0};
  std::atomic<long> shed_busy{0};
  std::atomic<long> timed_out{0};
  std::atomic<long> refused_framing{0};
};

class HttpFrontEnd {
 public:
  using Handler = std::function<Reply(HttpRequest&)>;
  using Classifier = std::function<Lane(const HttpRequest&)>;
  /// Called for replies the front end gives itself (refusals, 503s, timeouts).
  using Logger = std::function<void(const std::string& client, const std::string& what, int status)>;

  /// Takes ownership of `listen_fd` (bound and listening).
  HttpFrontEnd(int listen_fd, ConnectionLimits limits, FramingLimits framing, int threads, Handler handler,
               Classifier classify, Logger log);
  ~HttpFrontEnd();
  HttpFrontEnd(const HttpFrontEnd&) = delete;
  HttpFrontEnd& operator=(const HttpFrontEnd&) = delete;

  void start();
  /// Stops accepting, lets replies in progress finish within the grace period, closes the
  /// rest, and waits for the workers. Returns within a few seconds whatever clients do.
  void stop();
  unsigned short port() const;
  const FrontEndCounters& counters() const { return counters_; }
  std::size_t queued() const { return pool_.queued(); }

 private:
  struct Connection;
  struct Completion {
    std::uint64_t id;
    Reply reply;
    bool keep_alive;
  };

  void run();
  void accept_all();
  void reject(int fd, int status, const std::string& message);
  void on_readable(Connection& c);
  void on_writable(Connection& c);
  void frame(Connection& c);
  void dispatch(Connection& c, HttpRequest request);
  void start_reply(Connection& c, Reply reply, bool keep_alive);
  void finish_reply(Connection& c);
  void close_connection(std::uint64_t id);
  void take_completions();
  void expire(std::chrono::steady_clock::time_point now);
  void watch(Connection& c, std::uint32_t events);

  int listen_fd_;
  int epoll_fd_ = -1;
  int wake_fd_ = -1;
  int reserve_fd_ = -1;  ///< freed to accept-and-refuse when descriptors run out
  ConnectionLimits limits_;
  FramingLimits framing_;
  Handler handler_;
  Classifier classify_;
  Logger log_;
  WorkerPool pool_;
  FrontEndCounters counters_;

  std::mutex completions_mutex_;
  std::vector<Completion> completions_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;

  // Owned by the loop thread alone.
  std::uint64_t next_id_ = 1;
  std::unordered_map<std::uint64_t, std::unique_ptr<Connection>> connections_;
  std::unordered_map<std::string, int> per_client_;
  std::vector<std::unique_ptr<Connection>> graveyard_;  ///< closed this turn, freed at its end
  std::chrono::steady_clock::time_point accept_paused_until_{};  ///< out of descriptors: listen again then
};

/// A socket bound to `host:port` and listening, or std::runtime_error naming the problem.
int listen_on(const std::string& host, unsigned short port, int backlog);

}  // namespace kommunsok::server
