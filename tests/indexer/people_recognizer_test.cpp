#include <algorithm>

#include <catch2/catch.hpp>

#include "kommunsok/indexer/abbreviation_key.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/people_recognizer.hpp"

using namespace kommunsok::indexer;
using kommunsok::schema::Person;

namespace {
std::vector<Person> people_in(const char* text) { return recognize_party_people(ExtractedText(text)); }
}  // namespace

TEST_CASE("interpellant and addressee are named with party and role", "[indexer][people]") {
  const auto people = people_in(
      "Svar på interpellation ställd av Åsa Marie Ek (C) till\nbarn- och utbildningsnämndens ordförande "
      "Bo Ny (M) om skolskjuts\n\nText.\n\nBo Ny (M)\nOrdförande\n");
  REQUIRE(people.size() == 2);
  CHECK(people[0] == Person{"Åsa Marie Ek", "C", "interpellant", "", ""});
  CHECK(people[1] == Person{"Bo Ny", "M", "barn- och utbildningsnämndens ordförande", "", ""});
  CHECK(parties_of(people) == std::vector<std::string>{"C", "M"});
}

TEST_CASE("speakers in a protocol are found with their party", "[indexer][people]") {
  const auto people = people_in("I ärendet yttrar sig Lena Holm (KD) och Omar Said (SD).\n"
                                "Härefter Lena Holm (KD) yrkar bifall.\n");
  REQUIRE(people.size() == 2);
  CHECK(people[0] == Person{"Lena Holm", "KD", "yttrar sig", "", ""});
  CHECK(people[1].name == "Omar Said");
  CHECK(parties_of(people) == std::vector<std::string>{"KD", "SD"});
}

TEST_CASE("abbreviations in parentheses that are not parties are ignored", "[indexer][people]") {
  CHECK(people_in("Besked om statsbidrag (SKR) saknas. Avdelningen (IFO) och Vision (SSR).\n").empty());
  CHECK(people_in("enligt förslaget (S) utan namn\n").empty());
}

TEST_CASE("names stop at headings and roles stop at sentence ends", "[indexer][people]") {
  const auto people = people_in("Yrkanden\n\nAnna Berg (S) yrkar bifall till kommunstyrelsens förslag. "
                                "Per Ek (M) yrkar avslag.\n\nVälkomna! Eva Lund (KD)\n");
  REQUIRE(people.size() == 3);
  CHECK(people[0] == Person{"Anna Berg", "S", "yrkande", "", ""});
  CHECK(people[1] == Person{"Per Ek", "M", "yrkande", "", ""});
  CHECK(people[2].name == "Eva Lund");
}

TEST_CASE("a name opening its line takes nothing from the lines above; a column of parties pairs with no name",
          "[indexer][people]") {
  const auto signed_off = people_in("Vid protokollet\nMaja Vinsa\nJusteras\nTommy Lind (S), ordförande\n");
  REQUIRE(signed_off.size() == 1);
  CHECK(signed_off[0].name == "Tommy Lind");
  CHECK(signed_off[0].party == "S");
  // Names, then their parties as a column: the last name is not the first party's.
  const auto column = people_in("Ledamöter\nElsa Kraft\nIngela Sahl\n(S)\n(M)\n(L)\n\nInga Sahl talar.\n\n"
                                "Roger Mård (FaP) och Ingela Sahl (L) yttrar sig.\n");
  const auto sahl = std::find_if(column.begin(), column.end(), [](const Person& p) { return p.name == "Ingela Sahl"; });
  REQUIRE(sahl != column.end());
  CHECK(sahl->party == "L");
}

namespace {

// Whether the document names the person with that party.
bool has(const kommunsok::schema::Document& doc, const std::string& name, const std::string& party) {
  return std::any_of(doc.people.begin(), doc.people.end(),
                     [&](const kommunsok::schema::Person& p) { return p.name == name && p.party == party; });
}

}  // namespace

TEST_CASE("people: a list written party first, and a local party after a comma", "[indexer][people]") {
  const auto first = recognize_document(DocumentStructure(
      "Äldrenämnden\nSammanträdesprotokoll\n\nBeslutande ledamöter: (M) Karin Wall, ordförande\n"
      "                      (S) Leyla Kar, 2:e vice ordförande\n\nEj tjänstgörande      (L) Tom Hägg\n"
      "ersättare:            (V) Nadia Had\n\n§ 88 Budget\nKarin Wall (M) yrkar bifall.\n"));
  CHECK(has(first, "Tom Hägg", "L"));
  CHECK(has(first, "Nadia Had", "V"));
  CHECK(has(first, "Leyla Kar", "S"));
  const auto comma = recognize_document(DocumentStructure(
      "Valberedningen\nSammanträdesprotokoll\n\nNärvarande            Mikael Strand, M, ordförande\n"
      "                      Rolf Axel, VKL\n                      Eva Lönn, HR\n\n§ 9 Val\nText.\n"));
  CHECK(has(comma, "Rolf Axel", "VKL"));
  // Two capitals are too often a role to be a local party.
  CHECK_FALSE(has(comma, "Eva Lönn", "HR"));
}

