// Framing as hostile and sloppy clients send it: every malformed head or body is refused
// with the right status, and nothing after a request can be taken for part of it.
#include <catch2/catch.hpp>

#include "kommunsok/server/http/request_framer.hpp"

using namespace kommunsok::server;
using State = RequestFramer::State;

namespace {

RequestFramer framer_with(const std::string& bytes) {
  RequestFramer framer{FramingLimits{}};
  framer.append(bytes);
  return framer;
}

int refusal_status(const std::string& bytes) {
  RequestFramer framer = framer_with(bytes);
  if (framer.advance() != State::refused) return 0;
  const Reply reply = framer.take_refusal();
  CHECK(reply.close);
  return reply.status;
}

}  // namespace

TEST_CASE("a request arrives in pieces and is framed once whole", "[server][framing]") {
  RequestFramer framer{FramingLimits{}};
  const std::string request = "GET /api/search?q=skola HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody";
  for (std::size_t i = 0; i + 1 < request.size(); ++i) {
    framer.append(request.substr(i, 1));
    REQUIRE(framer.advance() == State::need_more);
  }
  framer.append(request.substr(request.size() - 1));
  REQUIRE(framer.advance() == State::complete);
  const HttpRequest got = framer.take_request();
  CHECK(got.head.getURI() == "/api/search?q=skola");
  CHECK(got.body == "body");
  CHECK_FALSE(got.close);
}

TEST_CASE("pipelined requests are framed one after the other", "[server][framing]") {
  RequestFramer framer = framer_with("\r\nGET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.0\n\nGET /c");
  REQUIRE(framer.advance() == State::complete);
  CHECK(framer.take_request().head.getURI() == "/a");
  REQUIRE(framer.advance() == State::complete);
  const HttpRequest b = framer.take_request();
  CHECK(b.head.getURI() == "/b");
  CHECK(b.close);  // HTTP/1.0 without keep-alive
  CHECK(framer.advance() == State::need_more);
  CHECK(framer.started());
}

TEST_CASE("a chunked body is put together and its end found", "[server][framing]") {
  RequestFramer framer = framer_with(
      "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: y\r\n\r\nGET /next HTTP/1.1\r\n\r\n");
  REQUIRE(framer.advance() == State::complete);
  CHECK(framer.take_request().body == "hello world");
  REQUIRE(framer.advance() == State::complete);
  CHECK(framer.take_request().head.getURI() == "/next");
}

TEST_CASE("malformed framing is refused with the status that names it", "[server][framing]") {
  CHECK(refusal_status("GET / HTTP/1.1\r\nContent-Length: abc\r\n\r\n") == 400);
  CHECK(refusal_status("GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n") == 400);
  CHECK(refusal_status("GET / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") == 400);
  CHECK(refusal_status("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n") == 400);
  CHECK(refusal_status("GET / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") == 400);
  CHECK(refusal_status("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") == 400);
  CHECK(refusal_status("GET / HTTP/1.1\r\nContent-Length: 100000\r\n\r\n") == 413);
  CHECK(refusal_status("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\n") == 413);
  CHECK(refusal_status("GET / HTTP/2.0\r\n\r\n") == 505);
  CHECK(refusal_status("GET / HTTP/1.1\r\nX: " + std::string(70 * 1024, 'a') + "\r\n\r\n") == 431);
  CHECK(refusal_status("GET / HTTP/1.1\r\nX: " + std::string(70 * 1024, 'a')) == 431);  // never ends
  CHECK(refusal_status("GET /" + std::string(20 * 1024, 'a') + " HTTP/1.1\r\n\r\n") == 414);
}

TEST_CASE("an overlong search line names the parameter at fault", "[server][framing]") {
  RequestFramer framer = framer_with("GET /api/search?q=" + std::string(30 * 1024, 'a') + " HTTP/1.1\r\n\r\n");
  REQUIRE(framer.advance() == State::refused);
  const Reply reply = framer.take_refusal();
  CHECK(reply.status == 400);
  CHECK_THAT(reply.body, Catch::Contains("'q'"));
}

TEST_CASE("a body sent without framing ends the connection after the reply", "[server][framing]") {
  RequestFramer post = framer_with("POST /api/search HTTP/1.1\r\n\r\nq=x");
  REQUIRE(post.advance() == State::complete);
  CHECK(post.take_request().close);
  RequestFramer get = framer_with("GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n");
  REQUIRE(get.advance() == State::complete);
  CHECK(get.take_request().close);
}
