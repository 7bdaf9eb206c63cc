#include <catch2/catch.hpp>

#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/samverkan_recognizer.hpp"
#include "kommunsok/indexer/text_columns.hpp"

using namespace kommunsok::indexer;
using kommunsok::schema::Person;

TEST_CASE("unions present, their representatives and the unit are read from the attendance list",
          "[indexer][samverkan]") {
  const ExtractedText text(
      "Protokoll från förvaltningsgruppen den 4 maj 2023\n\nNärvarande:\n\nSocialförvaltningen\n\n"
      "Kim Berg, förvaltningschef\n\nFackliga organisationer\n\nVision: Ann Ek, Bo Lund\n\n"
      "Kommunal: Sara Vik\n\nFörhinder\n\nLedarna\n\nTidpunkt:\n\n4 maj 2023 kl. 13:00\n\n"
      "3. Val av justerare\n\nVision: Ann Ek\n");
  const SamverkanParticipants participants = recognize_samverkan_participants(text);
  CHECK(participants.unit == "Socialförvaltningen");
  CHECK(participants.unions == std::vector<std::string>{"Vision", "Kommunal"});
  REQUIRE(participants.people.size() == 4);
  CHECK(participants.people[0] == Person{"Kim Berg", "", "förvaltningschef", "", "arbetsgivaren"});
  CHECK(participants.people[1] == Person{"Ann Ek", "", "", "Vision", "arbetstagarna"});
  CHECK(participants.people[3] == Person{"Sara Vik", "", "", "Kommunal", "arbetstagarna"});
  CHECK(participants.unions_absent == std::vector<std::string>{"Ledarna"});
}

TEST_CASE("union names are canonical and a confederation prefix is not a union", "[indexer][samverkan]") {
  const ExtractedText text(
      "Närvarande:\n\nFackliga organisationer\n\nSSR: Eva Ny\n\nTCO, Vision: Per Ås\n\n"
      "Akademikerförbundet SSR: Li Berg\n\nFörhinder: Vårdförbundet, LR\n\nPlats: Rum 3\n");
  const SamverkanParticipants participants = recognize_samverkan_participants(text);
  CHECK(participants.unions == std::vector<std::string>{"Akademikerförbundet SSR", "Vision"});
  CHECK(participants.unions_absent == std::vector<std::string>{"Vårdförbundet", "Lärarnas Riksförbund"});
}

TEST_CASE("a stadsdelsförvaltning is qualified by its district", "[indexer][samverkan]") {
  const ExtractedText text("Närvarande:\n\nStadsdelsförvaltningen\n\nFackliga organisationer\n\n"
                           "SACO: Per Ek\n\nFörhinder\n\nSkarpnäck\n");
  CHECK(recognize_samverkan_participants(text).unit == "Skarpnäck stadsdelsförvaltning");
}

TEST_CASE("without an attendance list nothing is invented", "[indexer][samverkan]") {
  const SamverkanParticipants participants = recognize_samverkan_participants(ExtractedText("Vision: Ann Ek\n"));
  CHECK(participants.unions.empty());
  CHECK(participants.people.empty());
  CHECK(participants.unit.empty());
}

TEST_CASE("headings stacked above their columns: each takes the lines of its shape, in order",
          "[indexer][samverkan]") {
  // A table read cell by cell: four headings, then the employer's names, the unions' lines,
  // the adjunct, and the unions that sent word they could not come.
  const ExtractedText text(
      "Protokoll FSG 2/2024\n\nFör arbetsgivaren:\nFör arbetstagarna:\nAdjungerade:\nFörhinder:\n"
      "Eva Sand, utbildningschef, ordförande\nOlle Berg, rektor\nKommunal: Siv Ahl\nVision: Tor Lind\n"
      "Ida Holm, ekonom\nLedarna\nAkademikerförbundet SSR\n\n1. Mötets öppnande\nText.\n");
  const SamverkanParticipants participants = recognize_samverkan_participants(text);
  CHECK(participants.unions == std::vector<std::string>{"Kommunal", "Vision"});
  CHECK(participants.unions_absent == std::vector<std::string>{"Ledarna", "Akademikerförbundet SSR"});
  REQUIRE(participants.people.size() == 5);
  CHECK(participants.people[0] == Person{"Eva Sand", "", "utbildningschef, ordförande", "", "arbetsgivaren"});
  CHECK(participants.people[2] == Person{"Siv Ahl", "", "", "Kommunal", "arbetstagarna"});
  CHECK(participants.people[4] == Person{"Ida Holm", "", "ekonom", "", "adjungerad"});
  CHECK(participants.unit.empty());
}

