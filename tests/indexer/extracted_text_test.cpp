#include <catch2/catch.hpp>

#include "kommunsok/indexer/extracted_text.hpp"
#include "kommunsok/indexer/plain_typography.hpp"

using kommunsok::indexer::ExtractedText;

TEST_CASE("words hyphenated at a line end are joined", "[indexer][normalize]") {
  const ExtractedText text("Beräknade budget-\nförändringar redovisas.\n");
  CHECK(text.full_text() == "Beräknade budgetförändringar\nredovisas.");
}

TEST_CASE("hyphenation across a doubled line break is joined too", "[indexer][normalize]") {
  const ExtractedText text("resultat-\n\nfond\n");
  CHECK(text.lines().front() == "resultatfond");
}

TEST_CASE("a shared-suffix hyphen before 'och' stays", "[indexer][normalize]") {
  const ExtractedText text("barn-\noch ungdomsvården\n");
  CHECK(text.full_text() == "barn-\noch ungdomsvården");
}

TEST_CASE("a hyphen before a capital or a digit is part of the word", "[indexer][normalize]") {
  const ExtractedText text("Stadsdelen Hägersten-\nÄlvsjö och ärende KS-\n2021/12\n");
  CHECK(text.flat() == "Stadsdelen Hägersten-Älvsjö och ärende KS-2021/12");
}

TEST_CASE("a header block repeated on a later page is kept only once", "[indexer][normalize]") {
  const ExtractedText text(
      "Tekniska nämnden\n\nSammanträdesdatum\n\n3 maj 2022\n\nParagraf\n\n§ 14\n\n"
      "Titel på ärendet\n\nFörsta sidans text.\n\n\n\n"
      "Tekniska nämnden\n\nSammanträdesdatum\n\n3 maj 2022\n\nParagraf\n\n§ 14\n\n"
      "Andra sidans text.\n");
  std::size_t headers = 0;
  for (const auto& line : text.lines()) headers += line == "Sammanträdesdatum";
  CHECK(headers == 1);
  CHECK(text.flat().find("Andra sidans text.") != std::string::npos);
  CHECK(text.flat().find("Första sidans text.") != std::string::npos);
}

TEST_CASE("page numbers and trailing spaces are dropped, blank runs shortened", "[indexer][normalize]") {
  const ExtractedText text("  Rad ett   \n\n\n\n\n1 (3)\nSida 2 av 3\nRad två\r\n");
  CHECK(text.lines() == std::vector<std::string>{"Rad ett", "", "", "Rad två"});
  CHECK(text.paragraphs() == std::vector<std::string>{"Rad ett", "Rad två"});
}

TEST_CASE("paragraphs join broken lines", "[indexer][normalize]") {
  const ExtractedText text("Protokoll från förvaltningsgruppen den 12 mars\n2024\n\nNärvarande:\n");
  REQUIRE(text.paragraphs().size() == 2);
  CHECK(text.paragraphs()[0] == "Protokoll från förvaltningsgruppen den 12 mars 2024");
}

TEST_CASE("a page header whose page number changes is still one header", "[indexer][extracted]") {
  const ExtractedText text(
      "EKBY KOMMUN   PROTOKOLL\nKommunstyrelsen   Sida 1 (2)\n\n§ 1 Rubrik\nText ett.\n\n"
      "EKBY KOMMUN   PROTOKOLL\nKommunstyrelsen   Sida 2 (2)\n\nText två.\n");
  CHECK(text.flat().find("Sida 2") == std::string::npos);
  CHECK(text.flat().find("Sida 1") != std::string::npos);  // the first page keeps its letterhead
  REQUIRE(text.furniture().size() == 2);
  CHECK(text.furniture()[1] == "Kommunstyrelsen   Sida 2 (2)");
}

TEST_CASE("a paragraph set in emphasis by a converter loses its markers, nothing else does", "[indexer][normalize]") {
  const ExtractedText text(
      "_Hur många ungdomar besökte gårdarna\nunder 2024?_\n\nKort svar: drygt 6 400.\n\n**Beslut**\n\n"
      "* en punkt i en lista *\n\nfilen heter rapport_2024_slut.pdf\n\n_\n\n*Viktigt*: läs detta.\n");
  const auto& paragraphs = text.paragraphs();
  REQUIRE(paragraphs.size() == 7);
  CHECK(paragraphs[0] == "Hur många ungdomar besökte gårdarna under 2024?");
  CHECK(paragraphs[2] == "Beslut");
  CHECK(paragraphs[3] == "* en punkt i en lista *");  // a list's marker, a space after it
  CHECK(paragraphs[4] == "filen heter rapport_2024_slut.pdf");
  CHECK(paragraphs[5] == "_");
  CHECK(paragraphs[6] == "*Viktigt*: läs detta.");  // emphasis inside, not around, the paragraph
}

TEST_CASE("typography reads as its plain characters: ligatures, special hyphens and spaces", "[indexer][normalize]") {
  CHECK(kommunsok::indexer::plain_typography("Det \xEF\xAC\x81nns en \xEF\xAC\x82ygel") == "Det finns en flygel");
  CHECK(kommunsok::indexer::plain_typography("2019\xE2\x80\x91" "10\xE2\x80\x91" "28") == "2019-10-28");
  CHECK(kommunsok::indexer::plain_typography("sam\xC2\xADverkan\xC2\xA0i\xE2\x80\x8B gruppen") == "samverkan i gruppen");
  CHECK(kommunsok::indexer::plain_typography("\xEF\xBB\xBFText") == "Text");
  CHECK(kommunsok::indexer::plain_typography("Åsa, é och \xE2\x80\x93 står kvar") == "Åsa, é och \xE2\x80\x93 står kvar");
  CHECK(kommunsok::indexer::plain_typography("\xC2") == "\xC2");  // a lone lead byte at the end is kept, not read past
}
