// How documents open across municipalities — letterhead cells, addressees, labelled
// subjects, headings broken over lines, archive-site viewers — on text we write ourselves.
#include <algorithm>

#include <catch2/catch.hpp>

#include "kommunsok/indexer/diarienummer_recognizer.hpp"
#include "kommunsok/indexer/explanation.hpp"
#include "kommunsok/indexer/kind_recognizer.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/schema/organs.hpp"

using namespace kommunsok;
using namespace kommunsok::indexer;

namespace {

schema::Document recognized(const std::string& text) { return recognize_document(DocumentStructure(text)); }

std::vector<schema::Person>::const_iterator person_named(const schema::Document& doc, const std::string& name) {
  return std::find_if(doc.people.begin(), doc.people.end(), [&](const schema::Person& p) { return p.name == name; });
}

bool has_person(const schema::Document& doc, const std::string& name) { return person_named(doc, name) != doc.people.end(); }

}  // namespace

TEST_CASE("kind: an answer whose letterhead names it, with the addressee before its heading", "[indexer][opening]") {
  const std::string text =
      "EKBY KOMMUN                 Interpellationssvar           1(2)\n"
      "Kommunstyrelsen             Datum 2025-02-03\n"
      "                            Dnr KS-2025-00117\n\n\n"
      "Kommunfullmäktige\n\n"
      "Svar på interpellation från Olle Sten (V) om\nbelysningen vid skolvägarna\n\n"
      "Olle Sten (V) har i en interpellation ställt två frågor till mig om belysning längs\n"
      "skolvägarna i kommunens ytterområden och om hur de ska prioriteras.\n";
  const schema::Document doc = recognized(text);
  CHECK(doc.kind == schema::Kind::Interpellation);
  // The letterhead's one-word cell is no heading: the subject line is.
  CHECK(doc.title == "Svar på interpellation från Olle Sten (V) om belysningen vid skolvägarna");
  CHECK(recognize_kind_explained(DocumentStructure(text)).reason.find("svar på interpellation") != std::string::npos);
}

TEST_CASE("kind: an interpellation headed by labels, citing a § in its running text", "[indexer][opening]") {
  const std::string text =
      "INTERPELLATION\n\n"
      "TILL:      Tekniska nämndens ordförande\n           Lars Holm (M)\n\n"
      "FRÅN:      Sara Lind (S)\n\n"
      "ANGÅENDE:  Vinterväghållningen i Norrby, Åsen och\n           Ekeby\n\n\n"
      "Nämnden har i sin internbudget för 2025 (TN\n"
      "§ 44/2024) minskat ramen för vinterväghållningen med två miljoner kronor,\n"
      "och flera vägar plogades inte i tid under januari.\n\n"
      "Jag vill fråga nämndens ordförande:\n\n"
      "   -  Hur många vägar plogades inte inom ett dygn?\n";
  const DocumentStructure structure(text);
  CHECK(structure.sections().empty());  // "§ 44/2024)" opens no section: it is cited
  const schema::Document doc = recognize_document(structure);
  CHECK(doc.kind == schema::Kind::Interpellation);
  CHECK(doc.title == "Vinterväghållningen i Norrby, Åsen och Ekeby");
  CHECK_FALSE(doc.paragraph);
}

TEST_CASE("a § cited at a line's start inside a sentence opens no section", "[indexer][opening]") {
  const DocumentStructure bracket("Inledning\n\nBeslutet fattades av nämnden i mars (BUN\n§ 12/2023) och gäller ännu.\n"
                                  "Mer text om detta följer här.\n");
  CHECK(bracket.sections().empty());
  const DocumentStructure sentence("Inledning\n\nSå säger den bestämmelse som nämnden tillämpar enligt\n"
                                   "§ 5 i förordningen om bidrag.\nMer text om detta följer här.\nOch här.\n");
  CHECK(sentence.sections().empty());
  // A real § after a finished sentence still opens one.
  const DocumentStructure real("Kommunstyrelsen\nSammanträdesdatum 2024-03-04\n\n§ 5\n\nBudget för 2025\n\n"
                               "Kommunstyrelsen beslutar att anta budgeten.\nBeslutet skickas till nämnderna.\n");
  REQUIRE(real.sections().size() == 1);
  CHECK(real.sections().front().heading == "Budget för 2025");
}

TEST_CASE("a § heading broken after a conjunction or preposition keeps its end", "[indexer][opening]") {
  const DocumentStructure structure(
      "Kommunstyrelsen\nSammanträdesdatum 2024-03-04\n\nKS § 88                 Dnr KS 24/311\n\n"
      "Ny gång- och cykelväg mellan Åby och\nNorrbyn längs väg 512\n\n"
      "Ärendebeskrivning\nTrafikverket har erbjudit kommunen att delta i finansieringen.\nMer text.\n");
  REQUIRE(structure.sections().size() == 1);
  CHECK(structure.sections().front().heading == "Ny gång- och cykelväg mellan Åby och Norrbyn längs väg 512");
  // "KS 24/311": a short year first, after a series code and a label.
  const auto numbers = recognize_diarienummer(structure.text());
  CHECK(std::find(numbers.begin(), numbers.end(), "KS 24/311") != numbers.end());
}

TEST_CASE("a § line with only its case number takes its heading from the next line", "[indexer][opening]") {
  const DocumentStructure structure("Byggnadsnämnden\nSammanträdesdatum 2023-05-10\n\n§ 41/2023 Dnr BN.2023.0112\n\n"
                                    "Bygglov för tillbyggnad av skola, Ekbacken 2:14\n\n"
                                    "Ärendet\nSökanden ansöker om bygglov.\nMer text.\n");
  REQUIRE(structure.sections().size() == 1);
  CHECK(structure.sections().front().heading == "Bygglov för tillbyggnad av skola, Ekbacken 2:14");
}

TEST_CASE("people: a heading above a name is no part of it; a signature block before the anslag", "[indexer][opening]") {
  std::string text =
      "Kommunstyrelsen\nSammanträdesdatum 2024-03-04\n\nKS § 88\n\nBudget för 2025\n\n"
      "Kommunstyrelsen beslutar att anta budgeten.\n\n"
      "Protokollsanteckning\nMaria Berg (V) lämnar en anteckning till protokollet.\n\n"
      "Vid protokollet\n\nKarin Sjö\nkommunsekreterare\n\n";
  // A long anslag notice after the signatures.
  for (int i = 0; i < 20; ++i) text += "Protokollet är justerat och anslaget enligt kommunallagen, rad " + std::to_string(i) + ".\n";
  const schema::Document doc = recognized(text);
  CHECK(has_person(doc, "Maria Berg"));
  CHECK_FALSE(has_person(doc, "Protokollsanteckning Maria Berg"));
  CHECK(has_person(doc, "Karin Sjö"));
}

TEST_CASE("a document viewer's controls and page title are site boilerplate", "[indexer][opening]") {
  CHECK(is_site_boilerplate("Svar på interpellation - bussar - Ekby kommun - [PDF Document]"));
  CHECK(is_site_boilerplate("Home"));
  CHECK(is_site_boilerplate("Documents"));
  CHECK(is_site_boilerplate("of 2"));
  CHECK(is_site_boilerplate("344 x 292  429 x 357  514 x 422"));
  CHECK_FALSE(is_site_boilerplate("Hemtjänsten i Ekby"));
  CHECK_FALSE(is_site_boilerplate("12 x 3 meter plank"));
}

TEST_CASE("samverkan: the union column holding union and name cells side by side", "[indexer][opening]") {
  const std::string text =
      "Ekby kommun\n\nMINNESANTECKNINGAR CENTRALA SAMVERKANSGRUPPEN (CSG)\n\nTidpunkt: 4 mars 2025 kl. 09:00\n\n"
      "För arbetsgivaren:                       För arbetstagarna:\n"
      "Lena Björk, kommundirektör               Vision          Pia Ström\n"
      "Nils Dahl, HR-direktör                   Kommunal        Ola Falk\n"
      "                                         Vårdförbundet   Eva Lind\n\n"
      "§ 1 Mötets öppnande\nKommundirektören hälsade välkommen.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  CHECK(doc.unions == std::vector<std::string>{"Vision", "Kommunal", "Vårdförbundet"});
  for (const char* name : {"Lena Björk", "Nils Dahl", "Pia Ström", "Ola Falk", "Eva Lind"}) CHECK(has_person(doc, name));
  const auto eva = person_named(doc, "Eva Lind");
  REQUIRE(eva != doc.people.end());
  CHECK(eva->union_name == "Vårdförbundet");
}

