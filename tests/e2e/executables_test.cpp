// The two programs as a user runs them: exit codes, summaries, startup and clean shutdown.
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>

#include "http_client.hpp"
#include "process_run.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;

namespace {

using test::Outcome;
using test::run;

const std::string kParagraph =
    "Kommunstyrelsen\n\nSammanträdesdatum\n\n4 april 2023\n\nParagraf\n\n§ 9\n\n"
    "Diarienummer KS-2023/0311\n\nBelysning längs Strandvägen i Sjöbacka kommun\n\nText.\n";

}  // namespace

TEST_CASE("the indexer summarises, is idempotent and names failed files", "[e2e][cli]") {
  test::TempDir sources, db;
  sources.write("p.txt", kParagraph);
  const std::string index = (db.path() / "index").string();

  const Outcome first = run(KOMMUNSOK_INDEXER_BIN, {"--db", index, sources.path().string()});
  CHECK(first.exit_code == 0);
  CHECK(first.out.find("indexed 1, unchanged 0, removed 0, failed 0") != std::string::npos);

  const Outcome second = run(KOMMUNSOK_INDEXER_BIN, {"--db", index, sources.path().string()});
  CHECK(second.exit_code == 0);
  CHECK(second.out.find("indexed 0, unchanged 1, removed 0, failed 0") != std::string::npos);

  sources.write("tom.txt", "");
  const Outcome failing = run(KOMMUNSOK_INDEXER_BIN, {"--db", index, sources.path().string()});
  CHECK(failing.exit_code == 1);
  CHECK(failing.err.find("tom.txt: no text (empty file)") != std::string::npos);
  CHECK(failing.out.find("unchanged 1, removed 0, failed 1") != std::string::npos);
}

TEST_CASE("the indexer rejects bad usage with a message and status 2", "[e2e][cli]") {
  CHECK(run(KOMMUNSOK_INDEXER_BIN, {}).exit_code == 2);
  const Outcome bad = run(KOMMUNSOK_INDEXER_BIN, {"--db", "/tmp/x", "--batch-size", "zero", "."});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("--batch-size") != std::string::npos);
  for (const char* option : {"--threads", "--batch-mb"}) {
    INFO(option);
    const Outcome none = run(KOMMUNSOK_INDEXER_BIN, {"--db", "/tmp/x", option, "0", "."});
    CHECK(none.exit_code == 2);
    CHECK(none.err.find(std::string(option) + " must be a whole number from 1") != std::string::npos);
  }
}

TEST_CASE("the indexer takes its threads and batch limits from flags and the config file", "[e2e][cli]") {
  test::TempDir sources, db;
  for (int n = 1; n <= 5; ++n) sources.write("p" + std::to_string(n) + ".txt", kParagraph);
  const auto config = db.write("kommunsok.properties", "indexer.threads = 1\nindexer.batch_mb = 1\n");
  const std::string index = (db.path() / "index").string();
  const Outcome flags = run(KOMMUNSOK_INDEXER_BIN, {"--config", config.string(), "--db", index, "--threads", "3",
                                                    "--batch-size", "2", "--batch-mb", "8", sources.path().string()});
  INFO(flags.out << flags.err);
  CHECK(flags.exit_code == 0);
  CHECK(flags.out.find("indexed 5, unchanged 0, removed 0, failed 0 (5 documents") != std::string::npos);
  const auto wrong = db.write("wrong.properties", "indexer.threads = many\n");
  const Outcome refused = run(KOMMUNSOK_INDEXER_BIN, {"--config", wrong.string(), "--db", index, sources.path().string()});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("indexer.threads") != std::string::npos);
}

TEST_CASE("the server refuses to start without an index", "[e2e][cli]") {
  test::TempDir dir;
  const Outcome outcome = run(KOMMUNSOK_SERVER_BIN, {"--db", (dir.path() / "none").string(), "--port", "0"});
  CHECK(outcome.exit_code == 1);
  CHECK(outcome.out.find("kommunsok-indexer") != std::string::npos);
  CHECK(run(KOMMUNSOK_SERVER_BIN, {"--db", "x", "--port", "70000"}).exit_code == 2);
}

TEST_CASE("the server serves, then shuts down cleanly on SIGTERM", "[e2e][cli]") {
  test::TempDir sources, db;
  sources.write("p.txt", kParagraph);
  const std::string index = (db.path() / "index").string();
  REQUIRE(run(KOMMUNSOK_INDEXER_BIN, {"--db", index, sources.path().string()}).exit_code == 0);

  test::Started server(KOMMUNSOK_SERVER_BIN, {"--db", index, "--port", "0"});
  const unsigned short port = test::listening_port(server);
  REQUIRE(port != 0);

  auto health = test::http_get(port, "/api/health");
  CHECK(health.status == 200);
  CHECK(health.json()->getValue<int>("documents") == 1);
  auto search = test::http_get(port, "/api/search?q=belysning");
  CHECK(search.json()->getValue<int>("total") == 1);

  const auto started = std::chrono::steady_clock::now();
  server.signal(SIGTERM);
  const Outcome stopped = server.wait();
  CHECK(stopped.exit_code == 0);
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
  CHECK(stopped.out.find("shutting down") != std::string::npos);
}

TEST_CASE("the indexer explains one file: the structure, the fields with their lines, and the dates passed over", "[e2e][cli]") {
  test::TempDir sources;
  const auto file = sources.write("p.txt",
                                  "Kommunstyrelsen\n\nSammanträdesdatum 2023-04-04\n\nParagraf\n\n§ 9\n\n"
                                  "Diarienummer KS-2023/0311\n\nBelysning längs Strandvägen\n\nText om lampor.\n\n"
                                  "Justeringens plats och tid Sjöbacka 2023-04-11\n");
  const Outcome explained = run(KOMMUNSOK_INDEXER_BIN, {"--explain", file.string()});
  CHECK(explained.exit_code == 0);
  CHECK(explained.out.find("== structure") != std::string::npos);
  CHECK(explained.out.find("kind: paragraf") != std::string::npos);
  CHECK(explained.out.find("diarienummer: KS-2023/0311   <- line") != std::string::npos);
  CHECK(explained.out.find("2023-04-04  TAKEN") != std::string::npos);
  CHECK(explained.out.find("2023-04-11  passed over: justering") != std::string::npos);
  CHECK(explained.out.find("== numbers not taken as diarienummer") != std::string::npos);
  CHECK(explained.out.find("TAKEN line 1: Kommunstyrelsen") != std::string::npos);

  const Outcome missing = run(KOMMUNSOK_INDEXER_BIN, {"--explain", (sources.path() / "nope.txt").string()});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("nope.txt") != std::string::npos);
}
