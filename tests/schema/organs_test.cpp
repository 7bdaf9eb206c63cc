// Why: the organ table is shared by indexer and server; these tests pin its spellings, its
// case and genitive rules and the codes that must stay unknown.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "kommunsok/schema/organs.hpp"

using namespace kommunsok::schema;

namespace {

std::string organ_name(std::string_view written) {
  const auto organ = find_organ(written);
  return organ ? organ->name : std::string("<none>");
}

std::string organ_code(std::string_view written) {
  const auto organ = find_organ(written);
  return organ ? organ->code : std::string("<none>");
}

}  // namespace

TEST_CASE("canonical organ names undo genitive and case", "[schema][organs]") {
  CHECK(canonical_organ_name("KOMMUNSTYRELSEN") == "Kommunstyrelsen");
  CHECK(canonical_organ_name("Kommunfullmäktiges") == "Kommunfullmäktige");
  CHECK(canonical_organ_name("Kommunstyrelsens arbetsutskotts") == "Kommunstyrelsens arbetsutskott");
  CHECK(canonical_organ_name("Barn- och utbildningsnämndens") == "Barn- och utbildningsnämnden");
  CHECK(canonical_organ_name("OMSORGSSTYRELSEN") == "Omsorgsstyrelsen");
  CHECK(canonical_organ_name("nämnden för support och lokalers") == "Nämnden för support och lokaler");
  CHECK(canonical_organ_name("NÄMNDEN FÖR SUPPORT OCH LOKALER") == "Nämnden för support och lokaler");
  CHECK(canonical_organ_name("Socialnämndens arbetsutskott") == "Socialnämndens arbetsutskott");
  CHECK(canonical_organ_name("Kommunala Pensionärsrådet") == "Kommunala pensionärsrådet");
  CHECK(canonical_organ_name("kommunstyrelse") == "Kommunstyrelsen");
  CHECK(canonical_organ_name("  Kommunstyrelsens \n arbetsutskott ") == "Kommunstyrelsens arbetsutskott");
  CHECK(canonical_organ_name("KS") == "Kommunstyrelsen");
  CHECK(canonical_organ_name("kommuncentral samverkan (KCS)") == "Kommuncentral samverkan");
  CHECK(canonical_organ_name("") == "");
}

TEST_CASE("canonical organ names outside the table", "[schema][organs]") {
  // Genitive undone after any organ word form, table or not.
  CHECK(canonical_organ_name("ÖVERFÖRMYNDARNÄMNDENS") == "Överförmyndarnämnden");
  CHECK(canonical_organ_name("Ungdomsrådets") == "Ungdomsrådet");
  CHECK(canonical_organ_name("Omsorgsstyrelsens") == "Omsorgsstyrelsen");
  CHECK(canonical_organ_name("Demokratiberedningens") == "Demokratiberedningen");
  CHECK(canonical_organ_name("Skolkommitténs") == "Skolkommittén");
  CHECK(canonical_organ_name("Arbetsgruppens") == "Arbetsgruppen");
  CHECK(canonical_organ_name("Älvsjö stadsdelsnämnds") == "Älvsjö stadsdelsnämnd");
  CHECK(canonical_organ_name("Utskottet för hållbar utvecklings") == "Utskottet för hållbar utveckling");
  // A final -s that is not a genitive stays.
  CHECK(canonical_organ_name("Kultur och fritids") == "Kultur och fritids");
  CHECK(canonical_organ_name("Nämnden för Västerås") == "Nämnden för Västerås");
  CHECK(canonical_organ_name("Nämnden för Lunds") == "Nämnden för Lunds");
  CHECK(canonical_organ_name("Nämnden för hus") == "Nämnden för hus");
  CHECK(canonical_organ_name("STYRELSEN FÖR HOFORS") == "Styrelsen för hofors");
  CHECK(canonical_organ_name("Nämnden för bostäder och plats") == "Nämnden för bostäder och plats");
  CHECK(canonical_organ_name("Kommunalrådets") == "Kommunalrådets");
  CHECK(canonical_organ_name("Kommunens") == "Kommunens");
  // Proper names and acronyms in mixed-case text keep their capitals; all capitals cannot tell.
  CHECK(canonical_organ_name("Barn- och skolnämnd Lund Öster") == "Barn- och skolnämnd Lund Öster");
  CHECK(canonical_organ_name("Barn- och skolnämndens Lund Öster") == "Barn- och skolnämndens Lund Öster");
  CHECK(canonical_organ_name("BARN- OCH SKOLNÄMND LUND ÖSTER") == "Barn- och skolnämnd lund öster");
  CHECK(canonical_organ_name("Stadsdelsnämnden Västra Hisingens") == "Stadsdelsnämnden Västra Hisingens");
  CHECK(canonical_organ_name("Tekniska Nämnden För IT") == "Tekniska nämnden för IT");
  CHECK(canonical_organ_name("omsorgsstyrelsen") == "Omsorgsstyrelsen");
}

