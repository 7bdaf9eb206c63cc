// Answers matched to an interpellation's questions by what they say: named by number or
// ordinal, gathered under subheadings, two questions answered together — on text we write.
#include <catch2/catch.hpp>

#include "kommunsok/indexer/answer_matching.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"

using namespace kommunsok;
using namespace kommunsok::indexer;

namespace {

schema::Document recognized(const std::string& text) { return recognize_document(DocumentStructure(text)); }

bool answer_starts(const schema::Exchange& e, std::string_view start) { return e.answer.starts_with(start); }

}  // namespace

TEST_CASE("answers: a text names the questions it answers by number, ordinal or number word", "[indexer][answers]") {
  using V = std::vector<std::size_t>;
  CHECK(questions_named("Jag börjar med den tredje frågan, som är den viktigaste.") == V{3});
  CHECK(questions_named("Fråga nummer två gäller lokalerna.") == V{2});
  CHECK(questions_named("På fråga 1 svarar jag ja.") == V{1});
  CHECK(questions_named("Frågorna 1 och 2 hänger ihop.") == V{1, 2});
  CHECK(questions_named("Frågorna ett, två och fyra besvarar jag tillsammans.") == V{1, 2, 4});
  CHECK(questions_named("Den första och andra frågan rör samma sak.") == V{1, 2});
  CHECK(questions_named("Den åttonde frågan.") == V{8});
  // A question mentioned without a number, and a number that is no question's.
  CHECK(questions_named("Frågorna hänger ihop och jag besvarar dem tillsammans.").empty());
  CHECK(questions_named("Det första mötet hölls den 3 mars.").empty());
}

TEST_CASE("answers: the answer starts with the question it finds most pressing, then answers two together",
          "[indexer][answers]") {
  const std::string text =
      "Svar på interpellation från Lina Berg (C) om lekplatserna i Norrby\n\n"
      "Lina Berg (C) har ställt följande frågor till mig:\n\n"
      "1. Hur många lekplatser i Norrby har besiktigats under året?\n"
      "2. Vilka brister hittades vid besiktningarna?\n"
      "3. Kommer lekplatsen vid Tallskolan att öppna före sommarlovet?\n\n"
      "Jag börjar med den tredje frågan, eftersom den brådskar. Lekplatsen vid Tallskolan öppnar\n"
      "den 1 juni efter att gungställningen bytts ut.\n\n"
      "Besiktningarna av lekplatserna gjordes i april. Alla elva lekplatser i Norrby besiktigades,\n"
      "och de brister som hittades gällde främst slitet fallskydd och lösa skruvar.\n\n"
      "Jag vill tacka för interpellationen.\n\n"
      "Norrby den 5 maj 2025\n\nPer Holm (S)\nKommunstyrelsens ordförande\n";
  const auto doc = recognized(text);
  REQUIRE(doc.exchanges.size() == 3);
  CHECK(answer_starts(doc.exchanges[2], "Jag börjar med den tredje frågan"));
  CHECK(answer_starts(doc.exchanges[0], "Besiktningarna av lekplatserna"));
  CHECK(answer_starts(doc.exchanges[1], "Besiktningarna av lekplatserna"));
}

TEST_CASE("answers: answers gathered under subheadings of their own, a page break inside one", "[indexer][answers]") {
  const std::string text =
      "Svar på interpellation om kollektivtrafiken till Västby\n\n"
      "Ola Sten (V) har ställt fyra frågor till mig som ordförande i tekniska nämnden:\n\n"
      "1. Hur många avgångar har linje 12 till Västby i dag?\n"
      "2. Varför drogs kvällsturerna in under hösten?\n"
      "3. Har nämnden utrett anropsstyrd trafik för byarna?\n"
      "4. Vad kostar en anropsstyrd linje per år?\n\n"
      "Jag svarar under två rubriker.\n\n"
      "Turutbudet\n\n"
      "Linje 12 har i dag nio avgångar till Västby på vardagar. Kvällsturerna drogs in\n"
      "eftersom resandet efter klockan 20 var i genomsnitt två personer per tur, och\n\n"
      "regionen prioriterade därför om.\n\n"
      "Anropsstyrd trafik\n\n"
      "Nämnden har utrett anropsstyrd trafik för byarna under våren. Utredningen visar att\n"
      "en anropsstyrd linje kostar omkring 1,2 miljoner kronor per år.\n\n"
      "Västby den 2 oktober 2025\n\nMaja Lind (M)\n";
  const auto doc = recognized(text);
  REQUIRE(doc.exchanges.size() == 4);
  CHECK(answer_starts(doc.exchanges[0], "Linje 12 har i dag nio avgångar"));
  CHECK(answer_starts(doc.exchanges[1], "Linje 12 har i dag nio avgångar"));
  CHECK(doc.exchanges[1].answer.find("regionen prioriterade") != std::string::npos);
  CHECK(answer_starts(doc.exchanges[2], "Nämnden har utrett anropsstyrd trafik"));
  CHECK(answer_starts(doc.exchanges[3], "Nämnden har utrett anropsstyrd trafik"));
}

