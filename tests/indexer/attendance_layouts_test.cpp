// Samverkan attendance in the layouts municipalities use besides "Name, role, Union" under
// labelled sides: side headings in other words, unions in brackets or after dashes, tables
// whose first row names the columns, a presence column. All on text we write ourselves.
#include <algorithm>

#include <catch2/catch.hpp>

#include "kommunsok/indexer/flattened_attendance.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"

using namespace kommunsok;
using namespace kommunsok::indexer;

namespace {

schema::Document recognized(const std::string& text) { return recognize_document(DocumentStructure(text)); }

const schema::Person* person_named(const schema::Document& doc, const std::string& name) {
  const auto it = std::find_if(doc.people.begin(), doc.people.end(), [&](const schema::Person& p) { return p.name == name; });
  return it == doc.people.end() ? nullptr : &*it;
}

bool has(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

TEST_CASE("side headings in other words, unions in brackets, a person among the absent unions",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "Ekby kommun                                                 PROTOKOLL\n"
      "Kommunledningskontoret                                      Nr 4/2026\n\n"
      "ESAM – kommungemensam samverkansgrupp\n\n"
      "Tidpunkt:   Onsdag 4 mars 2026, kl. 09.00–11.00\n\n"
      "Närvarande\n\n"
      "Arbetsgivarens företrädare                   Fackliga företrädare\n"
      "Stina Holm, kommundirektör, ordf.            Olof Ring (Kommunal)\n"
      "Arne Dahl, personalchef, sekr.               Maja Kvist (Vision), justerare\n"
      "                                             Rut Sand (Vårdförbundet)\n\n"
      "Förhinder:   Ledarna, Leo Borg (Kommunal)\n\n"
      "1. Budget\n"
      "Stina Holm informerar om budgeten.\n\n"
      "Vision ställde frågan om hur besparingen fördelas mellan förvaltningarna.\n"
      "Arbetsgivaren förtydligade att fördelningen görs efter antalet årsarbetare.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  // A group the organ table does not know keeps its qualifier, as written.
  CHECK(doc.organ == "Kommungemensam samverkansgrupp");
  const schema::Person* ring = person_named(doc, "Olof Ring");
  REQUIRE(ring != nullptr);
  CHECK(ring->union_name == "Kommunal");
  const schema::Person* kvist = person_named(doc, "Maja Kvist");
  REQUIRE(kvist != nullptr);
  CHECK(kvist->union_name == "Vision");
  CHECK(kvist->role == "justerare");
  REQUIRE(person_named(doc, "Stina Holm") != nullptr);
  CHECK(person_named(doc, "Stina Holm")->side == "arbetsgivaren");
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Vision", "Vårdförbundet"});
  // Leo Borg was away, but Kommunal came: only Ledarna is absent.
  CHECK(doc.unions_absent == std::vector<std::string>{"Ledarna"});
  const schema::Person* borg = person_named(doc, "Leo Borg");
  REQUIRE(borg != nullptr);
  CHECK(borg->role.find("frånvarande") != std::string::npos);
  REQUIRE(doc.exchanges.size() == 1);
  CHECK(doc.exchanges[0].asker == "Vision");
  CHECK(doc.exchanges[0].answer.starts_with("Arbetsgivaren förtydligade"));
}

TEST_CASE("Deltagare as the attendance heading, name – role – union lines, one away",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "EKBY KOMMUN\n"
      "Tekniska förvaltningen\n\n"
      "PROTOKOLL SKYDDSKOMMITTÉ\n\n"
      "Datum: 2026-02-10\n\n"
      "Deltagare\n"
      "Per Alm – förvaltningschef, ordförande\n"
      "Eva Rask – HR-konsult, sekreterare\n"
      "Nils Falk – huvudskyddsombud – Kommunal\n"
      "Ida Sten – skyddsombud – Vision\n\n"
      "Frånvarande\n"
      "Kurt Lund – skyddsombud – Sveriges Ingenjörer\n\n"
      "1. Mötets öppnande\n"
      "Per Alm öppnade mötet.\n\n"
      "2. Skyddsronder\n"
      "Nils Falk undrar när ventilationen i verkstaden åtgärdas.\n"
      "Arbetsgivaren svarade att arbetet beställts till vecka 12.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  REQUIRE(person_named(doc, "Per Alm") != nullptr);
  CHECK(person_named(doc, "Per Alm")->role == "förvaltningschef, ordförande");
  REQUIRE(person_named(doc, "Nils Falk") != nullptr);
  CHECK(person_named(doc, "Nils Falk")->union_name == "Kommunal");
  CHECK(person_named(doc, "Nils Falk")->role == "huvudskyddsombud");
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Vision"});
  CHECK(doc.unions_absent == std::vector<std::string>{"Sveriges Ingenjörer"});
  REQUIRE(person_named(doc, "Kurt Lund") != nullptr);
  REQUIRE(doc.exchanges.size() == 1);
  CHECK(doc.exchanges[0].asker == "Nils Falk");
  CHECK(doc.exchanges[0].affiliation == "Kommunal");
}

TEST_CASE("a table whose first row names its columns, with a presence column",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "Ekby kommun\n"
      "Socialförvaltningen\n\n"
      "Protokoll från förvaltningssamverkansgruppen (FSG)\n\n"
      "Mötesdatum: 2026-03-12\n\n"
      "Närvaro\n"
      "Namn             Befattning                  Organisation           Närvarande\n"
      "Åsa Björk        Socialchef, ordförande      Arbetsgivare           Ja\n"
      "Ola Strand       Enhetschef                  Arbetsgivare           Nej\n"
      "Görel Näs        Ombud                       Kommunal               Ja\n"
      "Kim Öberg        Ombud                       Akademikerförbundet SSR  Ja\n"
      "Leif Ek          Ombud                       Vision                 Nej\n"
      "–                –                           Ledarna                Nej\n\n"
      "1. Information\n"
      "Åsa Björk informerade om sommarens bemanning.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  REQUIRE(person_named(doc, "Åsa Björk") != nullptr);
  CHECK(person_named(doc, "Åsa Björk")->role == "Socialchef, ordförande");
  REQUIRE(person_named(doc, "Kim Öberg") != nullptr);
  CHECK(person_named(doc, "Kim Öberg")->union_name == "Akademikerförbundet SSR");
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Akademikerförbundet SSR"});
  CHECK(has(doc.unions_absent, "Vision"));
  CHECK(has(doc.unions_absent, "Ledarna"));
  REQUIRE(person_named(doc, "Leif Ek") != nullptr);
  CHECK(person_named(doc, "Leif Ek")->role.find("frånvarande") != std::string::npos);
  // The headings are no person, and "Ja" is no part of a union's name.
  CHECK(person_named(doc, "Namn") == nullptr);
}

TEST_CASE("attendance written as sentences: sides, roles, a union after its names, unions away",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "EKBY KOMMUN\nKultur- och fritidsförvaltningen\n\n"
      "Samverkansgruppen (SVG) kultur och fritid\n\n"
      "Datum: 2026-04-14\n\n"
      "Närvarande\n"
      "Från arbetsgivaren deltog kulturchef Anna Lund (ordförande), biträdande\n"
      "kulturchef Olle Berg och HR-konsult Siv Hed, som förde anteckningarna. Från de\n"
      "fackliga organisationerna deltog Ebba Ek och Max Torn för Vision samt Pia Rönn\n"
      "för Kommunal. Ledarna hade anmält förhinder.\n\n"
      "Punkt 1  Öppnande\nAnna Lund öppnade mötet.\n\n"
      "Punkt 2  Bibliotekens öppettider\n"
      "Max Torn undrade hur helgbemanningen ska lösas.\n"
      "Arbetsgivaren svarade att den ses över i maj.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  REQUIRE(person_named(doc, "Anna Lund") != nullptr);
  CHECK(person_named(doc, "Anna Lund")->role == "kulturchef, ordförande");
  CHECK(person_named(doc, "Anna Lund")->side == "arbetsgivaren");
  REQUIRE(person_named(doc, "Olle Berg") != nullptr);
  CHECK(person_named(doc, "Olle Berg")->role == "biträdande kulturchef");
  REQUIRE(person_named(doc, "Siv Hed") != nullptr);  // "HR-konsult" is her role, not her name
  REQUIRE(person_named(doc, "Ebba Ek") != nullptr);
  CHECK(person_named(doc, "Ebba Ek")->union_name == "Vision");
  REQUIRE(person_named(doc, "Pia Rönn") != nullptr);
  CHECK(person_named(doc, "Pia Rönn")->union_name == "Kommunal");
  CHECK(doc.unions == std::vector<std::string>{"Vision", "Kommunal"});
  CHECK(doc.unions_absent == std::vector<std::string>{"Ledarna"});
  REQUIRE(doc.exchanges.size() == 1);
  CHECK(doc.exchanges[0].asker == "Max Torn");
  CHECK(doc.exchanges[0].affiliation == "Vision");
}

TEST_CASE("a list under Närvarande that names Frånvarande is no prose", "[indexer][samverkan][attendance]") {
  const std::string text =
      "EKBY KOMMUN\n\nFörvaltningsgruppen (FSG)\n\nDatum: 2026-04-14\n\n"
      "Närvarande\nArbetsgivare: Ulla Ek, skolchef\nVision: Bo Ny\nFrånvarande: Kommunal\n\n"
      "1. Öppnande\nUlla Ek öppnade mötet.\n\n2. Övrigt\nInget.\n";
  const schema::Document doc = recognized(text);
  CHECK(doc.unions == std::vector<std::string>{"Vision"});
  CHECK(doc.unions_absent == std::vector<std::string>{"Kommunal"});
}

TEST_CASE("answers by a named manager, a role noun or a role and a name; an asker named with the union",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "Ekby kommun\nUtbildningsförvaltningen\n\nMinnesanteckningar från lokal samverkansgrupp (LSG) Ekskolan\n"
      "tisdagen den 9 juni 2026, kl. 15.00–16.30, biblioteket\n\n"
      "Närvarande var från arbetsgivaren rektor Sara Holm, som ledde mötet, och\n"
      "biträdande rektor Nils Berg. Från de fackliga organisationerna deltog Ann Lo\n"
      "för Sveriges Lärare samt Per Ros för Kommunal. Vision hade lämnat återbud.\n\n"
      "1. Elevantal\nSara Holm redovisade elevantalet.\n"
      "Ann Lo ville veta om en ny mentorsgrupp inrättas.\n"
      "Nils Berg svarade att en femte grupp inrättas i augusti.\n\n"
      "2. Rastvakter\nPer Ros, Kommunal, undrade om köket har rastvakt i höst.\n"
      "Rektor Sara Holm svarade att schemat görs om.\n\n"
      "3. Lokaler\nSveriges Lärare frågar om arbetsrummen byggs om.\n"
      "Förvaltningschefen förklarar att ombyggnaden börjar i juli.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  CHECK(doc.title == "Minnesanteckningar från lokal samverkansgrupp (LSG) Ekskolan");
  REQUIRE(person_named(doc, "Sara Holm") != nullptr);
  CHECK(person_named(doc, "Sara Holm")->side == "arbetsgivaren");
  CHECK(doc.unions_absent == std::vector<std::string>{"Vision"});
  REQUIRE(doc.exchanges.size() == 3);
  CHECK(doc.exchanges[0].asker == "Ann Lo");
  CHECK(doc.exchanges[0].answerer == "Nils Berg");
  CHECK(doc.exchanges[1].asker == "Per Ros");
  CHECK(doc.exchanges[1].affiliation == "Kommunal");
  CHECK(doc.exchanges[1].answerer == "Sara Holm");
  CHECK(doc.exchanges[1].question.find("Rektor") == std::string::npos);  // the answer is not the question's
  CHECK(doc.exchanges[2].answerer == "Förvaltningschefen");
}

TEST_CASE("numbered lists, the union after a role, a two-column table of who represents whom",
          "[indexer][samverkan][attendance]") {
  const std::string numbered =
      "EKBY KOMMUN\nTekniska förvaltningen\n\nPROTOKOLL SAMVERKANSGRUPP (SVG) TEKNIK\n\nDatum: 2026-01-20\n\n"
      "Deltagare\n1. Olle Dahl – teknisk chef, ordförande\n2. Ulla Berg (Kommunal)\n"
      "3. Stig Fors (Kommunal), huvudskyddsombud\n4. Jan Ekman, skyddsombud (Vision)\n\n"
      "Ej närvarande\nLedarna – ingen representant utsedd\n\n"
      "1. Öppnande\nOlle Dahl öppnade.\n\n2. Övrigt\nInget.\n";
  const schema::Document a = recognized(numbered);
  REQUIRE(person_named(a, "Olle Dahl") != nullptr);
  CHECK(person_named(a, "Olle Dahl")->role == "teknisk chef, ordförande");
  REQUIRE(person_named(a, "Stig Fors") != nullptr);
  CHECK(person_named(a, "Stig Fors")->role == "huvudskyddsombud");
  REQUIRE(person_named(a, "Jan Ekman") != nullptr);
  CHECK(person_named(a, "Jan Ekman")->union_name == "Vision");
  CHECK(a.unions == std::vector<std::string>{"Kommunal", "Vision"});
  CHECK(a.unions_absent == std::vector<std::string>{"Ledarna"});

  const std::string table =
      "EKBY KOMMUN\n\nPROTOKOLL\nFörvaltningssamverkansgrupp (FSG) teknik\n\nDatum: 2026-01-20\n\n"
      "Närvarande\nNamn                   Representerar\n"
      "Eva Lind               Arbetsgivaren, förvaltningschef, ordf.\n"
      "Bo Sten                Kommunal\nIda Falk               Vision\n\n"
      "Frånvarande            Ledarna\n\n"
      "1. Öppnande\nEva Lind öppnade.\n\n2. Övrigt\nInget.\n";
  const schema::Document b = recognized(table);
  REQUIRE(person_named(b, "Eva Lind") != nullptr);
  CHECK(person_named(b, "Eva Lind")->role == "förvaltningschef, ordf.");
  REQUIRE(person_named(b, "Bo Sten") != nullptr);
  CHECK(person_named(b, "Bo Sten")->union_name == "Kommunal");
  CHECK(b.unions == std::vector<std::string>{"Kommunal", "Vision"});
  CHECK(b.unions_absent == std::vector<std::string>{"Ledarna"});
}

TEST_CASE("a table with a column of group labels, each group naming its columns; a note after a union",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "Ekby kommun                                                  PROTOKOLL\n"
      "HR-avdelningen                                               CSG nr 9/2025\n\n"
      "Centrala samverkansgruppen (CSG)\n\n"
      "Datum                Torsdag 4 december 2025\n\n"
      "För arbetsgivaren    Namn                    Funktion\n"
      "                     Anna Strand             kommundirektör, ordförande\n"
      "                     Tom Wik                 HR-direktör\n\n"
      "För arbetstagarna    Namn                    Organisation\n"
      "                     Kerstin Öd              Kommunal\n"
      "                     Inga Lind               TCO, Vision\n"
      "                     Rune Eng                Vårdförbundet (punkt 1–3)\n\n"
      "Adjungerade          Maja Tall               arbetsmiljöstrateg, punkt 5\n\n"
      "Förhinder            Ledarna\n"
      "                     Nina Palm               Akademikerförbundet SSR\n\n"
      "1. Mötets öppnande\nOrdföranden öppnar mötet.\n\n2. Övrigt\nInget.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  REQUIRE(person_named(doc, "Anna Strand") != nullptr);
  CHECK(person_named(doc, "Anna Strand")->side == "arbetsgivaren");
  CHECK(person_named(doc, "Anna Strand")->role == "kommundirektör, ordförande");
  REQUIRE(person_named(doc, "Inga Lind") != nullptr);
  CHECK(person_named(doc, "Inga Lind")->union_name == "Vision");
  REQUIRE(person_named(doc, "Maja Tall") != nullptr);
  CHECK(person_named(doc, "Maja Tall")->side == "adjungerad");
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Vision", "Vårdförbundet"});
  CHECK(doc.unions_absent == std::vector<std::string>{"Ledarna", "Akademikerförbundet SSR"});
  REQUIRE(person_named(doc, "Nina Palm") != nullptr);
}

TEST_CASE("unions in square brackets or before a dash, surnames first, roles before names or over them",
          "[indexer][samverkan][attendance]") {
  const std::string columns =
      "Ekby kommun                                     PROTOKOLL\nCentral skyddskommitté (CSK)                    CSK 3/2026\n\n"
      "Närvarande\n"
      "Arbetsgivarrepresentanter                Arbetstagarrepresentanter\n"
      "Kommundirektör Eva Gran,                 [Kommunal] Lena Ås,\n"
      "ordförande                               huvudskyddsombud\n"
      "HR-chef Stig Lind                        [Vision] Jon Kvist\n"
      "Förvaltningschef socialförvaltningen     [Sveriges Lärare] Ali Yil\n"
      "Mona Hed                                 [Akademikerförbundet SSR]\n\n"
      "Frånvarande: [Vårdförbundet] Maria Lund; Förvaltningschef teknik (vakant)\n\n"
      "1. Mötets öppnande\nEva Gran öppnar mötet.\n\n"
      "2. Tillbud\nKommunal lyfter frågan om larmen i bilarna. Mona Hed svarar att nya larm kommer i vecka 39.\n";
  const schema::Document a = recognized(columns);
  REQUIRE(a.kind == schema::Kind::Samverkan);
  for (const char* name : {"Eva Gran", "Stig Lind", "Mona Hed", "Lena Ås", "Jon Kvist", "Ali Yil", "Maria Lund"})
    CHECK(person_named(a, name) != nullptr);
  REQUIRE(person_named(a, "Mona Hed") != nullptr);
  CHECK(person_named(a, "Mona Hed")->role == "Förvaltningschef socialförvaltningen");
  CHECK(a.unit.empty());  // a role, not the unit
  CHECK(a.unions == std::vector<std::string>{"Kommunal", "Vision", "Sveriges Lärare", "Akademikerförbundet SSR"});
  CHECK(a.unions_absent == std::vector<std::string>{"Vårdförbundet"});
  REQUIRE(a.exchanges.size() == 1);
  CHECK(a.exchanges[0].answerer == "Mona Hed");

  const std::string lists =
      "EKBY KOMMUN                         Protokoll nr 7/2026\nCentral samverkansgrupp, CSG\n\nDatum       2026-10-06\n\n"
      "Deltagare arbetsgivaren\nNordin, Carina        kommunchef, ordförande\nStröm, Henrik         HR-chef\n\n"
      "Deltagare arbetstagarorganisationerna\nLindgren, Mats (Kommunal)\nEk, Maria (Vision), justerare\n\n"
      "Förhinder\nLedarna\nSjöö, Karin (Sveriges Lärare)\n\n"
      "§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n\n§ 2 Budget\nHenrik Ström redogör för budgeten.\n";
  const schema::Document b = recognized(lists);
  REQUIRE(person_named(b, "Carina Nordin") != nullptr);
  CHECK(person_named(b, "Carina Nordin")->role == "kommunchef, ordförande");
  REQUIRE(person_named(b, "Maria Ek") != nullptr);
  CHECK(person_named(b, "Maria Ek")->union_name == "Vision");
  CHECK(b.unions == std::vector<std::string>{"Kommunal", "Vision"});
  CHECK(b.unions_absent == std::vector<std::string>{"Ledarna", "Sveriges Lärare"});

  const std::string role_first =
      "Ekby kommun – Barn och utbildning\nSolbackens förskola\n\nMINNESANTECKNINGAR\n"
      "Arbetsplatsträff med samverkan (APT-samverkan) 3/26\n\nDatum: onsdag 18 mars 2026\n\n"
      "Närvarande\nArbetsgivarens företrädare: rektor Anna Berg (ledde mötet),\nbiträdande rektor Johan Sund\n"
      "Fackliga företrädare:\nKommunal – Jenny Lund (även skyddsombud)\nSveriges Lärare – Ebba Karl\n\n"
      "1. Barngrupper\nJenny Lund undrade om den nya barnskötaren ska arbeta på alla avdelningar.\n"
      "Biträdande rektor svarade att tjänsten är placerad på Humlan.\n";
  const schema::Document c = recognized(role_first);
  REQUIRE(person_named(c, "Anna Berg") != nullptr);
  CHECK(person_named(c, "Anna Berg")->role == "rektor, ledde mötet");
  REQUIRE(person_named(c, "Johan Sund") != nullptr);
  REQUIRE(person_named(c, "Jenny Lund") != nullptr);
  CHECK(person_named(c, "Jenny Lund")->union_name == "Kommunal");
  CHECK(c.unions == std::vector<std::string>{"Kommunal", "Sveriges Lärare"});
  REQUIRE(c.exchanges.size() == 1);
  CHECK(c.exchanges[0].answerer == "rektor");
}

TEST_CASE("a union and a role in one cell, a column's heading between its names and values, a union's role asking",
          "[indexer][samverkan][attendance]") {
  const std::string table =
      "SKYDDSKOMMITTÉ – Tekniska förvaltningen            Protokoll          Sida 1 / 2\n"
      "Ekby kommun                                        Torsdag 19 november 2026\n\n"
      "Närvaro\nNamn                    Representerar                     Närvarande\n"
      "Ola Brandt              Teknisk chef (ordf.)              Ja\n"
      "Jonas Berg              Kommunal, skyddsombud gata/park   Ja\n"
      "Rut Fors                Saco, Sveriges Ingenjörer         Ja\n"
      "Eva Björk               Vision                            Nej\n\n"
      "1. Mötet öppnas\nOla Brandt hälsar välkommen.\n\n"
      "2. Fordon\nKommunals skyddsombud Jonas Berg frågar varför backkameror saknas. Teknisk chef svarar att de kommer i december.\n";
  const schema::Document a = recognized(table);
  REQUIRE(a.kind == schema::Kind::Samverkan);
  CHECK(a.title == "SKYDDSKOMMITTÉ – Tekniska förvaltningen");
  CHECK(a.unit == "Tekniska förvaltningen");
  REQUIRE(person_named(a, "Jonas Berg") != nullptr);
  CHECK(person_named(a, "Jonas Berg")->union_name == "Kommunal");
  CHECK(person_named(a, "Jonas Berg")->role == "skyddsombud gata/park");
  REQUIRE(person_named(a, "Rut Fors") != nullptr);
  CHECK(person_named(a, "Rut Fors")->union_name == "Sveriges Ingenjörer");
  CHECK(a.unions == std::vector<std::string>{"Kommunal", "Sveriges Ingenjörer"});
  CHECK(a.unions_absent == std::vector<std::string>{"Vision"});
  REQUIRE(a.exchanges.size() == 1);
  CHECK(a.exchanges[0].asker == "Jonas Berg");
  CHECK(a.exchanges[0].affiliation == "Kommunal");
  CHECK(a.exchanges[0].answerer == "Teknisk chef");

  const std::string columns =
      "Ekby kommun\nLokal samverkansgrupp (LSG) vård och omsorg\n\nProtokoll från LSG, torsdagen den 12 februari 2026\n\n"
      "Deltagare\nNamn\nKarin Lund\nMehmet Arslan\nPetra Sjö\nJussi Koivu\n"
      "Funktion/organisation\nEnhetschef, ordförande\nHR-partner, sekreterare\nKommunal\nVårdförbundet\n\n"
      "§ 1 Föregående protokoll\nProtokollet godkänns.\n\n§ 2 Bemanning\nJussi Koivu undrar om nattpersonalen räcker.\n"
      "Karin Lund svarar att en tjänst tillsätts.\n";
  const schema::Document b = recognized(columns);
  REQUIRE(person_named(b, "Petra Sjö") != nullptr);
  CHECK(person_named(b, "Petra Sjö")->union_name == "Kommunal");
  CHECK(b.unions == std::vector<std::string>{"Kommunal", "Vårdförbundet"});
  REQUIRE(b.exchanges.size() == 1);
  CHECK(b.exchanges[0].affiliation == "Vårdförbundet");
  CHECK(b.exchanges[0].answerer == "Karin Lund");
}

TEST_CASE("a transcript site's flattened heading and attendance, a next meeting's date passed over",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "Protokoll samverkansgrupp (SVG) Socialförvaltningen Ekby\n"
      "kommun 2025-05-14 Närvarande Arbetsgivaren: Tove Lindh, socialchef\n"
      "(ordf.) Kent Rask, enhetschef Björkgården Maj Olsson, HR-konsult\n"
      "(sekr.) Arbetstagarna: Pia Ström, Kommunal Dan Eld,\n"
      "Vision Ulla Brink – Vårdförbundet Återbud: Ledarna (Siv Hed)\n"
      "Ärende 1. Mötets öppnande\n"
      "Tove Lindh öppnar mötet.\n"
      "Ärende 2. Bemanning i sommar\n"
      "Kommunal undrar om vikarierna hinner introduceras före semestrarna.\n"
      "Socialchefen svarar att introduktionen börjar i maj.\n"
      "Ärende 3. Nästa möte\n"
      "Onsdag 11 juni 2025 kl. 13.00, Björkgården.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  CHECK(doc.title == "Protokoll samverkansgrupp (SVG) Socialförvaltningen Ekby kommun 2025-05-14");
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2025-05-14");  // not the next meeting's 11 juni
  CHECK(doc.unit == "Socialförvaltningen");
  // Entries run on without separators: a new one begins at a name closed by a comma or a dash.
  REQUIRE(person_named(doc, "Kent Rask") != nullptr);
  CHECK(person_named(doc, "Kent Rask")->side == "arbetsgivaren");
  REQUIRE(person_named(doc, "Maj Olsson") != nullptr);
  REQUIRE(person_named(doc, "Dan Eld") != nullptr);
  CHECK(person_named(doc, "Dan Eld")->union_name == "Vision");
  REQUIRE(person_named(doc, "Ulla Brink") != nullptr);
  CHECK(person_named(doc, "Ulla Brink")->union_name == "Vårdförbundet");
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Vision", "Vårdförbundet"});
  // "Återbud: Ledarna (Siv Hed)": the union first, its representative in brackets.
  CHECK(doc.unions_absent == std::vector<std::string>{"Ledarna"});
  REQUIRE(person_named(doc, "Siv Hed") != nullptr);
  CHECK(person_named(doc, "Siv Hed")->union_name == "Ledarna");
}

TEST_CASE("one side heading inside a sentence flattens nothing", "[indexer][samverkan][attendance]") {
  const std::string text =
      "Protokoll förvaltningsgrupp (FSG)\n"
      "Datum: 2025-03-03\n\n"
      "Närvarande\n"
      "Arbetsgivaren:\n"
      "Eva Ek, förvaltningschef\n"
      "Arbetstagarna:\n"
      "Bo Al, Kommunal\n\n"
      "1. Information\n"
      "Frågan ställdes av Kommunal och besvarades Skriftligt: se bilaga.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(person_named(doc, "Eva Ek") != nullptr);
  CHECK(person_named(doc, "Eva Ek")->side == "arbetsgivaren");
  REQUIRE(person_named(doc, "Bo Al") != nullptr);
  CHECK(person_named(doc, "Bo Al")->union_name == "Kommunal");
}

TEST_CASE("the unit: a workplace on the letterhead, a sector's cell, an administration and its unit",
          "[indexer][samverkan][attendance]") {
  const std::string preschool =
      "Ekby kommun – Utbildning\nLönnens förskola\n\nMINNESANTECKNINGAR\nAPT med samverkan 2/25\n\n"
      "Datum: 2025-02-12\n\nNärvarande\nArbetsgivaren:\nLisa Berg, rektor\nArbetstagarna:\nAnna Holm, Kommunal\n";
  CHECK(recognized(preschool).unit == "Lönnens förskola");
  const std::string sector =
      "EKBY KOMMUN                                      PROTOKOLL\n"
      "Vård- och omsorgen                               FSG 2-2025\n\n"
      "Protokoll från förvaltningsgruppen (FSG)\n\nTid: 2025-02-12\n\n"
      "Närvarande\nArbetsgivaren:\nLisa Berg, socialchef\nArbetstagarna:\nAnna Holm, Kommunal\n";
  CHECK(recognized(sector).unit == "Vård- och omsorgen");
  const std::string unit =
      "Ekby kommun\nStadsledningsförvaltningen, Ekonomiavdelningen\n\nMINNESANTECKNINGAR CENTRAL SAMVERKANSGRUPP\n\n"
      "Tidpunkt: 2025-02-12\n\nNärvarande\nArbetsgivaren:\nLisa Berg, ekonomichef\nArbetstagarna:\nAnna Holm, Vision\n";
  CHECK(recognized(unit).unit == "Stadsledningsförvaltningen, Ekonomiavdelningen");
}

TEST_CASE("whoever keeps the minutes is listed, of neither side unless a side lists them",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "Ekby kommun – Utbildning\nLönnens förskola\n\nMINNESANTECKNINGAR\nAPT med samverkan 2/25\n\n"
      "Datum: 2025-02-12\n\nNärvarande\n"
      "Arbetsgivarens företrädare: rektor Lisa Berg\n"
      "Fackliga företrädare:\nKommunal – Anna Holm\n"
      "Övriga: medarbetarna i arbetslaget, totalt 9 personer\n"
      "Antecknare: Eva Stål, förskollärare\n"
      "Sekreterare: Lisa Berg\n\n"
      "1. Föregående anteckningar\nAnteckningarna godkänns.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  CHECK(doc.organ == "Arbetsplatsträff med samverkan");
  CHECK(doc.unit == "Lönnens förskola");
  const schema::Person* stal = person_named(doc, "Eva Stål");
  REQUIRE(stal != nullptr);
  CHECK(stal->role == "förskollärare, antecknare");
  CHECK(stal->side.empty());
  const schema::Person* berg = person_named(doc, "Lisa Berg");
  REQUIRE(berg != nullptr);
  CHECK(berg->side == "arbetsgivaren");
  CHECK(berg->role == "rektor, sekreterare");
  CHECK(std::count_if(doc.people.begin(), doc.people.end(), [](const schema::Person& p) { return p.name == "Lisa Berg"; }) == 1);
}

TEST_CASE("attendance as a form with a box ticked for each who came", "[indexer][samverkan][attendance]") {
  const std::string text =
      "EKBY KOMMUN\nSocialförvaltningen\n\nPROTOKOLL\nFörvaltningssamverkansgrupp – FSG\n\n"
      "Datum och tid:   2026-02-17, kl. 09.00–11.30\n\n"
      "NÄRVARO (☒ = närvarande, ☐ = ej närvarande)\n\n"
      "Arbetsgivarens företrädare\n"
      "☒  Socialchef                          Eva Rydh, ordförande\n"
      "☐  Verksamhetschef IFO                 Mia Ek\n"
      "☒  HR-konsult                          Lo Åkesson, sekreterare\n\n"
      "Arbetstagarorganisationer\n"
      "☒  Kommunal                            Anna Holm, Sten Pål\n"
      "☒  Vision                              Pia Lund\n"
      "☐  Vårdförbundet                       –\n"
      "☐  Sveriges Lärare                     ej kallad (inga medlemmar)\n\n"
      "Justerare: Pia Lund, Vision\n\n"
      "1  Heltid som norm\n"
      "Vision har fått signaler om att delade turer blivit vanligare, och undrar om det följts upp.\n"
      "Eva Rydh replikerar att antalet delade turer har minskat totalt.\n\n"
      "2  Lokaler\nKommunal reser frågan om lokalvården får egna rum.\n"
      "Arbetsgivarsidan ger beskedet att varje lokalvårdare får ett eget rum.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2026-02-17");
  REQUIRE(person_named(doc, "Eva Rydh") != nullptr);
  CHECK(person_named(doc, "Eva Rydh")->side == "arbetsgivaren");
  CHECK(person_named(doc, "Eva Rydh")->role == "Socialchef, ordförande");
  REQUIRE(person_named(doc, "Mia Ek") != nullptr);
  CHECK(person_named(doc, "Mia Ek")->role.find("frånvarande") != std::string::npos);
  // Two names in one cell are two people of the union.
  REQUIRE(person_named(doc, "Sten Pål") != nullptr);
  CHECK(person_named(doc, "Sten Pål")->union_name == "Kommunal");
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Vision"});
  // An empty box is away; a union never called ("ej kallad") is neither; the justerare after
  // the list is no absentee.
  CHECK(doc.unions_absent == std::vector<std::string>{"Vårdförbundet"});
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].answer.starts_with("Eva Rydh replikerar"));
  CHECK(doc.exchanges[1].affiliation == "Kommunal");
  CHECK(doc.exchanges[1].answer.starts_with("Arbetsgivarsidan ger beskedet"));
}

