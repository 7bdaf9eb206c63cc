// The HTTP details of serving an original — ranges, names, dates, entity tags — and of
// logging what a client sent.
#include <catch2/catch.hpp>

#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/log_text.hpp"
#include "kommunsok/server/original_response.hpp"

using namespace kommunsok::server;

TEST_CASE("Range headers select bytes or the whole file", "[server][original]") {
  auto range = requested_range("bytes=0-99", 1000);
  REQUIRE(range);
  CHECK(range->first == 0);
  CHECK(range->length() == 100);
  range = requested_range("bytes=990-", 1000);
  REQUIRE(range);
  CHECK(range->last == 999);
  range = requested_range("bytes=-10", 1000);
  REQUIRE(range);
  CHECK(range->first == 990);
  range = requested_range("bytes=900-5000", 1000);  // clipped to the file
  REQUIRE(range);
  CHECK(range->last == 999);
  range = requested_range("bytes=-5000", 1000);
  REQUIRE(range);
  CHECK(range->first == 0);
  // Served whole: other units, several ranges, nonsense.
  CHECK_FALSE(requested_range("", 1000));
  CHECK_FALSE(requested_range("items=0-5", 1000));
  CHECK_FALSE(requested_range("bytes=0-5,10-20", 1000));
  CHECK_FALSE(requested_range("bytes=abc-def", 1000));
  CHECK_FALSE(requested_range("bytes=50-10", 1000));
  CHECK_FALSE(requested_range("bytes=99999999999999999999999-", 1000));
  // Nothing of it exists.
  try {
    requested_range("bytes=1000-", 1000);
    FAIL("no 416");
  } catch (const ApiError& e) {
    CHECK(e.status() == 416);
  }
  CHECK_THROWS_AS(requested_range("bytes=-0", 1000), ApiError);
}

TEST_CASE("the download name survives any characters", "[server][original]") {
  CHECK(content_disposition("ks-2024.pdf") == "inline; filename=\"ks-2024.pdf\"; filename*=UTF-8''ks-2024.pdf");
  const std::string swedish = content_disposition("Protokoll Östra \"KS\".pdf");
  CHECK_THAT(swedish, Catch::Contains("filename=\"Protokoll __stra _KS_.pdf\""));
  CHECK_THAT(swedish, Catch::Contains("filename*=UTF-8''Protokoll%20%C3%96stra%20%22KS%22.pdf"));
  CHECK(content_disposition("a\r\nSet-Cookie: x").find('\n') == std::string::npos);
}

TEST_CASE("dates and entity tags", "[server][original]") {
  CHECK(http_date("2024-03-12T09:30:05Z") == "Tue, 12 Mar 2024 09:30:05 GMT");
  CHECK(http_date("not a date").empty());
  CHECK(matches_etag("\"abc\"", "\"abc\""));
  CHECK(matches_etag("\"x\", W/\"abc\"", "\"abc\""));
  CHECK(matches_etag("*", "\"abc\""));
  CHECK_FALSE(matches_etag("\"abd\"", "\"abc\""));
}

TEST_CASE("log lines escape what a client sends", "[server][log]") {
  CHECK(kommunsok::server::log_text("/api/search?q=skola") == "/api/search?q=skola");
  CHECK(kommunsok::server::log_text("/x\r\nFAKE 200\x1b[2J") == "/x\\x0d\\x0aFAKE 200\\x1b[2J");
  CHECK(kommunsok::server::log_text("/s\xF6k") == "/s\\xf6k");
  CHECK(kommunsok::server::log_text("/sök") == "/sök");
  CHECK(kommunsok::server::log_text(std::string(1000, 'a')).size() == 300);
}