TEST_CASE("samverkan: names read before their roles or unions, and a representative away", "[indexer][opening]") {
  const std::string text =
      "EKBY KOMMUN\nTekniska förvaltningen\nPROTOKOLL\nSkyddskommittén\ntisdagen den 7 mars 2023\n\n"
      "Närvarande\nArbetsgivare\nOla Berg\nKim Sand\nförvaltningschef, ordförande\nenhetschef VA\n\n"
      "Arbetstagare\nAnna Frost\nBo Lunde\nKommunal, huvudskyddsombud\nVision\n\n"
      "Frånvarande\nJan Ek\nKommunal, skyddsombud\n\n"
      "1. Föregående protokoll\nProtokollet godkändes.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  CHECK(doc.title == "Skyddskommittén");  // no letterhead, no document type, no weekday line
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2023-03-07");
  for (const char* name : {"Ola Berg", "Kim Sand", "Anna Frost", "Bo Lunde", "Jan Ek"}) CHECK(has_person(doc, name));
  const auto kim = person_named(doc, "Kim Sand");
  REQUIRE(kim != doc.people.end());
  CHECK(kim->role == "enhetschef VA");
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Vision"});
  // Jan Ek was away; his union was there.
  CHECK(doc.unions_absent.empty());
}

TEST_CASE("an archive site's lines part the site title from the letterhead", "[indexer][opening]") {
  const std::string text =
      "Svar på interpellation - bussar - Ekby kommun - [PDF Document]\nHome\nDocuments\n"
      "Svar på interpellation - bussar - Ekby kommun\nof 2\nEmbed Size (px)\nCitation preview\nPage 1\n"
      "EKBY KOMMUN          Tekniska nämnden\n\n"
      "Svar på interpellation ställd av Bo Ek (L) om bussarna\n\nBo Ek (L) har ställt tre frågor till mig om "
      "bussarna i kommunens norra delar och om turtätheten.\n";
  const schema::Document doc = recognized(text);
  CHECK(doc.kind == schema::Kind::Interpellation);
  CHECK(doc.title == "Svar på interpellation - bussar - Ekby kommun");
}

TEST_CASE("interpellation: a page with the questions, then answers keyed 'Till fråga N'", "[indexer][opening]") {
  const std::string text =
      "Interpellation till kommunstyrelsens ordförande Per Dal (M) från Ann Ek (MP)\n\n"
      "Med anledning av detta vill jag fråga kommunstyrelsens ordförande:\n\n"
      "1. Hur många laddplatser planeras under 2025?\n"
      "2. Har bolaget fått något uppdrag om laddplatser?\n\n"
      "Ekby 2025-02-27\nAnn Ek (MP)\n\n"
      "Svar på interpellationen\n\n"
      "Till fråga 1: Bolaget planerar 80 nya laddplatser under 2025.\n\n"
      "Till fråga 2: Nej, inte i nuvarande ägardirektiv.\n\n"
      "Per Dal (M)\nKommunstyrelsens ordförande\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Interpellation);
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].asker == "Ann Ek");  // "… från Ann Ek (MP)": the interpellant
  CHECK(doc.exchanges[0].answer.starts_with("Till fråga 1: Bolaget planerar 80"));
  CHECK(doc.exchanges[1].answer.starts_with("Till fråga 2: Nej"));
}

TEST_CASE("a § answering an interpellation carries its questions", "[indexer][opening]") {
  const std::string text =
      "KOMMUNFULLMÄKTIGE\nSAMMANTRÄDESPROTOKOLL\n2024-04-25\n\nKF § 31                 Dnr KS 2024/120\n\n"
      "Svar på interpellation från Eva Berg (V) om skolmaten\n\n"
      "Bakgrund\nEva Berg (V) har inkommit med en interpellation och ställer följande frågor:\n\n"
      "1. Hur stor andel av maten lagas på plats?\n2. Kommer andelen ekologiska livsmedel att öka?\n\n"
      "Överläggning\nOla Sten (S) besvarar interpellationen.\n\n"
      "Beslut\nKommunfullmäktige förklarar interpellationen besvarad.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Paragraf);
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].question == "Hur stor andel av maten lagas på plats?");
  CHECK(doc.exchanges[1].question == "Kommer andelen ekologiska livsmedel att öka?");
  CHECK(doc.exchanges[0].section == "Svar på interpellation från Eva Berg (V) om skolmaten");
}

TEST_CASE("interpellation: each question opens the paragraph that answers it", "[indexer][opening]") {
  const std::string text =
      "Svar på interpellation angående bussarna till Norrvik\n\n"
      "Bo Lind (KD) har i en interpellation till kommunstyrelsens ordförande ställt frågor om bussarna.\n\n"
      "Har kommunen fått något underlag om hur många resenärer\nsom berörs av de indragna turerna?\n"
      "Ja. Enligt statistiken gjordes 64 påstigningar per vardag.\n\n"
      "Är kommunen beredd att bekosta extra turer?\nNej, inte innan regionen har redovisat sin översyn.\n\n"
      "Ekby den 5 december 2023\n\nEva Holm (S)\nKommunalråd\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].asker == "Bo Lind");  // "NAMN (KD) har i en interpellation …"
  CHECK(doc.exchanges[0].question == "Har kommunen fått något underlag om hur många resenärer som berörs av de indragna turerna?");
  CHECK(doc.exchanges[0].answer == "Ja. Enligt statistiken gjordes 64 påstigningar per vardag.");
  CHECK(doc.exchanges[1].answer == "Nej, inte innan regionen har redovisat sin översyn.");
}

TEST_CASE("samverkan: a qualified group is its own body; union lines among the employer's", "[indexer][opening]") {
  const std::string text =
      "Ekby kommun\nBildningsförvaltningen\n\nLokal samverkansgrupp (LSG) grundskolan\n\n"
      "Tid  onsdagen den 15 november 2023, kl. 14.00–16.00\n\n"
      "Närvarande\nAnna Hög, förvaltningschef, ordförande\nJohan Ljung, rektor\n"
      "Kajsa Berg, huvudskyddsombud, Sveriges Lärare\nNils Fors, skyddsombud, Kommunal\n\n"
      "Frånvarande\nHans Öst, skyddsombud, Kommunal\nLinda Rönn, skolsköterska, Vårdförbundet\n\n"
      "1. Föregående anteckningar\nAnteckningarna godkändes.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  CHECK(doc.organ == "Lokala samverkansgruppen");
  CHECK(doc.unions == std::vector<std::string>{"Sveriges Lärare", "Kommunal"});
  // Kommunal came (Nils Fors) though Hans Öst did not; nobody came for Vårdförbundet.
  CHECK(doc.unions_absent == std::vector<std::string>{"Vårdförbundet"});
}

TEST_CASE("web page chrome: cookie buttons and the menu above the breadcrumb", "[indexer][opening]") {
  const std::string text =
      "Vi använder kakor (cookies) för att webbplatsen ska fungera.\n"
      "Acceptera alla kakor    Endast nödvändiga kakor    Inställningar\n"
      "Ekby kommun\nSök på webbplatsen\nMeny\nBarn och utbildning\nOmsorg och stöd\nBygga, bo och miljö\n"
      "Kommun och politik\nStart / Kommun och politik / Kommunfullmäktige / Interpellation om laddplatser\n\n"
      "Interpellation om laddplatser\n\nInterpellation till kommunstyrelsens ordförande Per Dal (M) från Ann Ek (MP)\n\n"
      "Mina frågor är:\n• Hur många laddpunkter finns i dag?\n• När byggs fler?\n";
  const DocumentStructure structure(text);
  CHECK(std::find(structure.boilerplate().begin(), structure.boilerplate().end(), "Omsorg och stöd") !=
        structure.boilerplate().end());
  CHECK(std::find(structure.boilerplate().begin(), structure.boilerplate().end(), "Ekby kommun") ==
        structure.boilerplate().end());  // the site's name stays: it names the municipality
  const schema::Document doc = recognize_document(structure);
  CHECK(doc.kind == schema::Kind::Interpellation);
  CHECK(doc.title == "Interpellation om laddplatser");
  CHECK(doc.municipality == "Ekby");
  CHECK(doc.exchanges.size() == 2);
}

TEST_CASE("organ: a genitive broken from its organ word by a letterhead cell", "[indexer][opening]") {
  const std::string text =
      "EKBY KOMMUN                SAMMANTRÄDESPROTOKOLL            1 (9)\n"
      "                           Sammanträdesdatum\n"
      "Kommunstyrelsens           2023-10-16\narbetsutskott\n\n"
      "Plats och tid              Kommunhuset, kl. 09.00\n\nAu 142\n\nBudgetuppföljning per augusti 2023 –\n"
      "kommunstyrelsens verksamheter\n\nArbetsutskottet beslutar att lägga uppföljningen till handlingarna.\nMer text.\n";
  const DocumentStructure structure(text);
  const schema::Document doc = recognize_document(structure);
  CHECK(doc.organ == "Kommunstyrelsens arbetsutskott");
  REQUIRE(structure.sections().size() == 1);
  CHECK(structure.sections().front().heading == "Budgetuppföljning per augusti 2023 – kommunstyrelsens verksamheter");
}

