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
