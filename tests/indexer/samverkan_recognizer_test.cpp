#include <catch2/catch.hpp>

#include <algorithm>

#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/presence_legend.hpp"
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

TEST_CASE("a row of a table under Förhinder: the person away and the union in its own column",
          "[indexer][samverkan]") {
  const ExtractedText text(
      "Central samverkansgrupp\n\nNärvarande\nNamn                    Funktion              Organisation\n"
      "Anna Berg               HR-chef               Arbetsgivare\n"
      "Emir Ek                                       Kommunal\n\n"
      "Förhinder\nPeter Ols                                     Ledarna\n"
      "Vårdförbundet                                 Vision\n\n§ 1 Val av justerare\n");
  const SamverkanParticipants participants = recognize_samverkan_participants(text);
  CHECK(participants.unions_absent == std::vector<std::string>{"Ledarna", "Vårdförbundet", "Vision"});
  CHECK(std::any_of(participants.people.begin(), participants.people.end(), [](const Person& p) {
    return p.name == "Peter Ols" && p.union_name == "Ledarna" && p.role.find("frånvarande") != std::string::npos;
  }));
  // The same row read cell after cell: the name alone, its union on the next line.
  const SamverkanParticipants cells = recognize_samverkan_participants(ExtractedText(
      "Central samverkansgrupp\n\nNärvarande:\nAnna Berg, HR-chef\nEmir Ek, Kommunal\n\n"
      "Förhinder\nPeter Ols\nLedarna\n\n§ 1 Val av justerare\n"));
  CHECK(cells.unions_absent == std::vector<std::string>{"Ledarna"});
  CHECK(std::any_of(cells.people.begin(), cells.people.end(), [](const Person& p) {
    return p.name == "Peter Ols" && p.union_name == "Ledarna" && p.role == "frånvarande";
  }));
  // After a blank line, names over unions are signatures, not more of those away.
  const SamverkanParticipants signed_below = recognize_samverkan_participants(ExtractedText(
      "Central samverkansgrupp\n\nNärvarande:\nAnna Berg, HR-chef\nSara Lind, Vision\n\n"
      "Förhinder: Ledarna\n\nSara Lind\nVision\n\nOlle Strand\nLärarförbundet\n"));
  CHECK(signed_below.unions_absent == std::vector<std::string>{"Ledarna"});
  CHECK(std::none_of(signed_below.people.begin(), signed_below.people.end(),
                     [](const Person& p) { return p.role.find("frånvarande") != std::string::npos; }));
}

TEST_CASE("a role of two words before the name, capitalised as the line begins", "[indexer][samverkan]") {
  const SamverkanParticipants participants = recognize_samverkan_participants(ExtractedText(
      "LSG förskolorna\n\nDeltagare\nRektor Linda Ahl, ordförande\nBiträdande rektor Olle Berg, sekreterare\n"
      "Nina Karlsson, Sveriges Lärare\n\nDagordning\n1. Föregående anteckningar\n"));
  CHECK(std::any_of(participants.people.begin(), participants.people.end(), [](const Person& p) {
    return p.name == "Olle Berg" && p.role.starts_with("Biträdande rektor") && p.side == "arbetsgivaren";
  }));
}

