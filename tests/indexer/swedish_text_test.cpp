#include <catch2/catch.hpp>

#include "kommunsok/indexer/swedish_text.hpp"

using namespace kommunsok::indexer;

TEST_CASE("a prefix is matched without regard to case, in ASCII and beyond it", "[swedish_text]") {
  CHECK(starts_with_ci("SAMMANTRÄDESDATUM 2021-03-04", "sammanträdesdatum"));
  CHECK(starts_with_ci("Närvarande", "NÄRVARANDE"));
  CHECK(starts_with_ci("Övriga deltagare", "övriga"));
  CHECK(starts_with_ci("Dnr KS 2019/0345", "dnr"));
  CHECK(starts_with_ci("anything", ""));
  CHECK_FALSE(starts_with_ci("Dn", "dnr"));
  CHECK_FALSE(starts_with_ci("Tid", "Tis"));
  // Only letters differ by case: '@' and '`' are 0x20 apart but are not one letter.
  CHECK_FALSE(starts_with_ci("@x", "`x"));
  CHECK_FALSE(starts_with_ci("[", "{"));
  CHECK_FALSE(starts_with_ci("Nara", "Nära"));
  CHECK_FALSE(starts_with_ci("Nära", "Nara"));
  CHECK(starts_with_ci("KOMMUNSTYRELSENS ARBETSUTSKOTT", "Kommunstyrelsens arbetsutskott"));
}

TEST_CASE("a position found without regard to case is the text's own, whatever lower case does to its bytes", "[swedish_text]") {
  // U+023A (2 bytes) lower-cases to U+2C65 (3 bytes); U+0130 (2 bytes) to "i" (1 byte).
  const std::string grows = "\xC8\xBA\xC8\xBA Protokoll";
  REQUIRE(find_ci(grows, "protokoll") == 5);
  CHECK(grows.substr(find_ci(grows, "protokoll")) == "Protokoll");
  const std::string shrinks = "\xC4\xB0\xC4\xB0\xC4\xB0 Sammanträde";
  CHECK(shrinks.substr(find_ci(shrinks, "SAMMANTRÄDE")) == "Sammanträde");
  CHECK(find_ci("Ekby KOMMUN", "kommun") == 5);
  CHECK(find_ci("Ekby", "stad") == std::string::npos);
}