TEST_CASE("find_organ reads full names in any case, article and genitive", "[schema][organs]") {
  CHECK(organ_name("kommunstyrelsen") == "Kommunstyrelsen");
  CHECK(organ_name("Kommunstyrelse") == "Kommunstyrelsen");
  CHECK(organ_name("KOMMUNSTYRELSENS") == "Kommunstyrelsen");
  CHECK(organ_code("kommunstyrelsen") == "KS");
  CHECK(organ_name("Kommunstyrelsens arbetsutskotts") == "Kommunstyrelsens arbetsutskott");
  CHECK(organ_code("Kommunstyrelsens arbetsutskott") == "KSAU");
  CHECK(organ_name("Barn och utbildningsnämnden") == "Barn- och utbildningsnämnden");
  CHECK(organ_name("BARN- OCH UTBILDNINGSNÄMND") == "Barn- och utbildningsnämnden");
  CHECK(organ_name("Kommunala Pensionärsrådet") == "Kommunala pensionärsrådet");
  CHECK(organ_name("Kommunalt pensionärsråd") == "Kommunala pensionärsrådet");
  CHECK(organ_name("Centrala skyddskommittén") == "Centrala skyddskommittén");
  CHECK(organ_name("Skyddskommitten") == "Skyddskommittén");
  CHECK(organ_name("Förvaltningssamverkansgrupp") == "Förvaltningsgruppen");
  CHECK(organ_name("Central samverkansgrupp") == "Centrala samverkansgruppen");
  CHECK(organ_name("Lokal samverkansgrupp") == "Lokala samverkansgruppen");
  CHECK(organ_name("Samverkansgrupp") == "Samverkansgruppen");
  CHECK(organ_name("kommuncentral samverkan (KCS)") == "Kommuncentral samverkan");
  CHECK(organ_name("Socialnämndens") == "Socialnämnden");
  CHECK(organ_name("Revisionens") == "Kommunens revisorer");
  CHECK(organ_name("Revisorerna") == "Kommunens revisorer");
  CHECK(organ_name("Stadsdelsförvaltningens") == "Stadsdelsförvaltningen");
  CHECK(organ_name("Rådet för funktionshinderfrågors") == "Rådet för funktionshinderfrågor");
  CHECK(organ_name("\"Tekniska nämnden\",") == "Tekniska nämnden");
}

TEST_CASE("find_organ reads codes as written in documents", "[schema][organs]") {
  CHECK(organ_name("KS") == "Kommunstyrelsen");
  CHECK(organ_name("Ks") == "Kommunstyrelsen");
  for (const char* ksau : {"KSAU", "KSau", "Ksau", "KS AU", "KS-AU", "KSAU:s"}) {
    INFO(ksau);
    CHECK(organ_name(ksau) == "Kommunstyrelsens arbetsutskott");
  }
  CHECK(organ_name("AU") == "Arbetsutskottet");
  CHECK(organ_name("Au") == "Arbetsutskottet");
  CHECK(organ_name("KF") == "Kommunfullmäktige");
  CHECK(organ_name("BUN") == "Barn- och utbildningsnämnden");
  CHECK(organ_name("SN") == "Socialnämnden");
  CHECK(organ_name("Sn") == "Socialnämnden");
  CHECK(organ_name("SON") == "Socialnämnden");
  CHECK(organ_name("SN AU") == "Socialnämndens arbetsutskott");
  CHECK(organ_name("UN") == "Utbildningsnämnden");
  CHECK(organ_name("KPR") == "Kommunala pensionärsrådet");
  CHECK(organ_name("SDN") == "Stadsdelsnämnden");
  CHECK(organ_name("FSG") == "Förvaltningsgruppen");
  CHECK(organ_name("CSG") == "Centrala samverkansgruppen");
  CHECK(organ_name("SVG") == "Samverkansgruppen");
  CHECK(organ_name("LSG") == "Lokala samverkansgruppen");
  CHECK(organ_name("KCS") == "Kommuncentral samverkan");
  CHECK(organ_name("KoF") == "Kultur- och fritidsnämnden");
  CHECK(organ_name("KFN") == "Kultur- och fritidsnämnden");
  CHECK(organ_name("Bmn") == "Bygg- och miljönämnden");
  CHECK(organ_name("Bmn:") == "Bygg- och miljönämnden");
  CHECK(organ_name("MBN") == "Miljö- och byggnadsnämnden");
  CHECK(organ_name("BN") == "Byggnadsnämnden");
  CHECK(organ_name("Pu") == "Personalutskottet");
  CHECK(organ_name("KSPU") == "Kommunstyrelsens personalutskott");
  CHECK(organ_name("ÄN") == "Äldrenämnden");
  CHECK(organ_name("KFR") == "Kommunala funktionshinderrådet");
  CHECK(organ_name("KRF") == "Rådet för funktionshinderfrågor");
  CHECK(organ_name("(KS)") == "Kommunstyrelsen");
  CHECK(organ_code("Ksau") == "KSAU");
}