TEST_CASE("each union over its own representatives, a union away written in its own row", "[indexer][samverkan][attendance]") {
  const std::string text =
      "EKBY KOMMUN                                                 PROTOKOLL CSG 4/2026\n"
      "Kommunledningsförvaltningen                                 Datum: 2026-05-19\n"
      "                                                            Sida 1 av 2\n"
      "Central samverkansgrupp (CSG)\n\n"
      "Arbetsgivare                              Fackliga organisationer\n"
      "Inga Dahl, kommunchef, ordf.              Kommunal\n"
      "Per Ols, personalchef                     Britt Matt, Erik Hed\n"
      "Maj Rask, ekonomichef                     Vision\n"
      "                                          Kerstin Blom\n"
      "                                          Ledarna: förhinder\n"
      "                                          Vårdförbundet: förhinder (Eva Sund)\n\n"
      "Justerare: Kerstin Blom, Vision\n\n"
      "1. Budget\nKommunal undrar om timanställningarna minskar. Personalchefen svarar att en plan tas fram.\n"
      "EKBY KOMMUN                                                 PROTOKOLL CSG 4/2026\n"
      "Kommunledningsförvaltningen                                 Datum: 2026-05-19\n"
      "                                                            Sida 2 av 2\n"
      "2. Övrigt\nInget.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  // The date beside the first page's marker is the first page's header, kept.
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2026-05-19");
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Vision"});
  CHECK(doc.unions_absent == std::vector<std::string>{"Ledarna", "Vårdförbundet"});
  REQUIRE(person_named(doc, "Erik Hed") != nullptr);
  CHECK(person_named(doc, "Erik Hed")->union_name == "Kommunal");
  REQUIRE(person_named(doc, "Kerstin Blom") != nullptr);
  CHECK(person_named(doc, "Kerstin Blom")->union_name == "Vision");
  REQUIRE(person_named(doc, "Eva Sund") != nullptr);
  CHECK(person_named(doc, "Eva Sund")->union_name == "Vårdförbundet");
}

