#include <catch2/catch.hpp>

#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/indexer/date_recognizer.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/paragraph_recognizer.hpp"
#include "kommunsok/indexer/title_recognizer.hpp"

using namespace kommunsok::indexer;
using kommunsok::schema::IsoDate;
using kommunsok::schema::Kind;

namespace {
constexpr const char* kParagraph =
    "Tekniska nämnden\n\nSammanträdesdatum\n\n3 maj 2022\n\nParagraf\n\n§ 14\n\n"
    "Diarienummer TN-2022/0077\n\nNy taxa för vatten och avlopp\n\nTekniska nämndens beslut\n\n"
    "Taxan gäller från den 1 januari 2023.\n";
}  // namespace

TEST_CASE("a protocol paragraph's title follows its header block", "[indexer][title]") {
  const ExtractedText text(kParagraph);
  CHECK(recognize_title(text, Kind::Paragraf) == "Ny taxa för vatten och avlopp");
  CHECK(recognize_paragraph(text) == 14);
}

TEST_CASE("the meeting date wins over dates in the body", "[indexer][date]") {
  const ExtractedText text(kParagraph);
  CHECK(recognize_date(text, "Ny taxa för vatten och avlopp") == IsoDate{2022, 5, 3});
}

TEST_CASE("a samverkan title broken before the year still dates the meeting", "[indexer][date]") {
  const ExtractedText text(
      "Protokoll från förvaltningsgruppen den 7 oktober\n2025\n\nNärvarande:\n\n"
      "Justering sker fredagen den 10 oktober.\n");
  const std::string title = recognize_title(text, Kind::Samverkan);
  CHECK(title == "Protokoll från förvaltningsgruppen den 7 oktober 2025");
  CHECK(recognize_date(text, title) == IsoDate{2025, 10, 7});
}

TEST_CASE("an interpellation's title is its opening paragraph, stopped by a label", "[indexer][title]") {
  const ExtractedText text(
      "Svar på interpellation ställd av Åsa Ek (C) till kommunstyrelsens\nordförande Bo Ny (M) om gatljus\n"
      "Datum: 2024-03-14\n\nBudgeten för 2025 räcker.\n");
  const std::string title = recognize_title(text, Kind::Interpellation);
  CHECK(title == "Svar på interpellation ställd av Åsa Ek (C) till kommunstyrelsens ordförande Bo Ny (M) om gatljus");
  CHECK(recognize_date(text, title) == IsoDate{2024, 3, 14});
}

TEST_CASE("no date is invented when none is stated", "[indexer][date]") {
  const ExtractedText text("Svar på interpellation om budget\n\nUnder 2023 och 2024 ökade kostnaderna.\n"
                           "https://example.se/download/18.350/1684159558887/rapport-2023.pdf\n");
  CHECK_FALSE(recognize_date(text, "Svar på interpellation om budget").has_value());
}

TEST_CASE("a heading that is only a meeting and its date dates the document", "[indexer][date]") {
  const ExtractedText kf("Svar på interpellation om parkering\n\nKommunfullmäktiges sammanträde den 26 oktober 2017\n\n"
                         "Tack för frågan.\n");
  CHECK(recognize_date(kf, "Svar på interpellation om parkering") == IsoDate{2017, 10, 26});
  const ExtractedText bun("Yttrande\n\nBarn- och utbildningsnämndens sammanträde 2020-03-04\n\nText.\n");
  CHECK(recognize_date(bun, "Yttrande") == IsoDate{2020, 3, 4});
  // A sentence about a later meeting is no heading.
  const ExtractedText later("Tjänsteskrivelse\n\nÄrendet återkommer till kommunstyrelsens sammanträde den 5 juni 2020.\n");
  CHECK_FALSE(recognize_date(later, "Tjänsteskrivelse").has_value());
}

TEST_CASE("a protocol's heading names the meeting, the body that met and the date", "[indexer][date]") {
  const ExtractedText fort("Protokoll fört vid sammanträde med socialnämnden den 4 maj 2016\n\n§ 4 Budget\n\nText.\n");
  CHECK(recognize_date(fort, "") == IsoDate{2016, 5, 4});
  const ExtractedText med("Sammanträde med barn- och utbildningsnämnden 2020-02-03\n\n§ 4 Budget\n\nText.\n");
  CHECK(recognize_date(med, "") == IsoDate{2020, 2, 3});
  // A meeting with people is no body's meeting.
  const ExtractedText people("Sammanträde med föräldrar och elever 2020-02-03\n\nText.\n");
  CHECK_FALSE(recognize_date(people, "").has_value());
}

TEST_CASE("a signature's place may be two words", "[indexer][date]") {
  const ExtractedText text("Svar på interpellation om simhallen\n\nText.\n\nLilla Edet den 3 mars 2022\n\nEva Ek (S)\n");
  CHECK(recognize_date(text, "Svar på interpellation om simhallen") == IsoDate{2022, 3, 3});
}

TEST_CASE("a notice is dated by the meeting it convenes", "[indexer][date]") {
  const ExtractedText text("EKBY KOMMUN     KALLELSE\nKommunfullmäktige     Datum 2024-11-20\n\n"
                           "Kommunfullmäktige sammanträder måndagen den 2 december 2024\nkl. 18.30 i Rådhussalen.\n");
  CHECK(recognize_date(text, "Kallelse till sammanträde med kommunfullmäktige") == IsoDate{2024, 12, 2});
}

