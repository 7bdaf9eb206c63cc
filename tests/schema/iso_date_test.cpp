#include <catch2/catch.hpp>

#include "kommunsok/schema/iso_date.hpp"

using namespace kommunsok::schema;

TEST_CASE("ISO dates parse only real calendar days", "[schema][date]") {
  REQUIRE(parse_iso_date("2021-06-09") == IsoDate{2021, 6, 9});
  CHECK(parse_iso_date("2024-02-29").has_value());
  CHECK_FALSE(parse_iso_date("2023-02-29").has_value());
  CHECK_FALSE(parse_iso_date("2021-13-01").has_value());
  CHECK_FALSE(parse_iso_date("2021-6-9").has_value());
  CHECK_FALSE(parse_iso_date("notadate").has_value());
  CHECK_FALSE(parse_iso_date("").has_value());
  CHECK_FALSE(parse_iso_date("2021-06-0x").has_value());
}

TEST_CASE("dates convert between ISO and compact forms", "[schema][date]") {
  const IsoDate date{2021, 6, 9};
  CHECK(date.iso() == "2021-06-09");
  CHECK(date.compact() == "20210609");
  CHECK(parse_compact_date("20210609") == date);
  CHECK_FALSE(parse_compact_date("20210631").has_value());
  CHECK(IsoDate{2021, 6, 9} < IsoDate{2021, 6, 10});
}