TEST_CASE("sides abbreviated AG and AT, 'Name/role' entries, an agenda listed before its items",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "Ekby kommun\nBarn- och utbildningsförvaltningen\n\nMINNESANTECKNINGAR\nLokal samverkansgrupp, LSG Norrskolan\n"
      "Onsdagen den 4 november 2026, kl. 15.15–16.45\n\n"
      "Närvarande\n"
      "AG:  Sara Hed/rektor, ordf.\n"
      "     Mats Ståhl/biträdande rektor\n"
      "AT:  Anna Ek/Sveriges Lärare (huvudombud)\n"
      "     Cia Roos/Vision\n\n"
      "Dagordning\n1. Föregående anteckningar\n2. Resurser\n3. Arbetsmiljö\n\n\n"
      "1. Föregående anteckningar\nAnteckningarna läggs till handlingarna.\n\n"
      "2. Resurser\n"
      "AT (Sveriges Lärare) undrar om neddragningen sker genom uppsägningar. AG svarar att inga uppsägningar planeras.\n"
      "Från Vision ställdes frågan om administrationen ska minskas. Beskedet från AG blev att den behålls.\n\n"
      "3. Arbetsmiljö\n"
      "Anna Ek/Sveriges Lärare tar upp att arbetsbelastningen är hög. Biträdande rektor svarar att en specialpedagog anställs.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  REQUIRE(person_named(doc, "Sara Hed") != nullptr);
  CHECK(person_named(doc, "Sara Hed")->side == "arbetsgivaren");
  CHECK(person_named(doc, "Sara Hed")->role == "rektor, ordf.");
  REQUIRE(person_named(doc, "Anna Ek") != nullptr);
  CHECK(person_named(doc, "Anna Ek")->union_name == "Sveriges Lärare");
  REQUIRE(person_named(doc, "Cia Roos") != nullptr);
  CHECK(person_named(doc, "Cia Roos")->union_name == "Vision");
  REQUIRE(doc.exchanges.size() == 3);
  CHECK(doc.exchanges[0].affiliation == "Sveriges Lärare");
  CHECK(doc.exchanges[0].section == "Resurser");  // the items with text, not the list before them
  CHECK(doc.exchanges[0].answerer == "Arbetsgivaren");
  CHECK(doc.exchanges[1].affiliation == "Vision");
  CHECK(doc.exchanges[1].answer.starts_with("Beskedet från AG"));
  CHECK(doc.exchanges[2].asker == "Anna Ek");
  CHECK(doc.exchanges[2].section == "Arbetsmiljö");
}