TEST_CASE("answers: paragraphs that share no words with any question answer none of them", "[indexer][answers]") {
  const std::vector<std::string> lines{"Tack för interpellationen. Jag delar oron.", "",
                                       "Vi återkommer när upphandlingen är klar.", "",
                                       "Armaturerna på Storgatan byts i maj och de nya lamporna", "sparar hälften av elen."};
  const std::vector<std::string> questions{"När byts armaturerna på Storgatan?", "Hur mycket el sparar de nya lamporna?",
                                           "Vem betalar för upphandlingen av lampor till byarna?"};
  const auto matched = answers_by_content(lines, 0, 3, questions);
  CHECK(matched.named == 0);
  CHECK(matched.by_words == 0);
  CHECK_FALSE(matched.complete());
  // One paragraph that shares words with two questions answers both; the third shares too
  // few ("upphandlingen" alone) with the paragraph that names it.
  const auto both = answers_by_content(lines, 0, lines.size(), questions);
  CHECK(both.answers[0].starts_with("Armaturerna på Storgatan"));
  CHECK(both.answers[1].starts_with("Armaturerna på Storgatan"));
  CHECK(both.answers[2].empty());
}

TEST_CASE("answers: paragraphs without blank lines, answered by number words", "[indexer][answers]") {
  const std::string text =
      "Svar på interpellation om simskolan\n"
      "Kim Dahl (KD) har ställt tre frågor:\n"
      "– Hur många barn gick simskolan i somras?\n"
      "– Finns det en kö till simskolan?\n"
      "– Kan simskolan flyttas till utomhusbadet?\n"
      "Fråga nummer ett: 140 barn gick simskolan i somras, vilket är fler än\n"
      "året innan.\n"
      "Den andra frågan besvarar jag med ett ja: i dag står 35 barn\n"
      "i kö.\n"
      "På den tredje frågan är svaret att utomhusbadet saknar livräddare\n"
      "på vardagar.\n"
      "Ekby den 3 april 2025\n"
      "Mia Berg (S)\n";
  const auto doc = recognized(text);
  REQUIRE(doc.exchanges.size() == 3);
  CHECK(answer_starts(doc.exchanges[0], "Fråga nummer ett"));
  CHECK(answer_starts(doc.exchanges[1], "Den andra frågan"));
  CHECK(answer_starts(doc.exchanges[2], "På den tredje frågan"));
}

TEST_CASE("questions numbered in Roman numerals, and a question led by a word of its own", "[indexer][answers]") {
  const auto roman = recognized(
      "INTERPELLATION\n\nTill: Ordföranden i kulturnämnden\n\nVi vill ställa följande frågor:\n\n"
      "I.   Hur många besökare hade biblioteket i Åby förra året?\n\n"
      "II.  Kommer öppettiderna att utökas?\n\nÅby den 3 mars 2025\n\nAnna Lo (C)\n");
  REQUIRE(roman.exchanges.size() == 2);
  CHECK(roman.exchanges[0].question == "Hur många besökare hade biblioteket i Åby förra året?");
  CHECK(roman.exchanges[1].question == "Kommer öppettiderna att utökas?");
  const auto led = recognized(
      "Interpellation om badhuset\n\nBadhuset har varit stängt i ett år.\n\n"
      "Vad kostar renoveringen?\n\nSlutligen: När öppnar badhuset igen?\n\nÅby den 3 mars 2025\n\nAnna Lo (C)\n");
  REQUIRE(led.exchanges.size() == 2);
  CHECK(led.exchanges[1].question == "När öppnar badhuset igen?");
}

