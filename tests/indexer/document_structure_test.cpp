// The structure built in the normalize stage: boilerplate and furniture set aside but
// remembered, the header block, § sections apart from the table of contents, agenda items.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/schema/keyword.hpp"

using namespace kommunsok::indexer;

TEST_CASE("archive-site boilerplate and page furniture are set aside and remembered", "[indexer][structure]") {
  const DocumentStructure s(kommunsok::test::kThreeParagraphProtocol);
  const auto& boilerplate = s.boilerplate();
  CHECK(std::find(boilerplate.begin(), boilerplate.end(), "Upload: others") != boilerplate.end());
  CHECK(std::find(boilerplate.begin(), boilerplate.end(), "12") != boilerplate.end());  // a page count
  CHECK(std::find(boilerplate.begin(), boilerplate.end(), "Related documents") != boilerplate.end());
  CHECK(s.text().flat().find("kulturnämnden") == std::string::npos);  // another document's snippet
  CHECK(s.text().flat().find("Post on") == std::string::npos);
  const auto& furniture = s.furniture();
  CHECK(std::find(furniture.begin(), furniture.end(), "Sida 2 (3)") != furniture.end());
}

TEST_CASE("an archive site's title for the page, broken over two lines, is set aside", "[indexer][structure]") {
  const DocumentStructure s(
      "Svar på interpellation om bredband i Ekby - Ekby kommun 2024-12-02 - PDF\nGratis nedladdning | PDF-Samlingen\n"
      "Download \"Svar på interpellation om bredband i Ekby\"\n\nEKBY KOMMUN     SVAR PÅ INTERPELLATION     2024-11-18\n\n"
      "Svar på interpellation om bredband i Ekby\n\nAnna Ek (M) har frågat om bredbandet.\n");
  const auto& boilerplate = s.boilerplate();
  CHECK(std::find(boilerplate.begin(), boilerplate.end(),
                  "Svar på interpellation om bredband i Ekby - Ekby kommun 2024-12-02 - PDF Gratis nedladdning | PDF-Samlingen") !=
        boilerplate.end());
  const auto doc = recognize_document(s);
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2024-11-18");  // not the site's upload date
  CHECK(doc.title == "Svar på interpellation om bredband i Ekby");
  // A line that only ends like one is kept: "Gratis nedladdning" alone is no site's title.
  CHECK(DocumentStructure("Broschyr om avfall\nGratis nedladdning\n").boilerplate().empty());
}

TEST_CASE("each § with a body is a section, table-of-contents entries are not", "[indexer][structure]") {
  const DocumentStructure s(kommunsok::test::kThreeParagraphProtocol);
  REQUIRE(s.sections().size() == 3);
  CHECK(s.sections()[0].number == 41);
  CHECK(s.sections()[0].heading == "Snöröjning på gång- och cykelvägar");
  CHECK(s.sections()[2].number == 43);
  CHECK(s.sections()[2].heading == "Gatubelysning i Norrby");
  // The § bodies come after the table of contents, and the header ends where § 41 begins.
  CHECK(s.text().lines()[s.sections()[0].begin + 1] == "Dnr TN 2023/112");
  CHECK(s.header_end() == s.sections()[0].begin);
  CHECK(s.paragraph_numbers() == std::vector<int>{41, 42, 43});
}

TEST_CASE("paragraph markers: § forms and organ prefixes, not look-alikes", "[indexer][structure]") {
  CHECK(match_paragraph_marker("§ 63/20 Fastställande av dagordning")->number == 63);
  CHECK(match_paragraph_marker("KF § 71")->organ_code == "KF");
  CHECK(match_paragraph_marker("§ 26/2017 Dnr 2017/0118")->number == 26);
  CHECK(match_paragraph_marker("Au 310 Yttrande över planen")->number == 310);
  CHECK(match_paragraph_marker("KPR 7")->organ_code == "KPR");
  CHECK_FALSE(match_paragraph_marker("Bilaga 1"));
  CHECK_FALSE(match_paragraph_marker("Sida 2"));
  CHECK_FALSE(match_paragraph_marker("Höör 57:17"));
  CHECK_FALSE(match_paragraph_marker("5 kap. 23 §"));
  // A code with a small "o" for "och" between capitals: Miljö- och byggnadsnämnden.
  CHECK(match_paragraph_marker("MoB § 88")->organ_code == "MoB");
  CHECK(match_paragraph_marker("BoU § 12 Skolskjuts")->number == 12);
  CHECK_FALSE(match_paragraph_marker("Mo § 3"));
  CHECK_FALSE(match_paragraph_marker("Bok § 3"));
  CHECK_FALSE(match_paragraph_marker("SoL § 4"));  // socialtjänstlagen, as usually written
}

