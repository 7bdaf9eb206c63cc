#include <catch2/catch.hpp>

#include "kommunsok/schema/diarienummer.hpp"

using namespace kommunsok::schema;

TEST_CASE("every spelling of a diarienummer has the same canonical key", "[schema][diarienummer]") {
  const std::string key = canonical_diarienummer("KS-2021/1202.111");
  CHECK(key == "ks-2021-1202-111");
  CHECK(canonical_diarienummer("ks 2021/1202.111") == key);
  CHECK(canonical_diarienummer("KS2021-1202-111") == key);
  CHECK(canonical_diarienummer(" KS 2021 / 1202 . 111 ") == key);
  CHECK(canonical_diarienummer("KS 2019/0345") == canonical_diarienummer("KS-2019/345"));
  CHECK(canonical_diarienummer("Dnr-liknande 1.2.3-123/2021") != key);
}

TEST_CASE("different case numbers keep different keys", "[schema][diarienummer]") {
  CHECK(canonical_diarienummer("KS-2021/1202.111") != canonical_diarienummer("KS-2021/1202.112"));
  CHECK(canonical_diarienummer("KS-2021/12") != canonical_diarienummer("KS-202/112"));
  CHECK(canonical_diarienummer("BUN-2021/12") != canonical_diarienummer("KS-2021/12"));
  CHECK(canonical_diarienummer("inga siffror").empty());
}

TEST_CASE("typed queries are recognised as diarienummer only when they look like one",
          "[schema][diarienummer]") {
  CHECK(looks_like_diarienummer("KS-2021/1202.111"));
  CHECK(looks_like_diarienummer("ks 2019/0345"));
  CHECK(looks_like_diarienummer("1.2.3-123/2021"));
  CHECK_FALSE(looks_like_diarienummer("friskvårdsbidrag"));
  CHECK_FALSE(looks_like_diarienummer("budget 2024"));
  CHECK_FALSE(looks_like_diarienummer("KS-2021/1202.111 beslut"));
}

TEST_CASE("a short-year case number is number/yy, with an optional series code", "[schema][diarienummer]") {
  CHECK(looks_like_short_year_diarienummer("0123/19"));
  CHECK(looks_like_short_year_diarienummer("KS 0456/18"));
  CHECK(looks_like_short_year_diarienummer("BUN-12/21"));
  CHECK(looks_like_short_year_diarienummer("KS 25/873"));
  CHECK(looks_like_short_year_diarienummer("KS26/412"));  // the short year glued to the code
  CHECK(canonical_diarienummer("KS26/412") == canonical_diarienummer("KS 26/412"));
  CHECK_FALSE(looks_like_short_year_diarienummer("KS2026/412"));
  CHECK_FALSE(looks_like_short_year_diarienummer("KS26/412a"));
  CHECK_FALSE(looks_like_short_year_diarienummer("25/873"));  // year first only with a series code
  CHECK_FALSE(looks_like_short_year_diarienummer("0123/2019"));
  CHECK_FALSE(looks_like_short_year_diarienummer("12/3"));
  CHECK_FALSE(looks_like_short_year_diarienummer("ks 0456/18"));
  CHECK_FALSE(looks_like_short_year_diarienummer("0123/19 beslut"));
  // Typed in a query, it is offered for look-up (only a case that exists is looked up).
  const auto spans = find_diarienummer_spans("beslut 0123/19");
  REQUIRE(spans.size() == 1);
  CHECK(spans.front().numbers == "0123/19");
  CHECK(canonical_diarienummer("0123/19") == canonical_diarienummer("123/19"));
}

TEST_CASE("a short-year case number may carry its body's number in the series code", "[schema][diarienummer]") {
  CHECK(looks_like_short_year_diarienummer("N134-0456/19"));
  CHECK_FALSE(looks_like_short_year_diarienummer("N134567-0456/19"));
  CHECK_FALSE(looks_like_short_year_diarienummer("N134/19"));
}

TEST_CASE("a slash after the series code is spelled like any other separator", "[schema][diarienummer]") {
  CHECK(canonical_diarienummer("KS/2025/456") == canonical_diarienummer("KS 2025/456"));
  CHECK(canonical_diarienummer("KS/2025:187") == canonical_diarienummer("KS-2025-187"));
}