TEST_CASE("two sides in columns, adjuncts and Förhinder on lines of their own", "[indexer][samverkan]") {
  // As the normalize stage hands it on: the columns read one after the other.
  const ExtractedText text(split_columns(
      "Skyddskommittén\n\nArbetsgivarens representanter        Arbetstagarnas representanter\n"
      "Åke Nord, kommunchef, ordförande     Kommunal: Rut Sjö,\n"
      "Lisa Ek, personalchef                skyddsombud\n"
      "                                     Vision: Bo Alm\n"
      "Adjungerad: Per Hed, företagshälsovården\nFörhinder: Vårdförbundet, Ledarna\n\n§ 1 Öppnande\n"));
  const SamverkanParticipants participants = recognize_samverkan_participants(text);
  CHECK(participants.unions == std::vector<std::string>{"Kommunal", "Vision"});
  CHECK(participants.unions_absent == std::vector<std::string>{"Vårdförbundet", "Ledarna"});
  std::vector<std::string> names;
  for (const Person& p : participants.people) names.push_back(p.name);
  CHECK(names == std::vector<std::string>{"Åke Nord", "Lisa Ek", "Rut Sjö", "Bo Alm", "Per Hed"});
}

TEST_CASE("the employer's side on its label's line, the unions' lines without a heading", "[indexer][samverkan]") {
  const ExtractedText text(
      "Protokoll LSG Ekskolan\n\nNärvarande\nArbetsgivare: Eva Ek, rektor (ordförande); Bo Ny,\nbiträdande rektor\n"
      "Lärarförbundet: Ann Lind, Per Alm\nLR: Siv Holm\nKommunal: Tor Berg (elevassistenter)\nFörhinder: Vision\n\n"
      "1. Val av justerare\nText.\n");
  const SamverkanParticipants participants = recognize_samverkan_participants(text);
  CHECK(participants.unions == std::vector<std::string>{"Lärarförbundet", "Lärarnas Riksförbund", "Kommunal"});
  CHECK(participants.unions_absent == std::vector<std::string>{"Vision"});
  std::vector<std::string> names;
  for (const Person& p : participants.people) names.push_back(p.name);
  CHECK(names == std::vector<std::string>{"Eva Ek", "Bo Ny", "Ann Lind", "Per Alm", "Siv Holm", "Tor Berg"});
}

TEST_CASE("an archive site's flattened copy of the cover is set aside", "[indexer][samverkan]") {
  const DocumentStructure s(
      "1 Ekby kommun  Socialförvaltningen  Protokoll lokal samverkansgrupp (LSG) Björkgården  Tidpunkt: 2021-03-04\n\n"
      "Ekby kommun\nSocialförvaltningen\n\nProtokoll lokal samverkansgrupp (LSG) Björkgården\n\nTidpunkt: 2021-03-04\n\n"
      "1. Val av justerare\nText.\n");
  CHECK(s.text().lines().front() == "Ekby kommun");
  CHECK(recognize_document(s).title == "Protokoll lokal samverkansgrupp (LSG) Björkgården");
}

TEST_CASE("representatives with a role before their union; Övriga; an absent union with a note", "[indexer][samverkan]") {
  const ExtractedText text(
      "Skyddskommittén\n\nNärvarande\nArbetsgivarrepresentanter\nJan Isak, förvaltningschef, ordförande\n\n"
      "Arbetstagarrepresentanter\nAnn Berg, huvudskyddsombud, Kommunal\nNils Forr, Sveriges Ingenjörer\n\n"
      "Övriga\nTove Mark, företagshälsovården\n\nFrånvarande\nPia Kem, Akademikerförbundet SSR\n"
      "Ledarna (ingen representant utsedd)\n\n§ 1 Föregående protokoll\nText.\n");
  const SamverkanParticipants participants = recognize_samverkan_participants(text);
  CHECK(participants.unions == std::vector<std::string>{"Kommunal", "Sveriges Ingenjörer"});
  CHECK(participants.unions_absent == std::vector<std::string>{"Akademikerförbundet SSR", "Ledarna"});
  // Pia Kem was away: she is one of the meeting's people, marked so.
  REQUIRE(participants.people.size() == 5);
  CHECK(participants.people[1] == Person{"Ann Berg", "", "huvudskyddsombud", "Kommunal", "arbetstagarna"});
  CHECK(participants.people[3] == Person{"Tove Mark", "", "företagshälsovården", "", "adjungerad"});
  CHECK(participants.people[4] == Person{"Pia Kem", "", "frånvarande", "Akademikerförbundet SSR", "arbetstagarna"});
}
