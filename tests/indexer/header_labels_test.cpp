// Header labels and their values, as several recognizers read them.
#include <catch2/catch.hpp>

#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/schema/keyword.hpp"

using namespace kommunsok::indexer;

namespace {
std::string repeated(std::string_view text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}
}  // namespace

TEST_CASE("a header label's value is read after the label and a colon", "[indexer][labels]") {
  const auto labeled = match_header_label("Beslutsinstans: Kommunstyrelsen");
  REQUIRE(labeled);
  CHECK(labeled->label == HeaderLabel::Organ);
  CHECK(labeled->value == "Kommunstyrelsen");
  CHECK_FALSE(match_header_label("Datumet för mötet"));
  CHECK(header_value({"Beslutsinstans", "", "Socialnämnden"}, HeaderLabel::Organ) == "Socialnämnden");
}

TEST_CASE("a long header value is cut where a letter ends, never inside its UTF-8 bytes", "[indexer][labels]") {
  // Found by fuzzing (tests/fuzz/regressions/recognize): values were cut at 200 bytes, which
  // could split an "ö" and leave a field that is not UTF-8.
  const auto labeled = match_header_label("Beslutsinstans: " + repeated("ö", 150));
  REQUIRE(labeled);
  CHECK(kommunsok::schema::is_valid_utf8(labeled->value));
  CHECK(labeled->value.size() == 198);
  const auto next_line = header_value({"Beslutsinstans", "x" + repeated("ö", 150)}, HeaderLabel::Organ);
  REQUIRE(next_line);
  CHECK(kommunsok::schema::is_valid_utf8(*next_line));
  CHECK(next_line->size() == 199);
}