TEST_CASE("safety representatives by their abbreviations, sub-numbered items, a sector's letterhead",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "Ekby kommun\n"
      "Sektor samhällsbyggnad                               PROTOKOLL\n"
      "                                                     Lokal skyddskommitté\n"
      "                                                     Mötesdag 2026-03-24\n\n"
      "Deltagare\n"
      "Arbetsgivare:   Hans Öhrn, sektorchef (ordf.)\n"
      "                Maria Stål, driftchef\n"
      "Arbetstagare:   Göran Ek, HSO Kommunal\n"
      "                Peter Wahl, SO Sveriges Ingenjörer\n\n"
      "1 Skyddsronder\n"
      "1.1 Skyddsrond på reningsverket genomfördes i februari. Sex anmärkningar.\n"
      "1.2 HSO Göran Ek påpekar att räckena anmärktes redan 2024. Driftchef Maria Stål\n"
      "    lovar att räckena byts före den 30 april.\n"
      "1.3 SO Peter Wahl (Sveriges Ingenjörer) efterlyser en tydlig ansvarsfördelning. Arbetsgivaren svarar att\n"
      "    driftchefen ansvarar.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  CHECK(doc.unit == "Sektor samhällsbyggnad");
  CHECK(doc.title == "Lokal skyddskommitté");
  REQUIRE(person_named(doc, "Göran Ek") != nullptr);
  CHECK(person_named(doc, "Göran Ek")->union_name == "Kommunal");
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Sveriges Ingenjörer"});
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].asker == "Göran Ek");
  CHECK(doc.exchanges[0].answerer == "Maria Stål");
  CHECK(doc.exchanges[1].asker == "Peter Wahl");
  CHECK(doc.exchanges[1].affiliation == "Sveriges Ingenjörer");
}

