// Why: the union table is shared by indexer and server; these tests pin every spelling that
// must reach one canonical union and the organisations that are not unions.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "kommunsok/schema/unions.hpp"

using namespace kommunsok::schema;

namespace {

std::string union_of(std::string_view written) { return canonical_union(written).value_or("<none>"); }

}  // namespace

TEST_CASE("canonical_union maps every spelling to one union", "[schema][unions]") {
  for (const char* ssr : {"SSR", "Akademikerförbundet SSR", "akademikerförbundet ssr", "AKADEMIKERFÖRBUNDET SSR",
                          "SSR:s", "Akademikerförbundet"}) {
    INFO(ssr);
    CHECK(union_of(ssr) == "Akademikerförbundet SSR");
  }
  for (const char* kommunal : {"kommunal", "Kommunal", "KOMMUNAL", "Kommunals", "Kommunal:", "(Kommunal)"}) {
    INFO(kommunal);
    CHECK(union_of(kommunal) == "Kommunal");
  }
  // The trades' LO unions, by their short and full names.
  CHECK(union_of("Byggnads") == "Byggnads");
  CHECK(union_of("Svenska Målareförbundet") == "Målarna");
  CHECK(union_of("Elektrikerna") == "Elektrikerna");
  CHECK(union_of("Svenska Elektrikerförbundet") == "Elektrikerna");
  CHECK(union_of("IF Metall") == "IF Metall");
  CHECK(union_of("Vision") == "Vision");
  CHECK(union_of("vision") == "Vision");
  CHECK(union_of("Visions") == "Vision");
  CHECK(union_of("SKTF") == "Vision");
  CHECK(union_of("LR") == "Lärarnas Riksförbund");
  CHECK(union_of("Lärarnas Riksförbund") == "Lärarnas Riksförbund");
  CHECK(union_of("lärarnas riksförbund") == "Lärarnas Riksförbund");
  CHECK(union_of("Lärarförbundet") == "Lärarförbundet");
  CHECK(union_of("Sveriges Lärare") == "Sveriges Lärare");
  CHECK(union_of("SVERIGES LÄRARE") == "Sveriges Lärare");
  CHECK(union_of("Vårdförbundet") == "Vårdförbundet");
  CHECK(union_of("VÅRDFÖRBUNDET") == "Vårdförbundet");
  CHECK(union_of("Ledarna") == "Ledarna");
  for (const char* saco : {"SACO", "Saco", "saco", "Saco-rådet", "Sacorådet", "SACO-rådet", "Saco rådet"}) {
    INFO(saco);
    CHECK(union_of(saco) == "Saco");
  }
  CHECK(union_of("FSA") == "Sveriges Arbetsterapeuter");
  CHECK(union_of("Sveriges Arbetsterapeuter") == "Sveriges Arbetsterapeuter");
  CHECK(union_of("Fysioterapeuterna") == "Fysioterapeuterna");
  CHECK(union_of("DIK") == "DIK");
  CHECK(union_of("Skolledarna") == "Sveriges Skolledare");
  CHECK(union_of("Sveriges Skolledarförbund") == "Sveriges Skolledare");
  CHECK(union_of("Sveriges Skolledare") == "Sveriges Skolledare");
  CHECK(union_of("Sveriges Ingenjörer") == "Sveriges Ingenjörer");
  CHECK(union_of("Sveriges Arkitekter") == "Sveriges Arkitekter");
  CHECK(union_of("Naturvetarna") == "Naturvetarna");
  CHECK(union_of("Akavia") == "Akavia");
  CHECK(union_of("Jusek") == "Akavia");
  CHECK(union_of("Sveriges Psykologförbund") == "Sveriges Psykologförbund");
  CHECK(union_of("Sveriges läkarförbund") == "Sveriges läkarförbund");
  CHECK(union_of("Läkarförbundet") == "Sveriges läkarförbund");
  CHECK(union_of("Brandmännens riksförbund") == "Brandmännens Riksförbund");
  CHECK(union_of("BRF") == "Brandmännens Riksförbund");
  CHECK(union_of("Seko") == "Seko");
  CHECK(union_of("SEKO") == "Seko");
  CHECK(union_of("Journalistförbundet") == "Journalistförbundet");
  CHECK(union_of("Musikerförbundet") == "Musikerförbundet");
  CHECK(union_of("Teaterförbundet") == "Scen & Film");
  CHECK(union_of("Scen & Film") == "Scen & Film");
}

TEST_CASE("canonical_union rejects organisations that are not unions", "[schema][unions]") {
  for (const char* other : {"", "  ", "PRO", "SPF", "SKPF", "SPF Seniorerna", "DHR", "HKR", "TCO", "LO", "tco",
                            "Brf", "brf", "Arbetsgivaren", "Fackliga organisationer",
                            "samtliga fackliga organisationer", "Lärarorganisationerna", "Kommunen",
                            "Kommunstyrelsen", "Visionär", "S", "kommunalt"}) {
    INFO(other);
    CHECK_FALSE(canonical_union(other).has_value());
  }
}

TEST_CASE("is_union_confederation knows TCO, Saco and LO", "[schema][unions]") {
  for (const char* confederation : {"TCO", "tco", "Saco", "SACO", "saco", "Saco-rådet", "LO", "lo", "TCO,", "LO:s"}) {
    INFO(confederation);
    CHECK(is_union_confederation(confederation));
  }
  for (const char* other : {"", "Vision", "SSR", "Kommunal", "PRO", "Sveriges Lärare", "TCO Vision", "Ledarna"}) {
    INFO(other);
    CHECK_FALSE(is_union_confederation(other));
  }
  // Saco's dual role: a confederation prefix and a samverkan participant.
  CHECK(is_union_confederation("SACO"));
  CHECK(union_of("SACO") == "Saco");
}

TEST_CASE("the union table is consistent", "[schema][unions]") {
  const auto table = union_table();
  REQUIRE(table.size() >= 20);
  std::set<std::string> names;
  for (const UnionEntry& entry : table) {
    INFO(entry.name);
    CHECK(names.insert(std::string(entry.name)).second);
    CHECK(union_of(entry.name) == entry.name);
    for (std::string_view alias : entry.aliases) CHECK(union_of(alias) == entry.name);
  }
}
