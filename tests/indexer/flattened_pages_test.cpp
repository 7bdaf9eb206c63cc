// Pages an archive site flattened onto one line each are broken back into labelled lines.
#include <catch2/catch.hpp>

#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/indexer/flattened_pages.hpp"

using namespace kommunsok::indexer;

namespace {

const std::string kFlattened =
    "Protokoll tekniska nämnden\n"
    "\n"
    "1 EKBY KOMMUN SAMMANTRÄDESPROTOKOLL 1 (3) Tekniska nämnden Plats och tid Rådhuset, tisdagen den 16 maj 2023 kl "
    "13.00-15.00 Beslutande Ulla Sten (S), ordförande Pär Hav (M) Justeringens plats och tid Ekby 2023-05-19 "
    "Paragrafer 41-42\n"
    "2 EKBY KOMMUN SAMMANTRÄDESPROTOKOLL 2 TN 41 Snöröjning på skolvägar Ärendet gäller plogningen längs "
    "skolvägarna i hela kommunen. Förvaltningen har tagit fram en ny ordning för detta. Nämnden antar ordningen.\n"
    "3 EKBY KOMMUN SAMMANTRÄDESPROTOKOLL 3 TN 42 Ny taxa för parkering Förvaltningen föreslår en taxa för "
    "centrum och för hamnen. Nämnden fastställer taxan enligt förslaget, med ändringen att hamnen undantas.\n";

}  // namespace

TEST_CASE("flattened pages: page numbers and running headers go, labels and markers start lines", "[indexer][flattened]") {
  std::vector<std::string> furniture;
  const std::string text = unflatten_pages(kFlattened, furniture);
  CHECK(text.find("\nPlats och tid Rådhuset") != std::string::npos);
  CHECK(text.find("\nBeslutande Ulla Sten") != std::string::npos);
  CHECK(text.find("\nJusteringens plats och tid Ekby") != std::string::npos);
  CHECK(text.find("\nTN 41 Snöröjning") != std::string::npos);
  // The first page keeps its letterhead; later pages lose the running header.
  CHECK(text.find("EKBY KOMMUN SAMMANTRÄDESPROTOKOLL 1 (3)\n") != std::string::npos);
  CHECK(std::count(furniture.begin(), furniture.end(), "EKBY KOMMUN SAMMANTRÄDESPROTOKOLL 2") == 1);
}

TEST_CASE("a flattened protocol has its § sections with headings cut from the running text", "[indexer][flattened]") {
  const DocumentStructure s(kFlattened);
  REQUIRE(s.sections().size() == 2);
  CHECK(s.sections()[0].number == 41);
  CHECK(s.sections()[0].organ_code == "TN");
  CHECK(s.sections()[0].heading == "Snöröjning på skolvägar");
  CHECK(s.sections()[1].heading == "Ny taxa för parkering");
}

TEST_CASE("ordinary text is left as it is", "[indexer][flattened]") {
  std::vector<std::string> furniture;
  const std::string text = "1 Mötets öppnande\nOrdföranden öppnade mötet.\n2 Val av justerare\n";
  CHECK(unflatten_pages(text, furniture) == text);
  CHECK(furniture.empty());
}

TEST_CASE("a § reference in an attendance list does not open a section", "[indexer][flattened]") {
  std::vector<std::string> furniture;
  const std::string line(
      "Övriga närvarande Eva Lund, ekonom, § 56 Per Ek, stadsarkitekt § 57 Anna Dal, rektor Justeringens plats och tid "
      "Ekby 2023-05-19 Underskrifter Sekreterare Eva Lund Ordförande Ulla Sten och så vidare till radens slut");
  const std::string text = unflatten_pages(line, furniture);
  CHECK(text.find("\n§ 56") == std::string::npos);
  CHECK(text.find("\n§ 57") == std::string::npos);
  CHECK(text.find("\nJusteringens plats och tid") != std::string::npos);
}