TEST_CASE("people: an extract that lists who took part under its § heading", "[indexer][people]") {
  namespace schema = kommunsok::schema;
  const auto doc = recognize_document(DocumentStructure(
      "Ekby kommun\nBygg- och miljönämnden\nPROTOKOLLSUTDRAG\nMötesdatum: 2024-09-25\n\nBMN § 102    Ärendenr: SBF 2024/412\n\n"
      "Planbesked för bostäder vid hamnen\n\nNärvarande vid ärendet\nLedamöter: Gert Sven (C) ordf, Emma Nil (M)\n"
      "Tjänstemän: Filip Otto, planarkitekt; Lovisa Strand, bygglovschef\n\nÄrendebeskrivning\nEtt bolag har ansökt.\n"));
  CHECK(std::any_of(doc.people.begin(), doc.people.end(), [](const schema::Person& p) { return p.name == "Filip Otto"; }));
  CHECK(std::any_of(doc.people.begin(), doc.people.end(), [](const schema::Person& p) { return p.name == "Lovisa Strand"; }));
}

TEST_CASE("people: a party's name and code beside each row's member, not a vote's columns of names", "[indexer][people]") {
  const auto doc = recognize_document(DocumentStructure(
      "Myndighetsnämnden\nSammanträdesprotokoll\n\nEj tjänstgörande ersättare\n\n"
      "Sverigedemokraterna (SD)          Jimmy Kron\nKristdemokraterna (KD)            Siv Erik, tjänstgör § 16\n"
      "Vänsterpartiet (V)                Elvira Nass\n\n§ 14 Delegation\nText.\n"));
  CHECK(has(doc, "Jimmy Kron", "SD"));
  CHECK(has(doc, "Siv Erik", "KD"));
  // Names with their own parties side by side stay each one's.
  const auto vote = recognize_document(DocumentStructure(
      "Kommunfullmäktige\nSammanträdesprotokoll\n\n§ 64 Taxa\n\nJA (2)                         NEJ (2)\n"
      "Anna Kjell (M)                 Per Sand (S)\nOve Krist (M)                  Kerstin Örn (S)\n"));
  CHECK(has(vote, "Per Sand", "S"));
  CHECK(has(vote, "Anna Kjell", "M"));
}

TEST_CASE("a council's members for organisations are people of no party; a key of codes says which codes those are",
          "[indexer][people]") {
  const auto people = people_in(
      "Kommunala pensionärsrådet\n\nLedamöter\nEva Holm (S), ordförande\nBo Ek (PRO)\nKarin Åslund (SRK), vice ordförande\n"
      "Lars Vik (MKP)\nSiv Berg (FiA)\n\n"
      "Förkortningar: SRK = Sveriges Riksförbund för äldre, MKP = Mellanbygdens pensionärsförening,\n"
      "FiA = Framtid i Ekby\n");
  auto party_of = [&](const std::string& name) -> std::string {
    const auto it = std::find_if(people.begin(), people.end(), [&](const Person& p) { return p.name == name; });
    REQUIRE(it != people.end());
    return it->party;
  };
  CHECK(party_of("Eva Holm") == "S");
  CHECK(party_of("Bo Ek").empty());    // a pensioners' organisation known everywhere
  CHECK(party_of("Karin Åslund").empty());  // spelled out by the key as an association
  CHECK(party_of("Lars Vik").empty());
  CHECK(party_of("Siv Berg") == "FiA");  // the key spells a local party: a party still
  CHECK(parties_of(people) == std::vector<std::string>{"FiA", "S"});
}

TEST_CASE("a key of codes is read across its broken lines, and only where it pairs two codes or more", "[indexer][people]") {
  const ExtractedText text(
      "Förkortningar i protokollet: AG = arbetsgivaren, KOM = Kommunal, VIS = Vision, HRF = Hörsel-\n"
      "skadades Riksförbund. Förkortningarna anger organisation.\n\nBeslut: x = 3 enligt bilagan.\n");
  const auto key = abbreviation_key(text);
  CHECK(key.size() == 4);
  CHECK(key.at("KOM") == "Kommunal");
  CHECK(key.at("HRF") == "Hörselskadades Riksförbund");
  CHECK(key.at("AG") == "arbetsgivaren");
  CHECK(abbreviation_key(ExtractedText("Beslut: A = 3, enligt bilagan.\n")).empty());
}

TEST_CASE("members listed under their party's code, and surnames with a particle", "[indexer][people]") {
  const auto people = people_in(
      "Beslutande\nS:   Anna-Karin Lind (ordf.), Mikael Berg, Eva Palm\nM:\nHenrik Ek (1:e vice ordf.)\n"
      "KD:  Roger Falk, tjg ersättare för Ulla Orre\n\n"
      "Ledamöter\nCarl-Gustaf von Essen (M), vice ordförande\nEbba af Klercker (L)\nJohan de Wahl (KD)\n\n"
      "S: Laddtiden noteras som laddning.\nV: Ja Tack\n");
  auto party_of = [&](const std::string& name) -> std::string {
    const auto it = std::find_if(people.begin(), people.end(), [&](const Person& p) { return p.name == name; });
    REQUIRE(it != people.end());
    return it->party;
  };
  CHECK(party_of("Anna-Karin Lind") == "S");
  CHECK(party_of("Eva Palm") == "S");
  CHECK(party_of("Henrik Ek") == "M");  // the code in a cell of its own, its members in the next
  CHECK(party_of("Roger Falk") == "KD");
  CHECK(party_of("Carl-Gustaf von Essen") == "M");
  CHECK(party_of("Ebba af Klercker") == "L");
  CHECK(party_of("Johan de Wahl") == "KD");
  CHECK(std::none_of(people.begin(), people.end(), [](const Person& p) { return p.name.find("Laddtiden") != std::string::npos || p.name == "Ja Tack"; }));
}