TEST_CASE("interpellation: a list of questions answered in turn by as many paragraphs", "[indexer][opening]") {
  const std::string answers =
      "Ansvaret för själva prepareringen av lederna ligger hos de ideella ledföreningarna, som får bidrag.\n\n"
      "Kommunen sökte medel ur det statliga anslaget för skoterleder 2023 men fick avslag på sin ansökan.\n\n";
  const std::string head =
      "SVAR PÅ INTERPELLATION OM SKOTERLEDERNA\n\nOla Gran (SUL) har interpellerat mig om skoterlederna.\n\n"
      "Ola Gran frågar:\n– Vem har ansvaret för lederna?\n– Varför har kommunen inte sökt medel?\n\n";
  const schema::Document doc = recognized(head + answers + "/Eva Holm (S)\nKommunstyrelsens ordförande\n");
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].answer.starts_with("Ansvaret för själva"));
  CHECK(doc.exchanges[1].answer.starts_with("Kommunen sökte medel"));
  CHECK(has_person(doc, "Eva Holm"));  // "/Eva Holm (S)": the slash is the signature's
  // A third paragraph: no longer one for each question, so in turn says nothing — but each
  // answer still shares its question's words ("ansvaret", "lederna"; "sökt", "medel"), and the
  // closing words share too few with either to be taken for an answer.
  const schema::Document more = recognized(
      head + answers + "Jag ser fram emot att fortsätta dialogen med ledföreningarna och med alla som åker skoter.\n\n"
                       "/Eva Holm (S)\n");
  REQUIRE(more.exchanges.size() == 2);
  CHECK(more.exchanges[0].answer.starts_with("Ansvaret för själva"));
  CHECK(more.exchanges[1].answer.starts_with("Kommunen sökte medel"));
  // Paragraphs that share nothing with the questions answer neither.
  const schema::Document unrelated = recognized(
      head + "Tack för interpellationen.\n\nJag återkommer i frågan när utredningen är klar.\n\n"
             "Jag ser fram emot en fortsatt dialog.\n\n/Eva Holm (S)\n");
  REQUIRE(unrelated.exchanges.size() == 2);
  CHECK(unrelated.exchanges[0].answer.empty());
  CHECK(unrelated.exchanges[1].answer.empty());
}

TEST_CASE("a § that writes out its answers question by question", "[indexer][opening]") {
  const std::string text =
      "KOMMUNFULLMÄKTIGE\nSAMMANTRÄDESPROTOKOLL\n2024-04-25\n\n§ 58                 Dnr 2024/KS 0112 001\n\n"
      "Svar på interpellation från Eva Berg (SD) till barn- och utbildningsnämndens\nordförande om skolskjutsarna\n"
      "i Lagan och Ryssby\n\nEva Berg (SD) har ställt följande frågor:\n\n"
      "1. Hur många elever har en restid över 60 minuter?\n2. Har nämnden ställt krav på entreprenören?\n\n"
      "Ola Sten (C) besvarar interpellationen.\n\nTill fråga 1: Enligt sammanställningen gäller det 14 elever.\n\n"
      "Till fråga 2: Ja, i avtalet från 2023.\n\nBeslut\nInterpellationen förklaras besvarad.\n";
  const DocumentStructure structure(text);
  REQUIRE(structure.sections().size() == 1);
  CHECK(structure.sections().front().heading ==
        "Svar på interpellation från Eva Berg (SD) till barn- och utbildningsnämndens ordförande om skolskjutsarna "
        "i Lagan och Ryssby");
  const schema::Document doc = recognize_document(structure);
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].answer.starts_with("Till fråga 1: Enligt sammanställningen"));
  CHECK(doc.exchanges[1].answer.starts_with("Till fråga 2: Ja"));
}

TEST_CASE("a running header beside each page marker is furniture, an exchange runs on past it", "[indexer][opening]") {
  std::string text =
      "Ekby kommun                                 PROTOKOLL FSG 4/2024\nSocialförvaltningen                         1(3)\n\n"
      "Förvaltningsgrupp (FSG) socialförvaltningen\n\nNärvarande:\nFör arbetsgivaren: Eva Ek, förvaltningschef\n"
      "Fackliga organisationer\nKommunal: Pia Sjö\nVision: Ola Dahl\n\n"
      "1. Bemanning i korttidsverksamheten\n";
  for (int i = 0; i < 30; ++i) text += "Förvaltningen redogjorde för bemanningen under sommaren vecka " + std::to_string(i) + ".\n";
  text += "Vision påpekade att ingen vikarie har anställts för\narbetsterapeuterna i korttidsverksamheten.\n"
          "                                            PROTOKOLL FSG 4/2024\n                                            2(3)\n\n"
          "Arbetsgivaren svarar att tjänsten annonseras igen.\n\n"
          "2. Lönekartläggning\nKommunal föreslog att kartläggningen redovisas i juni.\nArbetsgivaren noterar förslaget.\n"
          "                                            PROTOKOLL FSG 4/2024\n                                            3(3)\n\n3. Scheman\nPia Sjö påtalade att "
          "schemat för helgerna inte är klart.\nArbetsgivaren berättade att schemat är klart i maj.\n";
  const DocumentStructure structure(text);
  const auto& furniture = structure.furniture();
  CHECK(std::count(furniture.begin(), furniture.end(), "PROTOKOLL FSG 4/2024") == 2);
  const schema::Document doc = recognize_document(structure);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  auto exchange_of = [&](const std::string& asker) {
    return std::find_if(doc.exchanges.begin(), doc.exchanges.end(), [&](const auto& e) { return e.asker == asker; });
  };
  const auto vision = exchange_of("Vision");
  REQUIRE(vision != doc.exchanges.end());
  CHECK(vision->question == "Vision påpekade att ingen vikarie har anställts för arbetsterapeuterna i korttidsverksamheten.");
  CHECK(vision->answer == "Arbetsgivaren svarar att tjänsten annonseras igen.");
  const auto kommunal = exchange_of("Kommunal");
  REQUIRE(kommunal != doc.exchanges.end());
  CHECK(kommunal->answer == "Arbetsgivaren noterar förslaget.");
  const auto person = exchange_of("Pia Sjö");  // a representative asking in person
  REQUIRE(person != doc.exchanges.end());
  CHECK(person->affiliation == "Kommunal");
  CHECK(person->answer == "Arbetsgivaren berättade att schemat är klart i maj.");
}

TEST_CASE("samverkan: side-by-side headings without colons, a union and its name run together", "[indexer][opening]") {
  const std::string text =
      "EKBY KOMMUN                                      PROTOKOLL\nCentral samverkansgrupp (CSG)                    Nr 7/2023\n\n"
      "Tid: tisdag 26 september 2023, klockan 09.00–11.30\n\nNärvarande\n"
      "Arbetsgivare                                 Arbetstagare\n"
      "Lena Falk, kommundirektör                    Kommunal          Rolf Hed\n"
      "Jonas Ås, HR-chef                            Vision            Anja Ryd\n"
      "                                             Akademikerförbundet SSR  Hanna Lind\n"
      "Adjungerad                                   Förhinder\n"
      "Sofia Hamm, arbetsmiljöstrateg               Ledarna\n\n"
      "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Dagordning\nDagordningen godkändes.\n\n§ 3 Budget\nBudgeten redovisades.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  CHECK(doc.organ == "Centrala samverkansgruppen");
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Vision", "Akademikerförbundet SSR"});
  CHECK(doc.unions_absent == std::vector<std::string>{"Ledarna"});
  for (const char* name : {"Lena Falk", "Jonas Ås", "Rolf Hed", "Anja Ryd", "Hanna Lind", "Sofia Hamm"})
    CHECK(has_person(doc, name));
}

