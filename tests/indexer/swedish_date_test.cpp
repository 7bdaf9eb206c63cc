#include <catch2/catch.hpp>

#include "kommunsok/indexer/swedish_date.hpp"

using namespace kommunsok::indexer;
using kommunsok::schema::IsoDate;

TEST_CASE("Swedish spelled dates are parsed", "[indexer][date]") {
  CHECK(find_swedish_date("9 juni 2021") == IsoDate{2021, 6, 9});
  CHECK(find_swedish_date("Tisdag, 20 maj, 2014 kl 13") == IsoDate{2014, 5, 20});
  CHECK(find_swedish_date("den 12 mars 2024 kl. 13:00") == IsoDate{2024, 3, 12});
  CHECK(find_swedish_date("Tisdag 3 sept. 2024") == IsoDate{2024, 9, 3});
  CHECK(find_swedish_date("1 Augusti 2021") == IsoDate{2021, 8, 1});
  CHECK(find_swedish_date("den 14 december 2023") == IsoDate{2023, 12, 14});
}

TEST_CASE("numeric dates are parsed", "[indexer][date]") {
  CHECK(find_swedish_date("2021-06-09") == IsoDate{2021, 6, 9});
  CHECK(find_swedish_date("Datum 2023.05.16") == IsoDate{2023, 5, 16});
  CHECK(find_swedish_date("9/6 2021") == IsoDate{2021, 6, 9});
}

TEST_CASE("the first date in the text wins", "[indexer][date]") {
  CHECK(find_swedish_date("12 mars 2024, justering 2024-03-15") == IsoDate{2024, 3, 12});
}

TEST_CASE("incomplete or impossible dates are not dates", "[indexer][date]") {
  CHECK_FALSE(find_swedish_date("fredagen den 15 februari").has_value());
  CHECK_FALSE(find_swedish_date("31 juni 2021").has_value());
  CHECK_FALSE(find_swedish_date("budget 2024").has_value());
  CHECK_FALSE(find_swedish_date("1684159558887/Ekonomirapporten").has_value());
  CHECK_FALSE(find_swedish_date("12 mås 2024").has_value());
}

TEST_CASE("month names and abbreviations", "[indexer][date]") {
  CHECK(swedish_month("januari") == 1);
  CHECK(swedish_month("okt") == 10);
  CHECK(swedish_month("Maj") == 5);
  CHECK(swedish_month("ma") == 0);
  CHECK(swedish_month("kl.") == 0);
}