TEST_CASE("answers: questions numbered (1), one asked with a full stop, answered by restating them after a background",
          "[indexer][answers]") {
  const std::string text =
      "Interpellationssvar – skolskjutsar på landsbygden\n\n"
      "Eva Ek (SD) har i en interpellation ställt följande frågor till mig:\n\n"
      "(1) Kommer nämnden att pröva en ny skolskjutslinje mellan Åby och centralorten?\n\n"
      "(2) Hur många elever som i dag har mer än 45 minuters enkel resväg till\n    skolan.\n\n"
      "(3) Kan ordföranden garantera att ingen elev i årskurs 1–3 behöver byta buss?\n\n"
      "Bakgrund\nSkolskjutsarna från Åby går mer sällan sedan tidtabellsbytet, och vårdnadshavare har hört av sig.\n\n"
      "Interpellanten frågar först om nämnden kommer att pröva en ny linje. Ja, förvaltningen räknar på en\n"
      "direktlinje och nämnden får kostnaden i juni.\n\n"
      "När det kommer till restiderna har skolskjutshandläggaren tagit fram en sammanställning: i dag har\n"
      "23 elever mer än 45 minuters enkel resväg, elva av dem i Åby.\n\n"
      "Slutligen undrar Eva Ek om jag kan garantera att de yngsta eleverna slipper byta buss. Någon garanti kan\n"
      "jag inte lämna.\n\n"
      "Åby den 12 maj 2025\n\nPer Holm (M)\n";
  const auto doc = recognized(text);
  REQUIRE(doc.exchanges.size() == 3);
  CHECK(doc.exchanges[1].question == "Hur många elever som i dag har mer än 45 minuters enkel resväg till skolan.");
  // The background shares words with the first question; the block that answers it shares more
  // once the second question has taken the block about travel times.
  CHECK(answer_starts(doc.exchanges[0], "Interpellanten frågar först"));
  CHECK(answer_starts(doc.exchanges[1], "När det kommer till restiderna"));
  CHECK(answer_starts(doc.exchanges[2], "Slutligen undrar Eva Ek"));
}

TEST_CASE("answers: questions labelled F1, answers S1, the interpellant named in a bilingual form field", "[indexer][answers]") {
  const auto doc = recognized(
      "Svar på interpellation om nattpatrullen\n\n"
      "Interpellant / Välikysymyksen esittäjä:  Lisa Berg (V)\n"
      "Svarande / Vastaaja:                     Ola Lind (S), socialnämndens ordförande\n\n"
      "F1. Hur många nätter kom patrullen för sent?\n\nS1. Vid sex tillfällen.\n\n"
      "F2. Varför minskades patrullen till en bil?\n\nS2. Det gick inte att rekrytera.\n\nÅby 2024-10-14\n\nOla Lind (S)\n");
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].asker == "Lisa Berg");
  CHECK(doc.exchanges[0].question == "Hur många nätter kom patrullen för sent?");
  CHECK(doc.exchanges[1].answer == "S2. Det gick inte att rekrytera.");
}

TEST_CASE("an interpellation whose questions are indirect, led in by 'vill jag fråga', dated by its signature",
          "[indexer][answers]") {
  const auto doc = recognized(
      "Reg. 2026-02-04   KS 2026/0027   handl. AB\nCENTERPARTIET I ÅBY\n\n"
      "Interpellation till kommunstyrelsens ordförande om reservvatten\n\nUnder hösten fick hushållen koka vattnet.\n\n"
      "Mot den bakgrunden vill jag fråga kommunstyrelsens ordförande\n\n"
      "om kommunen avser att ta fram en plan för reservvatten före sommaren\n\n"
      "hur många hushåll som omfattades av kokningsrekommendation\n\n"
      "Är ordföranden beredd att prioritera ledningen?\n\n"
      "Jag ser fram emot svaret vid kommunfullmäktiges nästa sammanträde.\n\nÅby den 3 februari 2026\n\nKarin Bäck (C)\n");
  REQUIRE(doc.exchanges.size() == 3);
  CHECK(doc.exchanges[0].question == "om kommunen avser att ta fram en plan för reservvatten före sommaren");
  CHECK(doc.exchanges[1].question == "hur många hushåll som omfattades av kokningsrekommendation");
  // Not the registry's stamp; the sentence about the next meeting announces no date below it.
  CHECK(doc.date == kommunsok::schema::IsoDate{2026, 2, 3});
  // A paragraph in lower case with no lead-in asks nothing.
  const auto plain = recognized("Interpellation om vatten\n\nVi har frågat förut.\n\nom kommunen vill\n\nÅby den 3 februari 2026\n");
  CHECK(plain.exchanges.empty());
}