TEST_CASE("find_organ answers unknown rather than wrong", "[schema][organs]") {
  for (const char* unknown :
       {"", "   ", "Ungdomsrådet", "Omsorgsstyrelsen", "Nämnden för support och lokaler", "XYZ", "KSX",
        "ks", "au", "kf", "sn",  // all lower case: words, not codes
        "Än", "Son", "än", "son", "Von",  // Swedish words, never codes
        "ON", "ÖN", "IFN",                // too ambiguous to read
        "Kommunalrådet", "Kommunen", "Socialförvaltningen", "Beredning", "Protokoll", "S", "M",
        "PRO", "Vision", "Kommunstyrelsen Kommunstyrelsen"}) {
    INFO(unknown);
    CHECK_FALSE(find_organ(unknown).has_value());
  }
}

TEST_CASE("is_organ_word tells a body from other words", "[schema][organs]") {
  for (const char* organ :
       {"Ungdomsrådet", "ungdomsråd", "Kommunstyrelsen", "KOMMUNSTYRELSENS", "styrelse", "Socialnämndens",
        "nämnd", "Nämnden", "kommunfullmäktige", "Kommunfullmäktiges", "Arbetsutskottet", "utskotts",
        "Personalutskott", "pensionärsrådet", "Demokratiberedningen", "demokratiberedning", "Skyddskommittén",
        "skyddskommitté", "kommittén", "Förvaltningsgruppen", "förvaltningsgrupp", "Samverkansgruppens",
        "samverkansgrupp", "Kommunstyrelsen:", "(Valnämnden)", "ÄLDRENÄMNDEN", "Stadsdelsnämnd"}) {
    INFO(organ);
    CHECK(is_organ_word(organ));
  }
  for (const char* other :
       {"", "kommunalråd", "Kommunalrådet", "oppositionsrådet", "stadsråd", "Statsrådet", "råd", "Råd",
        "omnämnd", "ovannämnd", "sistnämnd", "beredning", "Beredningen", "ärendeberedning", "nämnder",
        "nämnderna", "styrelser", "Socialförvaltningen", "förvaltning", "Revisionen", "arbetsgruppen",
        "målgrupp", "kommunal", "Kommunen", "KS", "Kommunstyrelsen arbetsutskott", "protokoll", "förrådet",
        "tråd", "samråd", "Samrådet"}) {
    INFO(other);
    CHECK_FALSE(is_organ_word(other));
  }
}

TEST_CASE("the organ table is consistent", "[schema][organs]") {
  const auto table = organ_table();
  REQUIRE(table.size() >= 40);
  std::set<std::string> names;
  std::set<std::string> codes;
  for (const OrganEntry& entry : table) {
    INFO(entry.name);
    CHECK(names.insert(std::string(entry.name)).second);
    // Every name, spelling and code finds its own entry, and the name is its own canonical form.
    CHECK(canonical_organ_name(entry.name) == entry.name);
    CHECK(organ_name(entry.name) == entry.name);
    CHECK(organ_code(entry.name) == entry.code);
    for (std::string_view name : entry.names) CHECK(organ_name(name) == entry.name);
    if (!entry.code.empty()) {
      CHECK(codes.insert(std::string(entry.code)).second);
      CHECK(organ_name(entry.code) == entry.name);
    }
    for (std::string_view code : entry.codes) CHECK(organ_name(code) == entry.name);
    // The last word of every name is an organ word, or the name is a samverkan body.
    const std::string_view last = entry.name.substr(entry.name.rfind(' ') + 1);
    if (last != "samverkan" && last != "revisorer" && last != "Stadsdelsförvaltningen" &&
        last != "funktionshinderfrågor")
      CHECK(is_organ_word(last));
  }
  CHECK(names.count("Kommunstyrelsens arbetsutskott") == 1);
  CHECK(codes.count("KSAU") == 1);
}