TEST_CASE("samverkan: a column read before its neighbour, each cell a paragraph of its own", "[indexer][opening]") {
  const std::string text =
      "EKBY KOMMUN\nVård- och omsorgsförvaltningen\n\nPROTOKOLL\nLokal samverkansgrupp (LSG) hemtjänsten\n\n"
      "Tid: torsdag 6 oktober 2022, klockan 13.30\n\nFör arbetsgivaren:\n\nMarie Lund\n\nPeter Skog\n\n"
      "verksamhetschef, ordförande\n\nenhetschef Solbacken\n\nFör arbetstagarna:\n\nKerstin Wahl\n\nBritt Ljung\n\n"
      "Kommunal\n\nVårdförbundet\n\nFrånvarande:\nEmma Kran, Kommunal\n\n"
      "1. Mötets öppnande\nMötet öppnades.\n\n2. Dagordning\nGodkändes.\n\n3. Budget\nBudgeten redovisades.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Samverkan);
  const auto peter = person_named(doc, "Peter Skog");
  REQUIRE(peter != doc.people.end());
  CHECK(peter->role == "enhetschef Solbacken");
  const auto britt = person_named(doc, "Britt Ljung");
  REQUIRE(britt != doc.people.end());
  CHECK(britt->union_name == "Vårdförbundet");
  const auto emma = person_named(doc, "Emma Kran");
  REQUIRE(emma != doc.people.end());
  CHECK(emma->role == "frånvarande");
  CHECK(doc.unions_absent.empty());  // Kommunal came, Emma Kran did not
}

TEST_CASE("people: the officer who wrote a cited tjänsteskrivelse", "[indexer][opening]") {
  const std::string text =
      "Barn- och utbildningsnämnden\nSammanträdesdatum 2023-04-12\n\nBUN § 37\n\nSkolorganisation i norra kommundelen\n\n"
      "Nämnden beslutar att anta förslaget.\n\nBeslutsunderlag\n"
      "Tjänsteskrivelse från utbildningschef Malin Ståhl, 2023-03-28\n"
      "Tjänsteutlåtande från trafikplanerare Josefin Amrén 2021-02-08\n"
      "Skrivelse från Region Ekby om skolskjutsar\n";
  const schema::Document doc = recognized(text);
  const auto malin = person_named(doc, "Malin Ståhl");
  REQUIRE(malin != doc.people.end());
  CHECK(malin->role == "utbildningschef");
  CHECK(has_person(doc, "Josefin Amrén"));
  CHECK_FALSE(has_person(doc, "Region Ekby"));
}

TEST_CASE("a form's labels over their values; a registry stamp names no organ", "[indexer][opening]") {
  const std::string form =
      "EKBY KOMMUN                         TJÄNSTESKRIVELSE                  1(4)\n"
      "Kultur- och fritidsförvaltningen    Datum                 Diarienummer\n"
      "                                    2023-02-27            KFN-2023/0045.821\n\n"
      "Utredning om simhallarna\n\nBakgrund\nKommunfullmäktige gav 2021-11-25 nämnden i uppdrag att utreda driften.\n\n"
      "Beslutsunderlag\nUtredning, 2023-02-20\n";
  const schema::Document doc = recognized(form);
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2023-02-27");
  CHECK(doc.diarienummer == std::vector<std::string>{"KFN-2023/0045.821"});
  const std::string motion =
      "                                   EKBY KOMMUN\n                                   Kommunstyrelsen\n"
      "                                   Inkom 2024-10-16\n                                   Dnr KS 24/311\n\n"
      "Till kommunfullmäktige i Ekby kommun\n\nMotion om tillagningsköken\n\nVi anser att köken ska vara kvar.\n\n"
      "Ekby den 14 oktober 2024\n\nAnna Berg (C)\n";
  CHECK(recognized(motion).organ == "Kommunfullmäktige");  // addressed, not the registry that received it
  CHECK(recognized(motion).title == "Motion om tillagningsköken");  // the addressee line is no title
}

TEST_CASE("a registry's receipt stamp 'Ink' without its full stop dates nothing; the signature does",
          "[indexer][opening]") {
  const std::string text =
      "                                   EKBY KOMMUN\n                                   Kommunstyrelsen\n"
      "                                   Ink 2012-03-06\n                                   Dnr 2012/64\n\n"
      "Till kommunfullmäktige i Ekby kommun\n\nINTERPELLATION\n\ntill ordföranden i nämnden, Göran Ek (S)\n\n"
      "Om skolskjutsarna\n\nHur länge ska barnen vänta på bussen?\n\nÅby den 5 mars 2012\n\nAnna Berg (C)\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2012-03-05");
  CHECK(doc.organ == "Kommunfullmäktige");
}

TEST_CASE("the letterhead's municipality over a neighbour the text names twice", "[indexer][opening]") {
  const std::string text =
      "EKBY KOMMUN                          PROTOKOLLSUTDRAG                 1 (2)\n"
      "                                     Sammanträdesdatum\nKommunfullmäktige                    2025-06-16\n\n"
      "Kf § 112                             Dnr KS 2024/318\n\nNy simhall\n\n"
      "Norrviks kommun har visat intresse för simtider.\nKommunen beslutar att bygga simhallen.\n"
      "Elin Ström (KD) vill att kommunen prövar om Norrviks kom-\nmun kan bli delägare.\n";
  CHECK(recognized(text).municipality == "Ekby");
}

TEST_CASE("titles: a bare document type is no heading; a flattened heading stops at its body", "[indexer][opening]") {
  const schema::Document answer = recognized(
      "EKBY KOMMUN\nSVAR PÅ INTERPELLATION\n\nSvar på interpellation från Ola Berg (L) om elevhälsan\n\n"
      "Ola Berg (L) har frågat mig om elevhälsan.\n");
  CHECK(answer.title == "Svar på interpellation från Ola Berg (L) om elevhälsan");
  const schema::Document labelled = recognized(
      "INTERPELLATION MED SVAR\nInterpellation nr 3/2026\n\nINTERPELLATIONEN STÄLLD TILL: Kommunstyrelsens ordförande\n\n"
      "Interpellation om tågstoppen i Ekby\n\nTågen stannar inte längre i Ekby.\n");
  CHECK(labelled.title == "Interpellation om tågstoppen i Ekby");
  const schema::Document flattened = recognized(
      "Svar på interpellation om bredbandet i Norrby - 2025-05-06 - 5dok.org\n"
      "Svar på interpellation om bredbandet i Norrby\nMaria Ek (KD) har ställt en interpellation till kommunstyrelsens\n"
      "ordförande om bredbandet i de västra delarna av kommunen, och jag svarar\nsom ansvarigt kommunalråd.\n");
  CHECK(flattened.title == "Svar på interpellation om bredbandet i Norrby");
  CHECK_FALSE(flattened.date);  // the site's upload date went with its title line
}

TEST_CASE("a cookie banner in prose, and its buttons", "[indexer][opening]") {
  CHECK(is_site_boilerplate("Vissa kakor är nödvändiga för att webbplatsen ska fungera. Med ditt samtycke använder vi även kakor."));
  CHECK(is_site_boilerplate("Acceptera alla   Bara nödvändiga   Anpassa"));
  CHECK_FALSE(is_site_boilerplate("Kommunen har antagit en policy för kakor på sina webbplatser."));
}

TEST_CASE("samverkan titles: a type line in capitals over or under the group's own heading", "[indexer][opening]") {
  const std::string over =
      "EKBY KOMMUN\nMiljöförvaltningen\n\nPROTOKOLL SAMVERKANSGRUPP\nMiljöförvaltningens samverkansgrupp, möte 3/2026\n\n"
      "Datum: 2026-03-02\n\nNärvarande\nArbetsgivare: Ulla Ek, miljöchef\nVision: Bo Ny\n\n"
      "1. Information\nUlla Ek informerade.\n\n2. Övrigt\nInget.\n";
  CHECK(recognized(over).title == "Miljöförvaltningens samverkansgrupp, möte 3/2026");
  const std::string under =
      "EKBY KOMMUN                                   PROTOKOLL\nLokal samverkansgrupp (LSG)                   Nr 2/2026\n\n"
      "Datum: 2026-03-02\n\nNärvarande\nArbetsgivare: Ulla Ek, rektor\nVision: Bo Ny\n\n"
      "1. Information\nUlla Ek informerade.\n\n2. Övrigt\nInget.\n";
  CHECK(recognized(under).title == "Lokal samverkansgrupp (LSG)");
  const std::string type_word =
      "EKBY KOMMUN\n\nMINNESANTECKNINGAR\nSkyddskommittén teknik och fritid\n\nDatum: 2026-03-02\n\n"
      "Närvarande\nArbetsgivare: Ulla Ek, teknisk chef\nVision: Bo Ny\n\n1. Information\nInget.\n\n2. Övrigt\nInget.\n";
  CHECK(recognized(type_word).title == "Skyddskommittén teknik och fritid");
  const std::string meeting_number =
      "EKBY KOMMUN\n\nPROTOKOLL SAMVERKANSGRUPP (SVG) TEKNIK\nMöte 2/2026\n\nDatum: 2026-03-02\n\n"
      "Närvarande\nArbetsgivare: Ulla Ek, teknisk chef\nVision: Bo Ny\n\n1. Information\nInget.\n\n2. Övrigt\nInget.\n";
  CHECK(recognized(meeting_number).title == "PROTOKOLL SAMVERKANSGRUPP (SVG) TEKNIK");
  const std::string fuller_below =
      "EKBY KOMMUN\nTekniska förvaltningen\nPROTOKOLL\nSkyddskommittén\n\nSkyddskommittén, tekniska förvaltningen, möte 2/2026\n\n"
      "Datum: 2026-03-02\n\nNärvarande\nArbetsgivare: Ulla Ek, teknisk chef\nVision: Bo Ny\n\n1. Information\nInget.\n\n"
      "2. Övrigt\nInget.\n";
  CHECK(recognized(fuller_below).title == "Skyddskommittén, tekniska förvaltningen, möte 2/2026");
  const std::string labels_below =
      "EKBY KOMMUN                                Protokoll nr 7/2026\nCentral samverkansgrupp, CSG               Diarienummer\n"
      "                                           KS 2026/19\nDatum       2026-10-06\nTid         08.30–11.10\n\n"
      "Närvarande\nArbetsgivare: Ulla Ek, kommunchef\nVision: Bo Ny\n\n1. Information\nInget.\n\n2. Övrigt\nInget.\n";
  CHECK(recognized(labels_below).title == "Central samverkansgrupp, CSG");
}

