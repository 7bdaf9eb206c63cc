#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "kommunsok/indexer/gazetteer.hpp"

using namespace kommunsok::indexer;

TEST_CASE("the gazetteer holds Sweden's 290 municipalities once each", "[indexer][gazetteer]") {
  std::set<std::string_view> names(swedish_municipalities().begin(), swedish_municipalities().end());
  CHECK(names.size() == 290);
  CHECK(is_swedish_municipality("Huddinge"));
  CHECK(is_swedish_municipality("Borås"));
  CHECK(is_swedish_municipality("Upplands Väsby"));
  CHECK_FALSE(is_swedish_municipality("Sjöbacka"));
}

TEST_CASE("web hosts and districts lead to their municipality", "[indexer][gazetteer]") {
  CHECK(municipality_from_host_label("stockholm") == std::optional<std::string>("Stockholm"));
  CHECK(municipality_from_host_label("goteborg") == std::optional<std::string>("Göteborg"));
  CHECK_FALSE(municipality_from_host_label("skr").has_value());
  CHECK(municipality_of_district("Hägersten-Älvsjö") == std::optional<std::string>("Stockholm"));
  CHECK_FALSE(municipality_of_district("Centrum").has_value());
}

TEST_CASE("a name whose marks a scan's OCR lost leads to its municipality when only one folds to it", "[indexer][gazetteer]") {
  CHECK(municipality_named_without_marks("HOOR") == std::optional<std::string>("Höör"));
  CHECK(municipality_named_without_marks("Upplands Vasby") == std::optional<std::string>("Upplands Väsby"));
  // Habo and Håbo both fold to "habo": neither is guessed.
  CHECK_FALSE(municipality_named_without_marks("HABO").has_value());
  // Marks written are the name's own: no folding of a name that has them.
  CHECK_FALSE(municipality_named_without_marks("Malmö").has_value());
  CHECK_FALSE(municipality_named_without_marks("Ekby").has_value());
}