TEST_CASE("the minute-taker's label over the name, the cells of a table read one after the other",
          "[indexer][samverkan]") {
  const SamverkanParticipants participants = recognize_samverkan_participants(ExtractedText(
      "Central samverkansgrupp\n\nDeltagare\nArbetsgivarrepresentanter\nIngela Brandt, ordförande\n"
      "Arbetstagarrepresentanter\nKommunal: Leif Stark\nSekreterare\nJulia Wern, HR-specialist\n\n§ 1 Val av justerare\n"));
  CHECK(std::any_of(participants.people.begin(), participants.people.end(), [](const Person& p) {
    return p.name == "Julia Wern" && p.role.find("sekreterare") != std::string::npos && p.union_name.empty();
  }));
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

TEST_CASE("presence letters in an attendance table mean what the document's legend says", "[indexer][samverkan]") {
  const std::string minutes =
      "PROTOKOLL\nSamverkansgrupp sektor omsorg (SSO)\n\nDatum:     2016-05-25\n\n"
      "Kallade                                              Närvaro\n"
      "Arbetsgivaren\n"
      "  Nina Alm, sektorchef omsorg, ordförande            N\n"
      "  Tommy Brink, enhetschef hemtjänsten                F\n"
      "Arbetstagarna\n"
      "  Eva Lind, Kommunal                                 N\n"
      "  Petra Ahl, Kommunal (ersättare)                    E\n"
      "  Maja Kron, Vision                                  N\n"
      "  Ingrid Sahl, Vårdförbundet                         F\n\n"
      "N = närvarande   F = frånvarande   E = ersättare som tjänstgjort\n\n"
      "1. Sommarplanering\nKommunal undrade över semestrarna.\nArbetsgivaren svarade att alla får tre veckor.\n";
  const auto doc = recognize_document(DocumentStructure(minutes));
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Vision"});
  CHECK(doc.unions_absent == std::vector<std::string>{"Vårdförbundet"});
  CHECK(doc.organ == "Samverkansgrupp sektor omsorg");
  // Nothing between the group and its code: the code names it, as the organ table has it.
  std::string coded = minutes;
  coded.replace(coded.find("Samverkansgrupp sektor omsorg (SSO)"), std::string("Samverkansgrupp sektor omsorg (SSO)").size(),
                "Förvaltningens samverkansgrupp (FSG) Förskola & Grundskola");
  CHECK(recognize_document(DocumentStructure(coded)).organ == "Förvaltningsgruppen");
  const auto tommy = std::find_if(doc.people.begin(), doc.people.end(), [](const auto& p) { return p.name == "Tommy Brink"; });
  REQUIRE(tommy != doc.people.end());
  CHECK(tommy->role.find("frånvarande") != std::string::npos);
  // Without a legend "N" is "nej", as tables with Ja/N columns write it.
  const std::string unexplained = minutes.substr(0, minutes.find("N = ")) + "1. Sommarplanering\nText.\n";
  const auto plain = recognize_document(DocumentStructure(unexplained));
  CHECK(std::find(plain.unions_absent.begin(), plain.unions_absent.end(), "Vision") != plain.unions_absent.end());
}

TEST_CASE("a legend pairs short codes with presence words, one present and one away", "[indexer][samverkan]") {
  CHECK(presence_legend({"text", "N = närvarande   F = frånvarande   E = ersättare som tjänstgjort"}) ==
        PresenceLegend{{"N", false}, {"F", true}, {"E", false}});
  CHECK(presence_legend({"X = deltog, – = deltog ej"}) == PresenceLegend{{"X", false}, {"–", true}});
  CHECK(presence_legend({"KOM = Kommunal, VIS = Vision"}).empty());           // a key of unions
  CHECK(presence_legend({"N = närvarande, T = tjänstgörande"}).empty());      // nobody can be away
  CHECK(presence_legend({"Summa = 3 + 4 = 7 närvarande"}).empty());
}

TEST_CASE("a samverkan group named with what it covers before its code is named so", "[indexer][samverkan]") {
  const auto organ_of = [](const std::string& heading) {
    return recognize_document(DocumentStructure(heading + "\n\nDatum 2018-02-06\n\nArbetsgivaren: Eva Ek\nKommunal: Anna Berg\n\n"
                                                          "1. Budget\nKommunal undrade om budgeten.\n"))
        .organ;
  };
  CHECK(organ_of("PROTOKOLL SAMVERKANSGRUPP UTBILDNING (SGU)") == "Samverkansgrupp utbildning");
  CHECK(organ_of("Protokoll Samverkansgrupp för teknik och Service (STS)") == "Samverkansgrupp för teknik och Service");
  CHECK(organ_of("Protokoll Lokal samverkansgrupp Örnaskolan (LSG)") == "Lokal samverkansgrupp Örnaskolan");
  CHECK(organ_of("Protokoll förvaltningsgrupp för samverkan (FSG)") == "Förvaltningsgruppen");
  CHECK(organ_of("Protokoll samverkansgrupp (SVG)") == "Samverkansgruppen");
}

TEST_CASE("minutes sent as an e-mail: the envelope set aside, the subject their heading", "[indexer][samverkan]") {
  const std::string mail =
      "Från:        Ek Eva\nSkickat:     den 13 mars 2014 08:57\nTill:        Berg Bo; Anna Ahl (anna.ahl@kommunal.se);\n"
      "             Lisa Dahl\nÄmne:        Anteckningar FSG Omsorg 12/3\n\nHej alla!\n\nHär kommer anteckningarna.\n\n/Eva\n\n"
      "----------------------------------------\n\nFÖRVALTNINGSSAMVERKAN OMSORG – ANTECKNINGAR\n\n"
      "Tid: onsdag 12/3 kl 13-15, Kommunhuset\n\nNärvarande\nFrån arbetsgivaren: Eva Ek (omsorgschef), Bo Berg (enhetschef)\n"
      "Från facken: Anna Ahl och Rut Ros för Kommunal,\nLisa Dahl för Vårdförbundet, Per Fält för Vision.\n"
      "Akademikerförbundet SSR hade anmält förhinder.\n\n1. Bemanning våren 2014\n"
      "Kommunal frågade hur vilotiden följs.\nBo svarade att schemat granskas varje vecka.\n";
  const DocumentStructure structure(mail);
  const auto doc = recognize_document(structure);
  CHECK(doc.kind == kommunsok::schema::Kind::Samverkan);
  CHECK(doc.title == "Anteckningar FSG Omsorg 12/3");
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2014-03-12");  // the meeting, not the day the e-mail was sent
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Vårdförbundet", "Vision"});
  CHECK(doc.unions_absent == std::vector<std::string>{"Akademikerförbundet SSR"});
  const auto rut = std::find_if(doc.people.begin(), doc.people.end(), [](const auto& p) { return p.name == "Rut Ros"; });
  REQUIRE(rut != doc.people.end());
  CHECK(rut->union_name == "Kommunal");
  CHECK(std::find(structure.boilerplate().begin(), structure.boilerplate().end(), "Skickat:     den 13 mars 2014 08:57") !=
        structure.boilerplate().end());
  // A letter that opens with its own "Till:" and "Från:" but no subject is no e-mail.
  const DocumentStructure letter("Till: Kommunstyrelsen\nFrån: Vision\nDatum: 2014-03-12\n\nSkrivelse om bemanning\n");
  CHECK(letter.boilerplate().empty());
}