TEST_CASE("an answer naming its interpellant in the genitive, questions beside their answers in a table",
          "[indexer][opening]") {
  const std::string text =
      "Ekby kommun\nKommunstyrelsen                                   Sida 1 av 1\n\n"
      "                                   Datum: 2026-02-02\n\n"
      "Till kommunfullmäktige\n\n"
      "Svar på Eva Strands (C) interpellation om snöröjningen\ni byarna\n\n"
      "Eva Strand (C) har den 12 januari 2026 lämnat in en interpellation till\n"
      "kommunstyrelsens ordförande. Hon ställer två frågor.\n\n"
      "Fråga                                        Svar\n\n"
      "1. Hur ofta plogas vägarna till\nbyarna i dag?\n"
      "                                             Vägarna plogas när det\n"
      "                                             fallit fem centimeter.\n\n"
      "2. Vad kostar en extra plogning?\n"
      "                                             En extra plogning kostar\n"
      "                                             40 000 kronor.\n\n"
      "Ola Berg (S)\nKommunstyrelsens ordförande\n";
  const schema::Document doc = recognized(text);
  CHECK(doc.kind == schema::Kind::Interpellation);
  CHECK(doc.title == "Svar på Eva Strands (C) interpellation om snöröjningen i byarna");
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].asker == "Eva Strand");
  CHECK(doc.exchanges[0].question == "Hur ofta plogas vägarna till byarna i dag?");
  CHECK(doc.exchanges[0].answer.starts_with("Vägarna plogas"));
  CHECK(doc.exchanges[1].answer.starts_with("En extra plogning"));
}

TEST_CASE("answers keyed to their questions by ordinal: Till den första frågan", "[indexer][opening]") {
  const std::string text =
      "EKBY KOMMUN                        INTERPELLATIONSSVAR\n\n"
      "Svar på interpellation från Per Holm (V) om fritidsgårdarna\n\n"
      "Per Holm (V) har ställt följande frågor till mig:\n\n"
      "  – Hur många besökare hade fritidsgårdarna i fjol?\n"
      "  – Varför stängs gården i Norrby?\n\n"
      "Jag svarar så här.\n\n"
      "Till den första frågan: Gårdarna hade 12 000 besök i fjol.\n\n"
      "Till den andra frågan: Lokalen i Norrby ska rivas.\n\n"
      "Ekby den 3 mars 2026\n\nAnna Sten (S)\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].answer.starts_with("Till den första frågan: Gårdarna"));
  CHECK(doc.exchanges[1].answer.starts_with("Till den andra frågan: Lokalen"));
}

TEST_CASE("protocol attendance: a place column beside the names, a label before a list, a name broken at a line's end",
          "[indexer][opening]") {
  const std::string text =
      "Ekby kommun                           PROTOKOLL\nGemensamma nämnden        2025-10-08\n\n"
      "Ledamöter                                 Ersättare\n"
      "Gun Ek (S), Uddevalla,                    Hans Ny (M), Munkedal\n"
      "ordförande                                Selma Ros (S), Uddevalla\n"
      "Olle Lind (C), Munkedal\n"
      "Ann-Britt Holm (SD), Uddevalla\n\n"
      "Tjänstepersoner: Lisa Kron, kultur- och fritidschef; Peter\n"
      "Sahl, bibliotekschef (§ 17); Ida Öst, nämndsekreterare\n\n"
      "§ 21\nVal av justerare\nOlle Lind utses att justera.\n";
  const schema::Document doc = recognized(text);
  for (const char* name : {"Gun Ek", "Hans Ny", "Selma Ros", "Olle Lind", "Ann-Britt Holm", "Lisa Kron", "Peter Sahl", "Ida Öst"})
    CHECK(has_person(doc, name));
  for (const auto& p : doc.people) {
    CHECK(p.name.find("Munkedal") == std::string::npos);
    CHECK(p.name.find("Uddevalla") == std::string::npos);
    CHECK(p.name.find(':') == std::string::npos);
  }
}

TEST_CASE("a motion under a party's letterhead and a registry stamp; a unit's line over a tjänsteskrivelse",
          "[indexer][opening]") {
  const std::string motion =
      "                                  EKBY KOMMUN\n                                  Kommunstyrelsen\n"
      "                                  Inkom 2026-04-10\n                                  Dnr KS 2026-0119\n\n"
      "Vänsterpartiet i Ekby\n\nMOTION TILL KOMMUNFULLMÄKTIGE\n\nInför gratis kollektivtrafik för unga\n\n"
      "Många unga i kommunen saknar möjlighet att ta sig till fritidsaktiviteter.\n";
  const schema::Document a = recognized(motion);
  CHECK(a.kind == schema::Kind::Annat);
  CHECK(a.title == "Inför gratis kollektivtrafik för unga");
  CHECK(a.organ == "Kommunfullmäktige");  // the body the motion is put to, not the registry's stamp
  const std::string memo =
      "EKBY KOMMUN\nKommunledningsförvaltningen\nEkonomiavdelningen\n\nTJÄNSTESKRIVELSE\n"
      "Datum                    Diarienummer\n2026-02-26               KS 2026:87\n\n"
      "Budgetuppföljning februari\n\nFörslag till beslut\nKommunstyrelsen beslutar att lägga rapporten till handlingarna.\n";
  CHECK(recognized(memo).title == "Budgetuppföljning februari");
}

TEST_CASE("a news item is dated by the meeting it reports, the year taken from its publication stamp",
          "[indexer][opening]") {
  const std::string text =
      "Hoppa till innehållet\nEkby kommun\n\nStart / Kommun och politik / Nyheter / Nytt bibliotek i Norrby\n\n"
      "Nytt bibliotek i Norrby\n\nPublicerad: 3 februari 2026\n\n"
      "Ekby får ett nytt bibliotek. Det beslutade kommunfullmäktige på sitt sammanträde i\n"
      "stadshuset måndagen den 2 februari. Beslutet fattades efter omröstning.\n\n"
      "Nästa sammanträde är den 9 mars 2026.\n";
  const schema::Document doc = recognized(text);
  CHECK(doc.kind == schema::Kind::Annat);
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2026-02-02");
  CHECK(doc.organ == "Kommunfullmäktige");
  // Over a new year: a December meeting reported in January is last year's.
  const std::string january =
      "Nyheter\n\nPublicerad 8 januari 2026\n\nVid fullmäktiges sammanträde den 15 december antogs budgeten.\n";
  const schema::Document late = recognized(january);
  REQUIRE(late.date);
  CHECK(late.date->iso() == "2025-12-15");
}

