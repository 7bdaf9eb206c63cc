// Nothing acknowledged is lost: uploads answered 202 survive kill -9 of the indexer (several
// times) and of the server while clients keep uploading; in the end every one is indexed,
// once, and the index passes xapian-check.
#include <signal.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <random>
#include <set>
#include <thread>

#include "../indexer/fixtures.hpp"
#include "http_client.hpp"
#include "kommunsok/schema/index_folder.hpp"
#include "kommunsok/server/api_keys.hpp"
#include "process_run.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
using namespace std::chrono_literals;

namespace {

constexpr int kUploads = 60;

std::string upload_text(int n) {
  return "Svar på fråga nummer " + std::to_string(n) + "\n\nArbetsgivaren svarar om skyddsronder i förskolan " +
         std::to_string(n) + ". Kvittoord zebrafink.\n";
}

std::unique_ptr<test::Started> start_server(const std::string& db, std::atomic<unsigned short>& port) {
  auto server = std::make_unique<test::Started>(KOMMUNSOK_SERVER_BIN, std::vector<std::string>{"--db", db, "--port", "0"});
  port = test::listening_port(*server);
  return server;
}

std::unique_ptr<test::Started> start_watcher(const std::string& db) {
  return std::make_unique<test::Started>(KOMMUNSOK_INDEXER_BIN, std::vector<std::string>{"--db", db, "--watch", "--poll", "1"});
}

}  // namespace

TEST_CASE("uploads answered 202 survive kill -9 of the indexer and the server", "[e2e][ingest][crash]") {
  test::TempDir sources, dir;
  sources.write("svar.txt", test::kInterpellation);
  const std::string db = (dir.path() / "index").string();
  REQUIRE(test::run(KOMMUNSOK_INDEXER_BIN, {"--db", db, sources.path().string()}).exit_code == 0);
  const std::string key = server::KeyFile(dir.path() / "index" / "keys").create("client", server::KeyScope::ingest);

  std::atomic<unsigned short> port{0};
  auto server = start_server(db, port);
  REQUIRE(port != 0);
  auto watcher = start_watcher(db);

  const unsigned seed = std::random_device{}();
  std::printf("ingest crash test seed %u\n", seed);
  std::mt19937 random(seed);

  std::mutex acknowledged_mutex;
  std::set<std::string> acknowledged;
  std::atomic<int> next{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 3; ++c)
    clients.emplace_back([&] {
      for (int n = next++; n < kUploads; n = next++) {
        // A client retries until it has its 202: only then may it forget the file.
        for (int attempt = 0; attempt < 400; ++attempt) {
          try {
            const auto reply = test::http_upload(port, "svar-" + std::to_string(n) + ".txt", upload_text(n), "", key);
            if (reply.status == 202) {
              std::lock_guard lock(acknowledged_mutex);
              acknowledged.insert(reply.json()->getValue<std::string>("upload"));
              break;
            }
          } catch (const std::exception&) {
          }
          std::this_thread::sleep_for(50ms);
        }
      }
    });

  // Kill the indexer three times and the server once while uploads arrive and are indexed.
  for (int round = 0; round < 4; ++round) {
    std::this_thread::sleep_for(std::chrono::milliseconds(300 + random() % 900));
    if (round == 2) {
      server->signal(SIGKILL);
      server->wait();
      server = start_server(db, port);
      REQUIRE(port != 0);
    } else {
      watcher->signal(SIGKILL);
      watcher->wait();
      watcher = start_watcher(db);
    }
  }
  for (auto& c : clients) c.join();
  REQUIRE(acknowledged.size() == static_cast<std::size_t>(kUploads));

  // Every acknowledged upload ends indexed.
  const auto deadline = std::chrono::steady_clock::now() + 120s;
  std::set<std::string> indexed;
  while (indexed.size() < acknowledged.size() && std::chrono::steady_clock::now() < deadline) {
    for (const std::string& upload : acknowledged) {
      if (indexed.contains(upload)) continue;
      const auto status = test::http_get(port, "/api/uploads/" + upload, "GET", {{"Authorization", "Bearer " + key}});
      REQUIRE(status.status == 200);
      const std::string state = status.json()->getValue<std::string>("state");
      if (state == "failed") FAIL("upload " << upload << " failed: " << status.body);
      if (state == "indexed") indexed.insert(upload);
    }
    std::this_thread::sleep_for(200ms);
  }
  CHECK(indexed.size() == acknowledged.size());
  // Once each: the marker word is in exactly the uploads, plus nothing twice.
  const auto found = test::http_get(port, "/api/search?q=zebrafink&size=1");
  CHECK(found.json()->getValue<int>("total") == kUploads);
  CHECK(test::http_get(port, "/api/health").json()->getValue<int>("documents") == kUploads + 1);

  watcher->signal(SIGTERM);
  CHECK(watcher->wait().exit_code == 0);
  server->signal(SIGTERM);
  CHECK(server->wait().exit_code == 0);
  const test::Outcome check = test::run("/usr/bin/xapian-check", {kommunsok::schema::index_tables_dir(db).string()});
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
}