TEST_CASE("a lone § in a voting table is no section", "[indexer][structure]") {
  const DocumentStructure s("Protokoll\nSammanträdesdatum 2019-01-30\nNärvaro\n§ 4\n§\nTjg\nEj tjg\nJA\nNEJ\nX\n");
  CHECK(s.sections().empty());
}

TEST_CASE("numbered agenda items of a samverkan protocol are sections", "[indexer][structure]") {
  const DocumentStructure s(kommunsok::test::kSamverkanProtocol);
  REQUIRE(s.sections().size() == 4);
  CHECK(s.sections()[0].type == Section::Type::AgendaItem);
  CHECK(s.sections()[2].heading == "Friskvård");
  CHECK(s.sections()[3].number == 4);
}

TEST_CASE("site boilerplate lines", "[indexer][structure]") {
  CHECK(is_site_boilerplate("Sidan uppdaterades senast: 2012-03-08 08:35"));
  CHECK(is_site_boilerplate("Din position: Hem > Ekby kommun > Kommunfullmäktige"));
  CHECK(is_site_boilerplate("Post on 30-Jun-2020"));
  CHECK(is_site_boilerplate("10 views"));
  CHECK_FALSE(is_site_boilerplate("Page numbers are listed at the end."));
  CHECK_FALSE(is_site_boilerplate("Nämnden beslutar att anta planen."));
}

TEST_CASE("a long § heading is cut where a letter ends, never inside its UTF-8 bytes", "[indexer][structure]") {
  // Found by fuzzing (tests/fuzz/regressions/recognize): headings were cut at 300 bytes, which
  // could split an "ä" and give the § a title that is not UTF-8.
  std::string heading = "Budgetr";
  for (int i = 0; i < 200; ++i) heading += "ä";
  const DocumentStructure s("PROTOKOLL\n\n§ 12 " + heading + "\n\nKommunstyrelsen beslutar att anta budgeten.\n");
  REQUIRE(s.sections().size() == 1);
  CHECK(kommunsok::schema::is_valid_utf8(s.sections()[0].heading));
  CHECK(s.sections()[0].heading.size() == 299);
}

TEST_CASE("a § heading broken before its property designation keeps it", "[indexer][structure]") {
  const DocumentStructure s("KS 2022\n\n§ 12\n\nMarkanvisning för bostäder inom fastigheten Ekhagen\n3:7 i Norrby\n\n"
                            "Kommunstyrelsens beslut\nText.\n\n§ 13\n\nBudget för 2023\n2023-01-01\nText.\n");
  REQUIRE(s.sections().size() == 2);
  CHECK(s.sections()[0].heading == "Markanvisning för bostäder inom fastigheten Ekhagen 3:7 i Norrby");
  // A date under a heading is no part of it.
  CHECK(s.sections()[1].heading == "Budget för 2023");
}

TEST_CASE("a § continued over a page break is one section", "[indexer][structure]") {
  const DocumentStructure s("Beslutande Eva Ek (S)\nPlats och tid Rådhuset\n\nKs 12     Dnr KS 2024/31\n\n"
                            "Bidrag till fiber i Norrby\n\nKommunstyrelsen beslutar att bevilja bidraget.\nText.\n\n"
                            "Sida 2 (2)\n\nKs 12 (forts.)\n\nBeslutet skickas till\nEkonomienheten\n");
  REQUIRE(s.sections().size() == 1);
  CHECK(s.sections()[0].heading == "Bidrag till fiber i Norrby");
  CHECK(s.sections()[0].end == s.text().lines().size());
}

TEST_CASE("a body's code in capitals before the sign opens a paragraph, known to the organ table or not",
          "[indexer][structure]") {
  REQUIRE(match_paragraph_marker("VN § 5"));
  CHECK(match_paragraph_marker("VN § 5")->number == 5);
  REQUIRE(match_paragraph_marker("ÖFN § 21      ÖFN 2025/0009"));
  CHECK(match_paragraph_marker("ÖFN § 21      ÖFN 2025/0009")->number == 21);
  // A word, or a law's abbreviation, before the sign is no body's code.
  CHECK_FALSE(match_paragraph_marker("Bilaga § 3"));
  CHECK_FALSE(match_paragraph_marker("LSS § 9 ger rätt till insatser"));
}
