// The HTTP edge under the attacks a careless or hostile client makes without skill: idle
// connections, bytes trickled one at a time (slowloris), keep-alive clients that never let go,
// more connections than the server will hold. Attackers connect from other loopback addresses
// (127.0.0.x), as they would from other machines.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <thread>
#include <vector>

#include "../indexer/fixtures.hpp"
#include "http_client.hpp"
#include "kommunsok/indexer/indexing_run.hpp"
#include "kommunsok/server/search_server.hpp"
#include "raw_connection.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
using namespace std::chrono_literals;

namespace {

// A liveness bound, not a speed target (scripts/bench/edge measures p99): before this design
// a client waited 18 s to minutes here. Sanitizer builds run several times slower.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr auto kAnswerWithin = 5s;
#else
constexpr auto kAnswerWithin = 2s;
#endif

struct IndexedServer {
  test::TempDir sources, dir;
  std::unique_ptr<server::SearchServer> server;

  explicit IndexedServer(server::ServerOptions options = {}) {
    sources.write("svar.txt", test::kInterpellation);
    indexer::IndexOptions index;
    index.db = dir.path() / "index";
    index.roots = {sources.path()};
    REQUIRE(indexer::run_indexing(index).ok());
    options.db = index.db;
    options.port = 0;
    server = std::make_unique<server::SearchServer>(options);
    server->start();
    spdlog::get("access")->set_level(spdlog::level::warn);  // thousands of lines hide failures
  }
  ~IndexedServer() { spdlog::get("access")->set_level(spdlog::level::info); }
  unsigned short port() const { return server->port(); }
};

std::chrono::milliseconds timed_health(unsigned short port, int& status) {
  const auto started = std::chrono::steady_clock::now();
  try {
    status = test::http_get(port, "/api/health").status;
  } catch (const std::exception&) {
    status = -1;
  }
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
}

}  // namespace

TEST_CASE("a normal client is answered while idle, trickling and busy keep-alive clients hold connections",
          "[e2e][edge]") {
  server::ServerOptions options;
  options.connections.request_timeout = 3s;
  IndexedServer s(options);
  const int seconds = std::getenv("KOMMUNSOK_EDGE_SECONDS") ? std::atoi(std::getenv("KOMMUNSOK_EDGE_SECONDS")) : 6;

  // 200 idle connections from four addresses (the per-address limit is 64).
  std::vector<test::RawConnection> idle;
  for (int i = 0; i < 200; ++i) idle.emplace_back(s.port(), "127.0.0." + std::to_string(2 + i / 50));

  std::atomic<bool> done{false};
  std::atomic<int> trickled_out{0}, busy_answers{0}, busy_failures{0};
  std::vector<std::thread> attackers;
  // 8 slowloris connections: a byte every 200 ms, which resets no deadline.
  for (int i = 0; i < 8; ++i) {
    attackers.emplace_back([&] {
      test::RawConnection slow(s.port(), "127.0.0.20");
      const std::string request = "GET /api/search?q=bemanning HTTP/1.1\r\nHost: x\r\nX-Padding: " + std::string(400, 'a');
      std::string answer;
      for (char c : request) {
        if (done || !slow.send(std::string(1, c))) break;
        answer = slow.receive(200ms, 200ms);
        if (!answer.empty()) break;
      }
      // Cut off by the request deadline: 408, then the connection is closed.
      if (answer.starts_with("HTTP/1.1 408 ") && slow.closed_by_server(3s)) ++trickled_out;
    });
  }
  // 8 keep-alive clients, each a browser tab asking again and again on one connection.
  for (int i = 0; i < 8; ++i) {
    attackers.emplace_back([&] {
      test::RawConnection tab(s.port(), "127.0.0.30");
      while (!done) {
        const bool sent = tab.send("GET /api/search?q=bemanning&size=5 HTTP/1.1\r\nHost: x\r\n\r\n");
        const std::string response = sent ? tab.receive_response(10s) : "";
        (response.starts_with("HTTP/1.1 200 OK") ? busy_answers : busy_failures)++;
        if (response.empty()) break;
        std::this_thread::sleep_for(20ms);
      }
    });
  }

  std::vector<std::chrono::milliseconds> latencies;
  int failures = 0;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < until) {
    int status = 0;
    latencies.push_back(timed_health(s.port(), status));
    if (status != 200) ++failures;
    std::this_thread::sleep_for(50ms);
  }
  done = true;
  for (auto& t : attackers) t.join();
  std::sort(latencies.begin(), latencies.end());
  const auto p99 = latencies[latencies.size() * 99 / 100];
  std::printf("edge: %zu normal requests, p50 %lld ms, p99 %lld ms, max %lld ms; keep-alive answers %d; "
              "slowloris cut off %d of 8\n",
              latencies.size(), static_cast<long long>(latencies[latencies.size() / 2].count()),
              static_cast<long long>(p99.count()), static_cast<long long>(latencies.back().count()), busy_answers.load(),
              trickled_out.load());
  CHECK(failures == 0);
  CHECK(latencies.back() < kAnswerWithin);
  CHECK(busy_failures == 0);
  CHECK(busy_answers > 8);
  CHECK(trickled_out == 8);

  // All 200 idle connections were held (50 per address is within the limit); closing them
  // leaves a server that answers with no restart.
  idle.clear();
  int status = 0;
  CHECK(timed_health(s.port(), status) < kAnswerWithin);
  CHECK(status == 200);
  CHECK(s.server->counters().rejected_client_limit.load() == 0);
}