TEST_CASE("questions and answers under labels ('Fråga från Kommunal:', 'Svar:'), the agenda ending the attendance",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "Ekby kommun – Vård och omsorg\nHemtjänsten Norr/Söder\n\n"
      "Minnesanteckningar APT med samverkan\n14 januari 2026, kl. 13.30–15.00, samlingsrummet\n\n"
      "Deltagare\nEnhetschef Eva Karl (leder mötet), samordnare Mona Pers och\n14 medarbetare.\n"
      "Antecknare: Sanna Olof, undersköterska.\n\n"
      "1. Frågor från fackliga företrädare och medarbetare\n\n"
      "Fråga från Kommunal: Hur ska körtiden räknas in när systemet byts? I dag saknas tid.\n"
      "Svar: Körtiden läggs in automatiskt utifrån avstånd.\n\n"
      "Fråga från medarbetare (Sanna Olof): Gäller rutinen även larmnycklar?\n"
      "Svar: Ja, alla nycklar ska kvitteras.\n\n"
      "Synpunkt från Kommunal: Personalrummet behöver en ny diskmaskin.\nNoterat.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  CHECK(doc.title == "Minnesanteckningar APT med samverkan");
  CHECK(doc.unit == "Hemtjänsten Norr/Söder");
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].asker == "Kommunal");
  CHECK(doc.exchanges[0].answer == "Svar: Körtiden läggs in automatiskt utifrån avstånd.");
  CHECK(doc.exchanges[1].asker == "Sanna Olof");
  CHECK(doc.exchanges[1].affiliation.empty());
  CHECK(doc.exchanges[1].answer == "Svar: Ja, alla nycklar ska kvitteras.");  // the point after is not the answer's
  // "Svar: Körtiden …" under the agenda is no attendance line.
  CHECK(std::none_of(doc.people.begin(), doc.people.end(), [](const schema::Person& p) { return p.name.starts_with("Svar"); }));
}