TEST_CASE("officers who present a case or wrote its tjänsteskrivelse; a one-letter local party", "[indexer][opening]") {
  const std::string text =
      "EKBY KOMMUN\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2026-03-02\n\n"
      "§ 12  Dnr KS 2026/31\nArkivreglemente\n\n"
      "Föredragande kommunarkivarie Stina Falk redogör för ärendet.\n"
      "Exploateringschef Olle Rask föredrar ärendet.\n"
      "Kommunens trafiksamordnare Mia Holt har tagit fram ett förslag.\n"
      "Eva-Lena Björk (D) lämnar en protokollsanteckning.\n\n"
      "Beslutsunderlag\nTjänsteskrivelse, Nils Ek, 2026-02-20\nTjänsteskrivelse, bilaga 3\n";
  const schema::Document doc = recognized(text);
  for (const char* name : {"Stina Falk", "Olle Rask", "Mia Holt", "Nils Ek", "Eva-Lena Björk"}) CHECK(has_person(doc, name));
  REQUIRE(has_person(doc, "Olle Rask"));
  CHECK(person_named(doc, "Olle Rask")->role == "exploateringschef");
  CHECK(std::find(doc.parties.begin(), doc.parties.end(), "D") != doc.parties.end());
}

TEST_CASE("an interpellation form with its answer: numbered questions, then under SVAR numbered answers",
          "[indexer][opening]") {
  const std::string text =
      "EKBY KOMMUN          | Dnr KS/2026:12\n\nINTERPELLATION MED SVAR\n\nÄmne: Bussarna till Norrby\n\n"
      "Ställd till:  Kommunstyrelsens ordförande Ulla Ek (S)\nStälld av:    Bo Sten (SD)\n\n"
      "Mina frågor är:\n\n1. Hur många turer ställdes in i fjol?\n\n2. Vad gör kommunen åt det?\n\n"
      "Bo Sten (SD)\n\n--------\n\nSVAR\n\nJag svarar så här:\n\n"
      "1. Enligt trafikbolaget ställdes 40 turer in,\n   de flesta i december.\n\n"
      "2. Kommunen har begärt en åtgärdsplan.\n\nUlla Ek (S)\n";
  const schema::Document doc = recognized(text);
  CHECK(doc.kind == schema::Kind::Interpellation);
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].asker == "Bo Sten");
  CHECK(doc.exchanges[0].answer.starts_with("1. Enligt trafikbolaget ställdes 40 turer in, de flesta"));
  CHECK(doc.exchanges[1].answer.starts_with("2. Kommunen har begärt"));
}

TEST_CASE("a name does not take the last word of the line above", "[indexer][opening]") {
  const std::string text =
      "Ekby kommun\nKommunstyrelsen\n\nSvar på interpellation om bredbandet i Norrby och Djupa\n"
      "Maja Lind (KD) har ställt en interpellation om bredbandet.\n"
      "Reservationer\nOlle Berg (V) reserverar sig.\n";
  const schema::Document doc = recognized(text);
  CHECK(has_person(doc, "Maja Lind"));
  CHECK(has_person(doc, "Olle Berg"));
  for (const auto& p : doc.people) {
    CHECK(p.name.find("Djupa") == std::string::npos);
    CHECK(p.name.find("Reservationer") == std::string::npos);
  }
}

TEST_CASE("a letter's date in its letterhead, not a registry stamp's; questions quoted or in a table column",
          "[indexer][opening]") {
  const std::string table =
      "EKBY KOMMUN\nTekniska nämnden\n2026-05-04\nDnr TN 2026/143\n\nTill kommunfullmäktige\n\n"
      "Interpellationssvar – cykelväg längs väg 157\nInterpellant: Maria Holm (SD)\nSvarande: Per Sjö (KD)\n\n"
      "Bakgrund\nMaria Holm (SD) har ställt två frågor. Svaren lämnas i tabellform nedan.\n\n"
      "Nr\n1\n2\nFråga\nNär beräknas gång- och\ncykelvägen stå klar?\nHur stor del av kostnaden\nbetalar kommunen?\n"
      "Svar\nEnligt tidplanen byggs den 2027.\nKommunen betalar hälften.\n";
  const schema::Document a = recognized(table);
  CHECK(a.kind == schema::Kind::Interpellation);
  CHECK(a.title == "Interpellationssvar – cykelväg längs väg 157");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2026-05-04");
  REQUIRE(a.exchanges.size() == 2);
  CHECK(a.exchanges[0].question == "När beräknas gång- och cykelvägen stå klar?");

  const std::string stamped =
      "                    EKBY KOMMUN\n                    KOMMUNSTYRELSEN\n                    Ink: 2023-10-04\n\n"
      "Interpellation till kommunstyrelsens ordförande Eva Ek (S)\nom bostäderna\n\n"
      "Jag vill fråga:\n\n”Hur många bostäder byggs i år?”\n\n”När börjar bygget i Norrby?”\n\nOlle Berg (V)\n";
  const schema::Document b = recognized(stamped);
  CHECK_FALSE(b.date);  // the receipt stamp's date is not the interpellation's
  REQUIRE(b.exchanges.size() == 2);
  CHECK(b.exchanges[0].question == "Hur många bostäder byggs i år?");
}

TEST_CASE("a news page: its cookie notice, its menu on one line, a breadcrumb broken over two lines", "[indexer][opening]") {
  const std::string text =
      "Vi använder kakor\nEkby kommun använder kakor för att webbplatsen ska fungera och för\n"
      "statistik. [Acceptera alla]  [Neka]  [Läs mer om kakor]\nGå direkt till innehåll\nEkby kommun\n"
      "Bo och leva   Utbildning   Omsorg   Kommun och politik   Näringsliv\n"
      "Du är här: Startsida > Kommun och politik > Nyheter > Fullmäktige\nbeslutade om nytt äldreboende\n"
      "Fullmäktige beslutade om nytt äldreboende\nPublicerad 24 september 2026\n"
      "Vid sammanträdet onsdagen den 23 september beslutade fullmäktige att bygga ett nytt boende.\n"
      "Interpellation om bussarna\nEva Ek (MP) hade ställt en interpellation om busslinjen.\n";
  const schema::Document doc = recognized(text);
  CHECK(doc.kind == schema::Kind::Annat);  // a news item that reports an interpellation
  CHECK(doc.title == "Fullmäktige beslutade om nytt äldreboende");
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2026-09-23");
  CHECK(doc.organ == "Kommunfullmäktige");
}

TEST_CASE("an e-service printout: the proposal's heading field, its name field, its own reference number",
          "[indexer][opening]") {
  const std::string text =
      "EKBY KOMMUN\nE-tjänst: Lämna medborgarförslag\nUtskrift av inskickat ärende\n\n"
      "Ärendenummer (e-tjänst)          MF-2026-00087\nInskickat                        2026-04-14 10:32\n"
      "Diarienummer                     KS 2026/64\n\nUppgifter om förslagsställaren\nNamn\nElsa Nyström\n\n"
      "Förslagets rubrik\nÖppna en mötesplats för äldre i\nNorrby\n\nBeskriv ditt förslag\nSedan affären stängde finns ingen plats.\n";
  const schema::Document doc = recognized(text);
  CHECK(doc.title == "Öppna en mötesplats för äldre i Norrby");
  CHECK(doc.diarienummer == std::vector<std::string>{"KS 2026/64"});
  CHECK(has_person(doc, "Elsa Nyström"));
}

TEST_CASE("a § heading about e-services does not make the case number under it a web service's",
          "[indexer][opening]") {
  const std::string text =
      "Ekby kommun\nPROTOKOLLSUTDRAG\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2026-10-20\n\n§ 12\n\n"
      "Handlingsplan för e-tjänster\nDiarienr KS 2026/1386\n\nArbetsutskottet beslutar att godkänna planen.\n";
  CHECK(recognized(text).diarienummer == std::vector<std::string>{"KS 2026/1386"});
  // The web service's own number, labelled on the line above, stays out.
  const std::string printout =
      "Ekby kommun\nUtskrift från e-tjänst\n\nÄrendenummer (e-tjänst)\nMF-2026-00087\n\nFörslagets rubrik\nBelys vägen\n";
  CHECK(recognized(printout).diarienummer.empty());
}

TEST_CASE("the letterhead's municipality over one a title names; a flattened letterhead", "[indexer][opening]") {
  const std::string memo =
      "Ekby kommun\nTJÄNSTESKRIVELSE\nDatum\n2026-08-31\n\nGemensam lokalvård med Karlstads kommun – förstudie\n\n"
      "Förslag till beslut\nKommunstyrelsen ger förvaltningen i uppdrag att utreda samarbetet med Karlstads kommun.\n";
  CHECK(recognized(memo).municipality == "Ekby");
  const std::string flat =
      "BÅSTADS KOMMUN Byggnadsnämnden PROTOKOLLSUTDRAG Sammanträdesdatum 2026-09-23\n\n"
      "BN § 147     Dnr BN 2026-000318\n\nFörhandsbesked i Ängelholms kommun\n\n"
      "Ängelholms kommun har yttrat sig. Ängelholms kommun har inget att erinra.\n";
  CHECK(recognized(flat).municipality == "Båstad");
}

