// SIGTERM ends the server within seconds whatever its clients do: one that trickles a head,
// one that sent half a body, one that never reads its reply.
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "../indexer/fixtures.hpp"
#include "process_run.hpp"
#include "raw_connection.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
using namespace std::chrono_literals;

TEST_CASE("SIGTERM stops the server within seconds while slow clients hold connections", "[e2e][cli][edge]") {
  test::TempDir sources, dir;
  sources.write("svar.txt", test::kInterpellation);
  const std::string db = (dir.path() / "index").string();
  REQUIRE(test::run(KOMMUNSOK_INDEXER_BIN, {"--db", db, sources.path().string()}).exit_code == 0);
  test::Started server(KOMMUNSOK_SERVER_BIN, {"--db", db, "--port", "0"});
  const unsigned short port = test::listening_port(server);
  REQUIRE(port != 0);

  test::RawConnection trickle(port), half_body(port), no_reader(port);
  trickle.send("GET /api/search?q=bem");
  half_body.send("GET /api/health HTTP/1.1\r\nContent-Length: 50000\r\n\r\nabc");
  std::string many;
  for (int i = 0; i < 200; ++i) many += "GET /api/documents/svar.txt HTTP/1.1\r\nHost: x\r\n\r\n";
  no_reader.send(many);  // pipelined, never read: the replies fill the socket buffers
  std::this_thread::sleep_for(500ms);

  const auto started = std::chrono::steady_clock::now();
  server.signal(SIGTERM);
  const test::Outcome stopped = server.wait();
  const auto took = std::chrono::steady_clock::now() - started;
  CHECK(stopped.exit_code == 0);
  CHECK(took < 5s);
  CHECK_THAT(stopped.out, Catch::Contains("stopped"));
}