TEST_CASE("connections beyond the per-address and overall limits get a 503, not a reset", "[e2e][edge]") {
  server::ServerOptions options;
  options.connections.max_per_client = 5;
  options.connections.max_connections = 12;
  IndexedServer s(options);

  // The server's own count of open connections, once it has settled at `n` (the loop accepts
  // and closes in its own time: a client's close is not the server's at once).
  auto open_settles_at = [&](long n) {
    for (int i = 0; i < 100 && s.server->counters().open.load() != n; ++i) std::this_thread::sleep_for(50ms);
    return s.server->counters().open.load() == n;
  };
  std::vector<test::RawConnection> held;
  for (int i = 0; i < 5; ++i) held.emplace_back(s.port(), "127.0.0.40");
  REQUIRE(open_settles_at(5));
  test::RawConnection sixth(s.port(), "127.0.0.40");
  const std::string refused = sixth.receive(500ms, 3s);
  CHECK_THAT(refused, Catch::StartsWith("HTTP/1.1 503 Service Unavailable"));
  CHECK_THAT(refused, Catch::Contains("too many connections from your address"));
  CHECK_THAT(refused, Catch::Contains("Retry-After: 1"));

  // Another address is still served, until the server as a whole is full.
  CHECK(test::http_get(s.port(), "/api/health").status == 200);
  REQUIRE(open_settles_at(5));
  for (int i = 0; i < 7; ++i) held.emplace_back(s.port(), "127.0.0." + std::to_string(41 + i));
  REQUIRE(open_settles_at(12));
  test::RawConnection over(s.port(), "127.0.0.60");
  CHECK_THAT(over.receive(500ms, 3s), Catch::StartsWith("HTTP/1.1 503") && Catch::Contains("connection limit"));

  held.clear();
  std::this_thread::sleep_for(200ms);
  CHECK(test::http_get(s.port(), "/api/health").status == 200);
  CHECK(s.server->counters().rejected_client_limit.load() == 1);
  CHECK(s.server->counters().rejected_total_limit.load() == 1);
}

TEST_CASE("an idle keep-alive connection is closed after the idle timeout and pins no worker", "[e2e][edge]") {
  server::ServerOptions options;
  options.threads = 1;
  options.connections.idle_timeout = 1s;
  IndexedServer s(options);

  // One worker, and a kept-alive connection that has been answered and now waits: the next
  // client is still served at once.
  test::RawConnection kept(s.port());
  REQUIRE(kept.send("GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n"));
  CHECK_THAT(kept.receive(300ms), Catch::StartsWith("HTTP/1.1 200 OK") && Catch::Contains("Connection: keep-alive"));
  int status = 0;
  CHECK(timed_health(s.port(), status) < kAnswerWithin);
  CHECK(status == 200);
  CHECK(kept.closed_by_server(3s));
}

TEST_CASE("stopping the server takes seconds whatever the clients do", "[e2e][edge]") {
  IndexedServer s;
  std::vector<test::RawConnection> clients;
  clients.emplace_back(s.port());
  clients.back().send("GET /api/health HTTP/1.1\r\nHost: x\r\n");  // a head that never ends
  clients.emplace_back(s.port());  // says nothing
  clients.emplace_back(s.port());
  clients.back().send("GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: 60000\r\n\r\nabc");  // a body that stops
  std::this_thread::sleep_for(200ms);
  const auto started = std::chrono::steady_clock::now();
  s.server->stop();
  CHECK(std::chrono::steady_clock::now() - started < 3s);
  for (auto& c : clients) CHECK(c.closed_by_server(1s));
}

TEST_CASE("a wildcard flood is cut to its budget, says so, and cheap requests still pass", "[e2e][edge]") {
  IndexedServer s;
  std::string flood;
  for (int i = 0; i < 245; ++i) flood += std::string(i ? " OR " : "") + static_cast<char>('a' + i % 26) + "*";
  const std::string target = "/api/search?q=" + test::url_encode(flood.substr(0, 999));
  const auto first = test::http_get(s.port(), target);
  REQUIRE(first.status == 200);
  // One document: every wildcard is within its share, so nothing is cut; the field is there.
  REQUIRE(first.json()->getArray("limited"));

  std::atomic<bool> done{false};
  std::atomic<int> flood_answers{0};
  std::vector<std::thread> heavy;
  for (int i = 0; i < 8; ++i)
    heavy.emplace_back([&] {
      while (!done)
        if (test::http_get(s.port(), target).status == 200) ++flood_answers;
    });
  std::chrono::milliseconds worst{0};
  for (int i = 0; i < 40; ++i) {
    int status = 0;
    worst = std::max(worst, timed_health(s.port(), status));
    CHECK(status == 200);
    std::this_thread::sleep_for(25ms);
  }
  done = true;
  for (auto& t : heavy) t.join();
  CHECK(worst < kAnswerWithin);
  CHECK(flood_answers > 0);
}