TEST_CASE("a table whose first column names each row's side (AG/AT), those away in a group of their own",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "EKBY KOMMUN                                              PROTOKOLL\n\n"
      "Huvudsamverkansgrupp (HSG)\n\n"
      "Mötestid    Tisdag 10 nov. 2026, kl. 09.00–11.45\n\n"
      "Närvarande\n"
      "Part   Namn                 Funktion / organisation\n"
      "AG     Karin Ljung          Kommunchef, ordförande\n"
      "AG     Mats Ek              HR-chef\n"
      "AT     Lotta Ryd            Kommunal\n"
      "AT     Anna Frost           Vision\n\n"
      "Ej närvarande\n"
      "AT     Marie Olsson         Ledarna (anmält förhinder)\n"
      "AT     –                    Sveriges Ingenjörer (ingen representant utsedd)\n\n"
      "AG = arbetsgivarpart, AT = arbetstagarpart\n\n"
      "1. Budget\nVision vill veta hur många tjänster som påverkas. AG upplyser om att det rör sig om fyra.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2026-11-10");
  REQUIRE(person_named(doc, "Karin Ljung") != nullptr);
  CHECK(person_named(doc, "Karin Ljung")->side == "arbetsgivaren");
  REQUIRE(person_named(doc, "Lotta Ryd") != nullptr);
  CHECK(person_named(doc, "Lotta Ryd")->union_name == "Kommunal");
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Vision"});
  CHECK(doc.unions_absent == std::vector<std::string>{"Ledarna", "Sveriges Ingenjörer"});
  REQUIRE(person_named(doc, "Marie Olsson") != nullptr);
  REQUIRE(doc.exchanges.size() == 1);
  CHECK(doc.exchanges[0].answer.starts_with("AG upplyser"));
}

