// Request framing as an attacker or a careless proxy sends it: a body on a GET must not be
// read as a second request, and a body too large to read closes the connection.
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <catch2/catch.hpp>
#include <chrono>

#include "../indexer/fixtures.hpp"
#include "kommunsok/indexer/indexing_run.hpp"
#include "kommunsok/server/search_server.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;

namespace {

// Everything the server sends on one connection until it closes it or stays silent.
std::string exchange(unsigned short port, const std::string& bytes) {
  Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", port));
  socket.sendBytes(bytes.data(), static_cast<int>(bytes.size()));
  std::string received;
  char buffer[4096];
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (std::chrono::steady_clock::now() < deadline) {
    if (!socket.poll(Poco::Timespan(0, 700 * 1000), Poco::Net::Socket::SELECT_READ)) break;  // silent
    const int n = socket.receiveBytes(buffer, sizeof buffer);
    if (n <= 0) break;  // closed
    received.append(buffer, static_cast<std::size_t>(n));
  }
  return received;
}

std::size_t responses_in(const std::string& received) {
  std::size_t count = 0;
  // Status lines; a JSON body holds no "HTTP/1.1 ".
  for (std::size_t at = received.find("HTTP/1.1 "); at != std::string::npos; at = received.find("HTTP/1.1 ", at + 1))
    ++count;
  return count;
}

}  // namespace

TEST_CASE("a request body is read and thrown away, never taken for a request", "[e2e][framing]") {
  test::TempDir sources, dir;
  sources.write("svar.txt", test::kInterpellation);
  indexer::IndexOptions options;
  options.db = dir.path() / "index";
  options.roots = {sources.path()};
  REQUIRE(indexer::run_indexing(options).ok());
  server::ServerOptions server_options;
  server_options.db = options.db;
  server_options.port = 0;
  server::SearchServer server(server_options);
  server.start();

  // A GET whose body is itself a request: one response, not two.
  const std::string smuggled = "GET /api/search?q=smuggled HTTP/1.1\r\nHost: x\r\n\r\n";
  const std::string received = exchange(server.port(), "GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                                                           std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled);
  CHECK(responses_in(received) == 1);
  CHECK_THAT(received, Catch::Contains("\"status\":\"ok\""));

  // The connection stays usable: the next request on it is answered.
  const std::string two = exchange(server.port(), "GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                                                  "GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n");
  CHECK(responses_in(two) == 2);

  // A body too large to read: 413, and the connection is closed.
  const std::string large = exchange(server.port(), "GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n" +
                                                        std::string(1000, 'x'));
  CHECK_THAT(large, Catch::StartsWith("HTTP/1.1 413 Request Entity Too Large"));
  CHECK_THAT(large, Catch::Contains("Connection: close", Catch::CaseSensitive::No) &&
                        Catch::Contains("request body is too large"));

  // A POST without a length cannot be framed: 405 and the connection closed after it.
  const std::string post = exchange(server.port(), "POST /api/search HTTP/1.1\r\nHost: x\r\n\r\nq=x");
  CHECK_THAT(post, Catch::StartsWith("HTTP/1.1 405 Method Not Allowed") &&
                       Catch::Contains("Connection: close", Catch::CaseSensitive::No));
  // A body whose end cannot be found: 400, and the connection closed.
  const std::string odd = exchange(server.port(), "GET /api/health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                                                  "5\r\nhello\r\n0\r\n\r\nGET /api/health HTTP/1.1\r\n\r\n");
  CHECK(responses_in(odd) == 1);
  CHECK_THAT(odd, Catch::StartsWith("HTTP/1.1 400 Bad Request"));
  server.stop();
}