TEST_CASE("an interpellation and its answer in one file: a long answer heading, the asker who 'har ställt' the questions",
          "[indexer][opening]") {
  const std::string text =
      "INTERPELLATION\n\nJag vill fråga:\n\n1. Hur lång blir resan?\n2. Har andra lösningar utretts?\n\n"
      "Ekby 2026-01-19\nTimo Niemi (V)\n\n"
      "SVAR PÅ INTERPELLATION OM SKOLSKJUTSARNA OCH SKOLAN I NORRBY\n\n"
      "Timo Niemi (V) har ställt två frågor om skolan. Mina svar:\n\n"
      "1. Resan blir 55 minuter.\n\n2. Ja, fjärrundervisning har utretts.\n\nAnna Ek (S)\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].asker == "Timo Niemi");
  CHECK(doc.exchanges[0].answer.starts_with("1. Resan blir 55 minuter"));
}

TEST_CASE("the revisors' protocol: their body from the letterhead, a § whose text is one short sentence",
          "[indexer][opening]") {
  const std::string text =
      "Ekby kommun                                                   PROTOKOLL\n"
      "Kommunens revisorer                                           Sida 1 (2)\n"
      "Sammanträde med revisorerna tisdagen den 3 mars 2026, kl. 09.00–11.00\n\n"
      "Närvarande revisorer\n"
      "Eva Lund (S), ordförande\n"
      "Per Holm (M)\n\n"
      "Justerare: Per Holm\n\n"
      "§ 4 Dagordning\n"
      "Dagordningen godkänns.\n\n"
      "§ 5 Granskning av lönehanteringen                        REV 2026/05\n"
      "Revisorerna går igenom rapporten och beslutar att lämna den till kommunstyrelsen.\n\n"
      "Beslut\n"
      "Rapporten överlämnas till kommunstyrelsen.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Paragraf);
  CHECK(doc.organ == "Kommunens revisorer");
  CHECK(doc.paragraphs == std::vector<int>{4, 5});
  CHECK(schema::canonical_organ_name("Revisionen") == "Kommunens revisorer");
}

TEST_CASE("interpellation and answer on one page: paragraphs without blank lines, thanks first, the signature under the questions",
          "[indexer][opening]") {
  const std::string text =
      "Interpellation om färjans turer\n"
      "Interpellation\n"
      "Till kommunstyrelsens ordförande Bo Lind (M)\n"
      "Sedan tidtabellen ändrades går den sista färjan redan kl. 22.15 på vardagar. För de boende\n"
      "på ön betyder det att de inte kan ta sig hem. Jag vill därför fråga:\n"
      "• Vilka kontakter har kommunen haft med färjerederiet om tidtabellen?\n"
      "• Är du beredd att verka för att den sista avgången återställs?\n"
      "Ekby den 28 september 2026\n"
      "Anna Ling (MP)\n"
      "Svar\n"
      "Tack för interpellationen. Färjeleden drivs av staten, och kommunen har därför ingen\n"
      "möjlighet att själv bestämma över turerna.\n"
      "Kommunen har haft två möten med rederiet sedan förändringen, det första i september och\n"
      "det andra i oktober.\n"
      "Jag är beredd att fortsätta verka för en senare avgång och tar upp frågan i samrådet med\n"
      "rederiet i november.\n"
      "Ekby den 14 oktober 2026\n"
      "Bo Lind (M)\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Interpellation);
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].asker == "Anna Ling");
  CHECK(doc.exchanges[0].answer.starts_with("Kommunen har haft två möten"));
  CHECK(doc.exchanges[1].answer.starts_with("Jag är beredd att fortsätta"));
}

TEST_CASE("an interpellation on a blank form: its subject field, the interpellant and party fields read column by column",
          "[indexer][opening]") {
  const std::string text =
      "                                                  EKBY KOMMUN\n"
      "                                                  Inkom: 2026-04-07\n"
      "Blankett KS-18\n\n"
      "INTERPELLATION\n\n"
      "Interpellationen ställs till (ordförande i nämnd/\nstyrelse)\n"
      "Omsorgsnämndens ordförande Eva Ås (S)\n\n"
      "Interpellant (namn)                          Parti\n"
      "Rolf Vik                                     KD\n\n"
      "Ämne (kort rubrik)\nNattbemanningen i hemtjänsten i Norrby och\nSöderby\n\n"
      "Interpellationens text\nResponstiden på trygghetslarmen har ökat under natten.\n\n"
      "Frågor till omsorgsnämndens ordförande\n"
      "a) Hur lång har responstiden varit sedan den 1 mars?\n"
      "b) Avser ordföranden att dela nattpatrullen i två områden igen?\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Interpellation);
  CHECK(doc.title == "Nattbemanningen i hemtjänsten i Norrby och Söderby");
  const auto vik = person_named(doc, "Rolf Vik");
  REQUIRE(vik != doc.people.end());
  CHECK(vik->party == "KD");
  CHECK(vik->role == "interpellant");
  CHECK(doc.parties == std::vector<std::string>{"KD", "S"});
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].asker == "Rolf Vik");
}

TEST_CASE("a protokollsutdrag whose header is a form: the § with its organ code in a field, a page label left alone",
          "[indexer][opening]") {
  const std::string text =
      "EKBY KOMMUN                                               PROTOKOLLSUTDRAG\n\n"
      "Organ                                                     Sammanträdesdatum\n"
      "Kommunstyrelsens arbetsutskott                            tisdag 9 september 2025\n\n"
      "Paragraf                   Diarienummer                   Sida\n"
      "Au § 156                   2025-000347                    1 (1)\n\n\n"
      "Svar på medborgarförslag om en hundrastgård i Norrby\n\n"
      "Ärende\nEtt medborgarförslag inkom i mars med förslag om en hundrastgård.\n\n"
      "Beslut\nArbetsutskottet föreslår att medborgarförslaget bifalls.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Paragraf);
  CHECK(doc.paragraph == 156);
  CHECK(doc.title == "Svar på medborgarförslag om en hundrastgård i Norrby");
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2025-09-09");
}

TEST_CASE("interpellation answers: each question quoted again before its answer; answers that name their questions",
          "[indexer][opening]") {
  const std::string quoted =
      "Interpellation om kameror i centrum\n\nTill kommunstyrelsens ordförande Eva Nord (M)\n\n"
      "Mina frågor är:\n\n1. Hur långt har utredningen kommit?\n2. När kan kamerorna vara på plats?\n\n"
      "Ekby den 1 september 2026\n\nOla Berg (SD)\n\n\n"
      "Svar på interpellation om kameror i centrum\n\nOla Berg (SD) har ställt två frågor till mig.\n\n"
      "»Hur långt har utredningen kommit?«\nUtredningen är klar och behandlas i oktober.\n\n"
      "»När kan kamerorna vara på\nplats?«\nOm tillstånd ges kan de vara uppe i början av 2027.\n\n"
      "Ekby 2026-09-18\n\nEva Nord (M)\n";
  const schema::Document doc = recognized(quoted);
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].answer == "Utredningen är klar och behandlas i oktober.");
  CHECK(doc.exchanges[1].answer == "Om tillstånd ges kan de vara uppe i början av 2027.");

  const std::string tagged =
      "Ekby kommun                           Uppladdat 14 juni 2026\n\n"
      "Svar på interpellation från Erik Sand (MP) om pendlarparkering\n\n"
      "Erik Sand (MP) ställer tre frågor:\n"
      "1. Hur många parkeringsplatser planeras vid stationen?\n"
      "2. Vilka avtal har kommunen slutit med regionen?\n"
      "3. Hur säkerställs att parkeringarna inte tas av besökare?\n"
      "Mitt svar\n"
      "Detaljplanen ger utrymme för ett parkeringshus med 450 platser som står klart 2029 (fråga 1).\n"
      "Kommunen och regionen har tecknat en avsiktsförklaring, och tidsbegränsning införs för andra än\n"
      "pendlare (fråga 2 och 3).\n"
      "Jag ser fram emot en fortsatt diskussion.\n"
      "Ekby den 28 maj 2026\n"
      "Karin Ek (M)\n";
  const schema::Document answer = recognized(tagged);
  REQUIRE(answer.date);
  CHECK(answer.date->iso() == "2026-05-28");  // never the upload stamp
  REQUIRE(answer.exchanges.size() == 3);
  CHECK(answer.exchanges[0].answer.starts_with("Detaljplanen ger utrymme"));
  CHECK(answer.exchanges[1].answer.starts_with("Kommunen och regionen"));
  CHECK(answer.exchanges[2].answer == answer.exchanges[1].answer);
}