TEST_CASE("a table of those called with a presence column ('närv.'/'frånv.'), answers that commit or cite",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "EKBY KOMMUN\nRäddningstjänsten\n\nPROTOKOLL\nSkyddskommittén för räddningstjänsten, nr 2-2025\n\n"
      "Tid      Onsdag 4 juni 2025 kl. 09.00–11.15\n\n"
      "Kallade                                                         Närvaro\n"
      "Ronny Ek, räddningschef, ordförande                             närv.\n"
      "Malin Ståhl, stf. räddningschef                                 närv.\n"
      "Olle Brand, styrkeledare                                        frånv.\n"
      "Stefan Hök, huvudskyddsombud, Brandmännens Riksförbund (BRF)    närv.\n"
      "Lotta Sund, Vision                                              närv.\n"
      "Kent Pers, Ledarna                                              frånv.\n\n"
      "§ 1  Arbetstid\n"
      "BRF lyfter frågan huruvida brandmännen hinner vila efter nattlarm.\n"
      "Malin Ståhl åtar sig att gå igenom larmstatistiken.\n\n"
      "§ 2  Hälsokontroller\n"
      "Vision påpekar att administrationen tar mycket tid och frågar om den kan skötas av andra.\n"
      "Enligt räddningschefen är det möjligt från 2026.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  CHECK(doc.unions == std::vector<std::string>{"Brandmännens Riksförbund", "Vision"});
  CHECK(doc.unions_absent == std::vector<std::string>{"Ledarna"});
  REQUIRE(person_named(doc, "Malin Ståhl") != nullptr);
  CHECK(person_named(doc, "Malin Ståhl")->side == "arbetsgivaren");
  REQUIRE(person_named(doc, "Olle Brand") != nullptr);
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].answerer == "Malin Ståhl");
  CHECK(doc.exchanges[1].answerer == "Räddningschefen");
}

