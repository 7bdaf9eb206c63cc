// Many visitors at once: the queries that once shared one static Xapian::Query between
// threads (an empty query, and queries that parse to nothing) are sent from many threads
// against a real server; a race there crashes the whole test process, and the server must
// still answer afterwards.
#include <atomic>
#include <spdlog/spdlog.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>
#include <vector>

#include "http_client.hpp"
#include "kommunsok/indexer/indexing_run.hpp"
#include "kommunsok/server/search_server.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;

TEST_CASE("concurrent empty and operator-only searches leave the server answering", "[e2e][concurrency]") {
  test::TempDir dir;
  indexer::IndexOptions options;
  options.db = dir.path() / "index";
  options.roots = {test::source_dir() / "corpus"};
  REQUIRE(indexer::run_indexing(options).ok());

  server::ServerOptions server_options;
  server_options.db = options.db;
  server_options.port = 0;
  server_options.threads = 8;
  server::SearchServer server(server_options);
  server.start();
  // Thousands of access-log lines would only slow the clients down and hide the race.
  const auto access_log = spdlog::get("access");
  const auto log_level = access_log->level();
  access_log->set_level(spdlog::level::off);

  // Each of these became the empty query (match all) before the fix.
  const std::vector<std::string> targets = {
      "/api/search?q=&size=1", "/api/search?size=1", "/", "/api/search?q=AND", "/api/search?q=OR%20NOT",
      "/api/search?q=%22%22", "/api/search?q=%2B", "/api/search?q=-", "/api/search?q=och"};

  constexpr int kClients = 12;
  constexpr auto kDuration = std::chrono::seconds(8);
  constexpr int kMaxRequestsPerClient = 3000;  // bounded in count as well as in time
  std::atomic<int> answered{0}, failed{0};
  const auto deadline = std::chrono::steady_clock::now() + kDuration;
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      for (int i = 0; i < kMaxRequestsPerClient && std::chrono::steady_clock::now() < deadline; ++i) {
        try {
          const auto reply = test::http_get(server.port(), targets[(c + i) % targets.size()]);
          (reply.status == 200 ? answered : failed)++;
        } catch (const std::exception&) {
          failed++;
        }
      }
    });
  }
  for (auto& t : clients) t.join();

  access_log->set_level(log_level);

  INFO("answered " << answered << ", failed " << failed);
  CHECK(failed == 0);
  CHECK(answered > kClients);
  const auto health = test::http_get(server.port(), "/api/health");
  CHECK(health.status == 200);
  const auto search = test::http_get(server.port(), "/api/search?q=");
  REQUIRE(search.status == 200);
  CHECK(search.json()->getValue<std::size_t>("total") >= 30);
}