TEST_CASE("an answer whose letterhead stands at its foot; questions parted by blank lines answered in turn",
          "[indexer][opening]") {
  const std::string text =
      "                                                   INTERPELLATIONSSVAR\n"
      "                                                   2026-04-13\n\n"
      "Kommunfullmäktige\n\n"
      "Svar på interpellation från Karin Wall (KD) om korttidsplatser\n\n"
      "Interpellanten frågar:\n\n"
      "      Hur många personer har under 2025 fått vänta på en korttidsplats?\n\n"
      "      Varför har växelvården i Norrby upphört?\n\n"
      "Beträffande väntan har 23 personer under 2025 fått en tillfällig lösning med förstärkt hemtjänst.\n\n"
      "När det gäller växelvården i Norrby flyttades verksamheten till Solgården, eftersom lokalerna brast.\n\n"
      "Med detta anser jag interpellationen besvarad.\n\n"
      "Edsbyn den 13 april 2026\n\nBritt Jons (S)\nOrdförande i socialnämnden\n\n"
      "_____________________________________________________________________________\n"
      "Ovanåkers kommun  |  Socialnämnden  |  Dnr SN 2026/0057\n"
      "Postadress 828 80 Edsbyn\n";
  const schema::Document doc = recognized(text + "\nVi samarbetar med Bollnäs kommun och med Bollnäs kommuns hemtjänst.\n");
  CHECK(doc.municipality == "Ovanåker");
  CHECK(doc.diarienummer == std::vector<std::string>{"SN 2026/0057"});
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].answer.starts_with("Beträffande väntan"));
  CHECK(doc.exchanges[1].answer.starts_with("När det gäller växelvården"));
}

TEST_CASE("an interpellation forwarded by e-mail: its subject line names it, without the forward mark",
          "[indexer][opening]") {
  const std::string text =
      "Registrator Ekby kommun\n\n"
      "Från:             Registrator Ekby kommun\n"
      "Skickat:          den 3 mars 2026 08:02\n"
      "Till:             Kommunsekreterare\n"
      "Ämne:             VB: Interpellation – skolskjutsarna från Norrby\n\n"
      "Hej!\nVidarebefordrar inkommen interpellation.\n\n"
      "--------------------------------------------------------------------------\n\n"
      "INTERPELLATION\n\nTill barn- och utbildningsnämndens ordförande Anders Ohl (C)\n\n"
      "Skolskjutsarna från Norrby\n\nSkolskjutsen går nu en gemensam linje i stället för två.\n\n"
      "Har nämnden följt upp restiderna sedan förändringen?\n\n"
      "Hur stor blev den faktiska besparingen under 2025?\n\n"
      "Ekby 2026-03-02\n\nIngrid Matt (V)\n";
  const schema::Document doc = recognized(text);
  CHECK(doc.kind == schema::Kind::Interpellation);
  CHECK(doc.organ == "Kommunfullmäktige");
  CHECK_FALSE(doc.title.starts_with("VB:"));
  CHECK(doc.exchanges.size() == 2);
}

TEST_CASE("an extract whose header a transcript flattened: the § before the case number, the heading after",
          "[indexer][opening]") {
  const std::string text =
      "1 EKBY KOMMUN SAMMANTRÄDESPROTOKOLL Kommunstyrelsens arbetsutskott\n"
      "Sammanträdesdatum 2022-03-01 Sida 7 (19) Au 45 Dnr KS-2022/0081.109\n"
      "Detaljplan för del av Ekby 4:12, Norra hamnen – begäran om planuppdrag\n"
      "Ärendebeskrivning\nEtt bolag har begärt en ny detaljplan för hamnen.\n\n"
      "Beslut\nArbetsutskottet föreslår att planuppdrag ges.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Paragraf);
  CHECK(doc.paragraph == 45);
  CHECK(doc.title == "Detaljplan för del av Ekby 4:12, Norra hamnen – begäran om planuppdrag");
  // A number before "Dnr" without a body's code or a § sign is no paragraph.
  CHECK_FALSE(recognized("Protokoll\nSammanträdesdatum 2022-03-01 Sida 7 45 Dnr KS-2022/0081\nRubrik\n").paragraph);
}

TEST_CASE("a § line that runs on past its case number into the heading", "[indexer][opening]") {
  const std::string text =
      "EKBY KOMMUN PROTOKOLLSUTDRAG Kommunstyrelsen\nSammanträdesdatum 2024-10-21\n"
      "§ 152 Dnr KS 2024-000871 Medfinansiering av mötesspår på banan\n\n"
      "Sammanfattning\n\nTrafikverket planerar två nya mötesspår på banan.\n\nBeslut\nKommunstyrelsen medfinansierar.\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.kind == schema::Kind::Paragraf);
  CHECK(doc.paragraph == 152);
  CHECK(doc.title == "Medfinansiering av mötesspår på banan");
  CHECK(doc.diarienummer == std::vector<std::string>{"KS 2024-000871"});
}

TEST_CASE("questions labelled 'Fråga:' in the interpellation and again under the answer, each followed by 'Svar:'",
          "[indexer][opening]") {
  const std::string text =
      "Interpellation om korttidsuthyrning\n\nTill samhällsbyggnadsnämndens ordförande Eva Ek (S)\n\n"
      "Fråga: Hur många bostäder hyrs i dag ut till turister?\n"
      "Fråga: Vilka verktyg har kommunen i planläggningen?\n\n"
      "Järpen den 14 april 2026\nJonas Bäck (V)\n\n"
      "Svar på interpellationen\n\n"
      "Fråga: Hur många bostäder hyrs i dag ut till turister?\nSvar: Kommunen för ingen egen statistik.\n\n"
      "Fråga: Vilka verktyg har kommunen i planläggningen?\nSvar: Plan- och bygglagen ger begränsade möjligheter.\n\n"
      "Järpen den 22 april 2026\nEva Ek (S)\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].question == "Hur många bostäder hyrs i dag ut till turister?");
  CHECK(doc.exchanges[0].answer == "Svar: Kommunen för ingen egen statistik.");
  CHECK(doc.exchanges[1].answer == "Svar: Plan- och bygglagen ger begränsade möjligheter.");
}

TEST_CASE("questions listed, then answered under headings of the answer's own: each by the words it shares, none by "
          "standing last",
          "[indexer][opening]") {
  const std::string text =
      "Svar på Rolf Kvarns (SD) interpellation om bygglov\n\n"
      "Rolf Kvarn (SD) har ställt tre frågor till mig. Frågorna lyder:\n\n"
      "1. Hur lång har handläggningstiden varit under 2025?\n"
      "2. Hur många tjänster är obesatta?\n"
      "3. När kan ansökan lämnas digitalt?\n\n"
      "Jag har valt att samla svaren under två rubriker.\n\n"
      "Handläggningstider och bemanning\n\nHandläggningstiden var sex veckor, och två tjänster är obesatta.\n\n"
      "Digital ansökan\n\nE-tjänsten tas i drift i februari.\n\n"
      "Ekby den 13 november 2025\n\nLena Holt (C)\n";
  const schema::Document doc = recognized(text);
  REQUIRE(doc.exchanges.size() == 3);
  // "Hur många tjänster är obesatta?" under "Handläggningstider och bemanning" (tjänster,
  // obesatta); "När kan ansökan lämnas digitalt?" under "Digital ansökan".
  CHECK(doc.exchanges[1].answer.starts_with("Handläggningstiden var sex veckor"));
  CHECK(doc.exchanges[2].answer == "E-tjänsten tas i drift i februari.");
  // The first shares one word only ("handläggningstiden"): not enough to say, and never the
  // last section's answer for standing before it.
  CHECK(doc.exchanges[0].answer.find("E-tjänsten") == std::string::npos);
}

TEST_CASE("kind's explanation quotes the text that named another genre, wherever it stood", "[indexer][opening]") {
  const std::string letterhead =
      "EKBY KOMMUN                                    TJÄNSTESKRIVELSE\nKansliet\n\nRevidering av arbetsordningen\n\n"
      "§ 31 Interpellationer\nEn interpellation ska vara skriftlig.\n";
  CHECK(recognize_kind_explained(DocumentStructure(letterhead)).reason.find("tjänsteskrivelse") != std::string::npos);
  const std::string heading = "EKBY KOMMUN\n\nLOKALT SAMVERKANSAVTAL\nför Ekby kommun\n\n§ 1 Parter\nAvtalet gäller alla.\n";
  const auto verdict = recognize_kind_explained(DocumentStructure(heading));
  CHECK(verdict.kind == schema::Kind::Annat);
  CHECK(verdict.reason.find("lokalt samverkansavtal") != std::string::npos);
}