TEST_CASE("answers: a joint answer, its questions numbered with circled digits and its answers keyed 'Om ①:'",
          "[indexer][answers]") {
  const auto doc = recognized(
      "EKBY KOMMUN\nKommunstyrelsen / Socialnämnden\n\n"
      "Gemensamt svar på interpellation om hemtjänstens bilar\n\n"
      "Interpellant:  Sara Ny (V)\n\n"
      "Sara Ny (V) har ställt en interpellation till oss båda. Frågorna lyder:\n\n"
      "① Hur många bilar har hemtjänsten i dag?\n② Kommer nämnden att köpa elbilar?\n\n"
      "Om ①: Hemtjänsten har 41 bilar, varav 12 leasade.\n\n"
      "Om ②: Ja. Tio elbilar köps in under våren.\n\nEva Ek (S), kommunstyrelsens ordförande\n");
  CHECK(doc.kind == schema::Kind::Interpellation);
  CHECK(doc.title == "Gemensamt svar på interpellation om hemtjänstens bilar");
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].question == "Hur många bilar har hemtjänsten i dag?");
  CHECK(answer_starts(doc.exchanges[0], "Om ①: Hemtjänsten har 41 bilar"));
  CHECK(doc.exchanges[1].question == "Kommer nämnden att köpa elbilar?");
  CHECK(answer_starts(doc.exchanges[1], "Om ②: Ja. Tio elbilar"));
}

TEST_CASE("answers: questions numbered '1:' answered under 'Gällande fråga 1:'", "[indexer][answers]") {
  const auto doc = recognized(
      "Svar på interpellation om skolskjutsar\n\nEva Ek (V) har ställt följande frågor:\n\n"
      "1: Hur många turer ställdes in under vintern?\n2: Är du beredd att införa sms till föräldrarna?\n\n"
      "Gällande fråga 1:\nFjorton turer ställdes in.\n\nGällande fråga 2:\nJa, från januari.\n\nBo Ny (S)\n");
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].question == "Hur många turer ställdes in under vintern?");
  CHECK(answer_starts(doc.exchanges[0], "Gällande fråga 1: Fjorton turer"));
  CHECK(answer_starts(doc.exchanges[1], "Gällande fråga 2: Ja, från januari"));
}

TEST_CASE("answers: questions one to a line without markers; an answer headed by who gives it, dated under its heading",
          "[indexer][answers]") {
  const auto doc = recognized(
      "Interpellation om badplatsen i Norrby\n\nStälld av: Ulla Sten (C)\n\n"
      "Med anledning av detta vill jag fråga kommunstyrelsens ordförande:\n\n"
      "När kommer bryggan vid badplatsen att vara reparerad?\n"
      "Varför fanns det ingen livräddningsutrustning under juli?\n"
      "Är kommunen beredd att teckna ett skötselavtal med byalaget?\n\n"
      "Norrby den 29 augusti 2022\nUlla Sten (C)\n\n"
      "Svar från kommunstyrelsens ordförande\nSvar daterat 2022-09-20\n\n"
      "Bryggan kommer att vara reparerad senast i juni, när virket har kommit.\n\n"
      "Livräddningsutrustningen plockades ned i juli och sattes inte tillbaka.\n\n"
      "Ja. Byalaget bjuds in för att ta fram ett skötselavtal.\n\nJan Ek (S)\n");
  REQUIRE(doc.exchanges.size() == 3);
  CHECK(doc.exchanges[1].question == "Varför fanns det ingen livräddningsutrustning under juli?");
  CHECK(answer_starts(doc.exchanges[0], "Bryggan kommer att vara reparerad"));
  CHECK(answer_starts(doc.exchanges[1], "Livräddningsutrustningen plockades ned"));
  CHECK(answer_starts(doc.exchanges[2], "Ja. Byalaget bjuds in"));
}

TEST_CASE("answers: the question quoted in the answer's heading, after its label", "[indexer][answers]") {
  const auto doc = recognized(
      "EKBY KOMMUN\nBarn- och utbildningsnämnden\n\nINTERPELLATIONSSVAR\n\n"
      "Svar på interpellation: \xE2\x80\x9DVarför får inte alla elever fritidshemsplats på sin egen skola?\xE2\x80\x9D\n\n"
      "Sara Holm (SD) har i en interpellation ställt frågan ovan till mig.\n\nLokalerna räcker inte till alla.\n\nEva Ek (M)\n");
  REQUIRE_FALSE(doc.exchanges.empty());
  CHECK(doc.exchanges[0].question == "Varför får inte alla elever fritidshemsplats på sin egen skola?");
}