TEST_CASE("presence marked by the column an x stands in ('Närv.' or 'Förh.'), the group known by its code",
          "[indexer][samverkan][attendance]") {
  const std::string text =
      "EKBY KOMMUN\nSocialförvaltningen\n\nPROTOKOLL FÖRVALTNINGSSAMVERKAN (FSG) 2/2025\n"
      "Sammanträdesdag   2025-03-12  kl. 08.30–11.00\n\n"
      "Närvarolista\n"
      "Namn                   Representerar                         Närv.   Förh.\n"
      "Krista Wahl            Socialchef, ordförande                  x\n"
      "Maj Lind               Kommunal                                x\n"
      "Tobias Sahl            Kommunal                                        x\n"
      "Petra Gran             Vårdförbundet                                   x\n"
      "Elin Fors              Vision                                  x\n\n"
      "1) Val av justerare\nMaj Lind utsågs att justera.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  CHECK(doc.organ == "Förvaltningsgruppen");
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Vision"});
  CHECK(doc.unions_absent == std::vector<std::string>{"Vårdförbundet"});  // Kommunal came with Maj Lind
  REQUIRE(person_named(doc, "Tobias Sahl") != nullptr);
}

TEST_CASE("a flattened attendance run is rewritten; a label and its value, or headings in a sentence, are not",
          "[indexer][samverkan][attendance]") {
  const std::vector<std::string> one_label{"Protokoll FSG 2025-01-01", "Närvarande Arbetsgivaren: Eva Ek, rektor"};
  CHECK(unflatten_attendance(one_label) == one_label);
  const std::vector<std::string> sentence{"Frågan besvarades av arbetsgivaren: se bilaga, och arbetstagarna: inga."};
  CHECK(unflatten_attendance(sentence) == sentence);
  const std::vector<std::string> run{"Protokoll SVG 2025-01-01 Arbetsgivaren: Eva Ek, rektor Bo Ny, HR-chef",
                                     "Arbetstagarna: Pia Ström, Kommunal", "Ärende 1. Öppnande"};
  CHECK(unflatten_attendance(run) == std::vector<std::string>{"Protokoll SVG 2025-01-01", "Arbetsgivaren:", "Eva Ek, rektor",
                                                              "Bo Ny, HR-chef", "Arbetstagarna:", "Pia Ström, Kommunal",
                                                              "Ärende 1. Öppnande"});
}

TEST_CASE("attendance: a column of party and organisation codes left of the names", "[indexer][attendance-layouts]") {
  const auto doc = recognized(
      "EKBY KOMMUN\nKommunala pensionärsrådet (KPR)\n\nPROTOKOLL\n\nSammanträde   Onsdag 25 maj 2016 kl. 13.30\n\n"
      "Ordinarie ledamöter\n  KD     Ingrid Forsell, ordförande\n  S      Bengt Alm\n  M      Carina Lövdahl\n"
      "  PRO    Solveig Häll, vice ordförande\n  SPF    Anita Rönn\n\nJusterare   Solveig Häll\n\n§ 9\nÖppnande\n\nMötet öppnades.\n");
  CHECK(doc.parties == std::vector<std::string>{"KD", "M", "S"});
  for (const char* name : {"Ingrid Forsell", "Bengt Alm", "Carina Lövdahl", "Solveig Häll", "Anita Rönn"}) {
    CAPTURE(name);
    CHECK(std::any_of(doc.people.begin(), doc.people.end(), [&](const schema::Person& p) { return p.name == name; }));
  }
  const auto anita = std::find_if(doc.people.begin(), doc.people.end(), [](const schema::Person& p) { return p.name == "Anita Rönn"; });
  REQUIRE(anita != doc.people.end());
  CHECK(anita->party.empty());  // a pensioners' organisation is no party
  // Codes of organisations only (no party among them) are left as written.
  const auto council = recognized("Kommunala funktionshinderrådet\n\nLedamöter\n  DHR    Eva Ek\n  FUB    Bo Ny\n  SRF    Per Al\n");
  CHECK(council.parties.empty());
}