TEST_CASE("title: a letterhead's filing cells ('Ärende 5', 'KF 2026-02-26') and a question's type are no heading",
          "[indexer][title]") {
  const std::string text =
      "EKBY KOMMUN                                            Dnr KS 2026-52\n"
      "Kommunfullmäktige                                      Ärende 5\n"
      "                                                       KF 2026-02-26\n\n"
      "ENKEL FRÅGA\nFråga till kommunstyrelsens ordförande om lördagsöppet på biblioteket\ni Norrby\n\n"
      "Ställd av: Rolf Hag (V)\n\nMin fråga är:\nKommer biblioteket att ha öppet på lördagar under 2027?\n";
  const kommunsok::schema::Document doc = recognize_document(DocumentStructure(text));
  CHECK(doc.title == "Fråga till kommunstyrelsens ordförande om lördagsöppet på biblioteket i Norrby");
}

TEST_CASE("a meeting's start written as a calendar's timestamp dates it; the end and the print stamp do not", "[indexer][date]") {
  const ExtractedText text(
      "Protokollsutdrag\nSamhällsbyggnadsnämnden\n\nStart: 2026-03-02T13:00:00+01:00   Slut: 2026-03-02T16:20:00+01:00\n\n"
      "§ 41 Detaljplan för Norrby\n\nNämnden beslutar att anta planen.\n\nUtskriven 2026-03-09 08:03\n");
  CHECK(recognize_date(text, "Detaljplan för Norrby") == IsoDate{2026, 3, 2});
}

TEST_CASE("a kansli under the letterhead is the letterhead's, not the title", "[indexer][title]") {
  const DocumentStructure structure("EKBY KOMMUN                                   Dnr KS 2025/12\nKommunkansliet\n\n"
                                    "Sammanträdesplan 2026\n\nKommunfullmäktige (kl. 18.00)\n  må 23/2   må 20/4\n");
  CHECK(recognize_title(structure.text(), Kind::Annat) == "Sammanträdesplan 2026");
}

TEST_CASE("dates as extraction and regional habit leave them: non-breaking hyphens, d/m/yyyy, a compact date in the title",
          "[indexer][date]") {
  const DocumentStructure hyphens("EKBY KOMMUN                          SAMMANTRÄDESPROTOKOLL\n"
                                  "Kommunfullmäktige                    2019\xE2\x80\x91" "10\xE2\x80\x91" "28\n\n"
                                  "Plats och tid   Kommunhuset, kl. 18.30\n\n§ 87  Val av justerare\n");
  CHECK(recognize_date(hyphens.text(), "Protokoll Kommunfullmäktige") == IsoDate{2019, 10, 28});
  const DocumentStructure slashes("PROTOKOLL\nFörvaltningsgrupp (FSG) Bildning\n\nDatum:   13/10/2009\nTid: 14.00\n\n"
                                  "1. Öppnande\nMötet öppnades.\n");
  CHECK(recognize_date(slashes.text(), "Förvaltningsgrupp (FSG) Bildning") == IsoDate{2009, 10, 13});
  const DocumentStructure compact("Mötesprotokoll SAM-VO 20240514\nSamverkansgrupp vård och omsorg\n\n"
                                  "Tid: kl. 13.00–15.10\n\n1. Öppnande\nMötet öppnades. Ärende 20240999 bordlades.\n");
  CHECK(recognize_date(compact.text(), "Mötesprotokoll SAM-VO 20240514") == IsoDate{2024, 5, 14});
  // Eight digits in any other title are no date.
  const DocumentStructure number("Avtal 20240514\n\nText utan datum.\n");
  CHECK_FALSE(recognize_date(number.text(), "Avtal 20240514").has_value());
}

TEST_CASE("title: past an auditors' letterhead, its reference and its copy-to list", "[indexer][title]") {
  const auto doc = recognize_document(DocumentStructure(
      "Revisorerna                                                  2019-10-24\n"
      "Ekby kommun                                       Vår ref: REV 2019/07\n\n\n"
      "Till:              Kommunstyrelsen\nFör kännedom:      Kommunfullmäktiges presidium\n\n\n"
      "Granskning av beredningen av motioner och\nmedborgarförslag\n\n"
      "Vi har granskat hur kommunstyrelsen bereder motioner och medborgarförslag.\n"));
  CHECK(doc.kind == kommunsok::schema::Kind::Annat);
  CHECK(doc.title == "Granskning av beredningen av motioner och medborgarförslag");
}

TEST_CASE("date: a signature dated with two places and a weekday", "[indexer][title]") {
  const auto doc = recognize_document(DocumentStructure(
      "INTERPELLATION\n\nTill: Ordföranden i barn- och utbildningsnämnden\n\nFörskolan i Björbo\n\n"
      "Vi vill fråga:\n\n1. Hur många barn går där?\n\nMockfjärd och Djurås, måndag 10 februari 2025\n\nKjell Brodin (C)\n"));
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2025-02-10");
}

TEST_CASE("title: a notice's types parted by a slash are its letterhead", "[indexer][title]") {
  const auto doc = recognize_document(DocumentStructure(
      "                                                              KALLELSE/KUNGÖRELSE\n"
      "EKBY KOMMUN                                                   2018-09-13\nKommunfullmäktige\n\n\n"
      "Kommunfullmäktige kallas till sammanträde\n\nTid:    Måndagen den 24 september 2018, kl. 18.30\n\n"
      "Ärenden\n1.  Upprop\n2.  Val av justerare\n"));
  CHECK(doc.kind == kommunsok::schema::Kind::Annat);
  CHECK(doc.title == "Kommunfullmäktige kallas till sammanträde");
}
