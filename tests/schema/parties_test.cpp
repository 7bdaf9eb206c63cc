// Why: the party table is shared by indexer and server; these tests pin every abbreviation and
// full-name form that must reach one national party, and the local parties that must not.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "kommunsok/schema/parties.hpp"

using namespace kommunsok::schema;

namespace {

std::string party_of(std::string_view written) { return canonical_party(written).value_or("<none>"); }

}  // namespace

TEST_CASE("canonical_party reads abbreviations as written", "[schema][parties]") {
  CHECK(party_of("s") == "S");
  CHECK(party_of("S") == "S");
  CHECK(party_of("(S)") == "S");
  CHECK(party_of("(s)") == "S");
  CHECK(party_of(" S,") == "S");
  CHECK(party_of("S:s") == "S");
  CHECK(party_of("fp") == "FP");
  CHECK(party_of("(FP)") == "FP");
  CHECK(party_of("Kd") == "KD");
  CHECK(party_of("kd") == "KD");
  CHECK(party_of("MP") == "MP");
  CHECK(party_of("mp") == "MP");
  CHECK(party_of("Mp") == "MP");
  CHECK(party_of("m") == "M");
  CHECK(party_of("v") == "V");
  CHECK(party_of("C") == "C");
  CHECK(party_of("L") == "L");
  CHECK(party_of("sd") == "SD");
  CHECK(party_of("SD:s") == "SD");
  CHECK(party_of("Fi") == "FI");
  CHECK(party_of("PP") == "PP");
}

TEST_CASE("canonical_party reads full names in any inflection", "[schema][parties]") {
  CHECK(party_of("Socialdemokraterna") == "S");
  CHECK(party_of("socialdemokraterna") == "S");
  CHECK(party_of("Socialdemokraternas") == "S");
  CHECK(party_of("socialdemokrater") == "S");
  CHECK(party_of("Sverigedemokraterna") == "SD");
  CHECK(party_of("Sverigedemokrater") == "SD");
  CHECK(party_of("SVERIGEDEMOKRATERNAS") == "SD");
  CHECK(party_of("Vänsterpartiet") == "V");
  CHECK(party_of("VÄNSTERPARTIET") == "V");
  CHECK(party_of("Vänsterpartiets") == "V");
  CHECK(party_of("Moderaterna") == "M");
  CHECK(party_of("Moderata samlingspartiet") == "M");
  CHECK(party_of("Moderata  Samlingspartiets") == "M");
  CHECK(party_of("Centerpartiet") == "C");
  CHECK(party_of("Centern") == "C");
  CHECK(party_of("Liberalerna") == "L");
  CHECK(party_of("Liberalernas") == "L");
  CHECK(party_of("Folkpartiet") == "FP");
  CHECK(party_of("Folkpartiet liberalerna") == "FP");
  CHECK(party_of("Kristdemokraterna") == "KD");
  CHECK(party_of("Miljöpartiet") == "MP");
  CHECK(party_of("Miljöpartiet de gröna") == "MP");
  CHECK(party_of("Miljöpartiet de Grönas") == "MP");
  CHECK(party_of("Feministiskt initiativ") == "FI");
  CHECK(party_of("Feministiskt initiativs") == "FI");
  CHECK(party_of("Piratpartiet") == "PP");
}

TEST_CASE("canonical_party rejects local parties and look-alikes", "[schema][parties]") {
  for (const char* other :
       {"", "()", "(-)", "-", "FiA", "AD", "KL", "SN", "TUP", "Åstorpspartiet", "Sjukvårdspartiet", "PRO", "SPF",
        "LR", "SSR", "Vision", "ordförande", "v ordf", "S M", "SS", "Ss", "MPs", "Moderat", "liberaler",
        "Partiet", "Demokraterna", "Kommunal", "Vakant"}) {
    INFO(other);
    CHECK_FALSE(canonical_party(other).has_value());
  }
}

TEST_CASE("is_national_party_abbreviation is case-insensitive and exact", "[schema][parties]") {
  for (const char* abbreviation : {"S", "s", "M", "V", "MP", "mp", "Mp", "C", "L", "FP", "fp", "KD", "Kd", "SD", "FI",
                                   "Fi", "PP"}) {
    INFO(abbreviation);
    CHECK(is_national_party_abbreviation(abbreviation));
  }
  for (const char* other : {"", "(S)", "Socialdemokraterna", "FiA", "AD", "KL", "SN", "TUP", "X", "SDS", "LR", "PRO"}) {
    INFO(other);
    CHECK_FALSE(is_national_party_abbreviation(other));
  }
}

TEST_CASE("the party table is consistent", "[schema][parties]") {
  const auto table = party_table();
  CHECK(table.size() == 11);
  std::set<std::string> abbreviations;
  for (const PartyEntry& entry : table) {
    INFO(entry.abbreviation);
    CHECK(abbreviations.insert(std::string(entry.abbreviation)).second);
    CHECK(is_national_party_abbreviation(entry.abbreviation));
    CHECK(party_of(entry.abbreviation) == entry.abbreviation);
    REQUIRE_FALSE(entry.names.empty());
    for (std::string_view name : entry.names) CHECK(party_of(name) == entry.abbreviation);
  }
}
