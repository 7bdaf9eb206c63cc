// PDFs as municipalities publish them: text pages, scanned pages, and broken or locked files.
#include <catch2/catch.hpp>

#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/extract/isolated_extraction.hpp"
#include "kommunsok/indexer/extract/ocr.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "pdf_writer.hpp"

using namespace kommunsok::indexer;
namespace samples = kommunsok::samples;

namespace {

const std::vector<std::string> kProtocolPages{
    "Protokoll Kommunstyrelsen Ekby kommun\nSammanträdesdatum 2024-03-12\n\n§ 14 Val av justerare\nTill justerare utses Eva Ek (S).",
    "§ 15 Upphandling av skolskjuts\nDnr KS 2024/118\nKommunstyrelsen beslutar att upphandla skolskjuts för Östra skolområdet.",
    "§ 16 Snöröjning på gång- och cykelvägar\nÄrendet bordläggs."};

}  // namespace

TEST_CASE("a text PDF gives its pages in order, with its title", "[extract][pdf]") {
  const Extraction e = extract_pdf(samples::text_pdf(kProtocolPages, "Protokoll KS 2024-03-12"));
  REQUIRE(e.pages.size() == 3);
  CHECK(e.paged);
  CHECK(e.title_hint == "Protokoll KS 2024-03-12");
  CHECK(e.ocr_pages.empty());
  CHECK_THAT(e.pages[0], Catch::Contains("Val av justerare"));
  CHECK_THAT(e.pages[1], Catch::Contains("Upphandling av skolskjuts") && Catch::Contains("Östra"));
  CHECK_THAT(e.pages[2], Catch::Contains("Snöröjning"));
  CHECK_THAT(e.pages[1], !Catch::Contains("Snöröjning"));
}

TEST_CASE("a scanned PDF is read by OCR, page by page", "[extract][pdf][ocr]") {
  const Extraction e = extract_pdf(samples::scanned_pdf(
      {"Kommunfullmäktige\n\nInterpellation om vattenledningen\ni Kvarnbyn och badplatsen vid sjön.\n\n"
       "Fullmäktige beslutar att bevilja motionen."},
      200));
  REQUIRE(e.pages.size() == 1);
  CHECK(e.ocr_pages == std::vector<int>{1});
  CHECK_THAT(e.pages[0], Catch::Contains("vattenledningen") && Catch::Contains("Kvarnbyn"));
}

TEST_CASE("with OCR turned off a scanned page stays without text", "[extract][pdf][ocr]") {
  // The fuzz targets turn it off: OCR would be all of their time.
  set_ocr_enabled(false);
  const Extraction e = extract_pdf(samples::scanned_pdf({"Kvarnbyn"}, 50));
  set_ocr_enabled(true);
  REQUIRE(e.pages.size() == 1);
  CHECK(e.pages[0].empty());
  CHECK(e.ocr_pages.empty());
  CHECK(ocr_enabled());
}

TEST_CASE("broken, locked and oversized PDFs are named failures", "[extract][pdf]") {
  CHECK_THROWS_WITH(extract_pdf("%PDF-1.4\nthis is no pdf at all\n"), Catch::Contains("damaged PDF"));

  // A PDF encrypted with a user password we do not have.
  std::string locked = samples::text_pdf({"Hemlig text"});
  const std::size_t trailer = locked.rfind("trailer");
  REQUIRE(trailer != std::string::npos);
  const std::string encrypt =
      "99 0 obj\n<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + std::string(64, 'a') + "> /U <" + std::string(64, 'b') +
      "> >>\nendobj\n";
  locked.insert(locked.rfind("xref", trailer), encrypt);
  locked.insert(locked.find("<<", locked.rfind("trailer")) + 2, " /Encrypt 99 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]");
  CHECK_THROWS_WITH(extract_pdf(locked), Catch::Contains("encrypted PDF") || Catch::Contains("damaged PDF"));

  std::vector<std::string> many(kMaxPdfPages * 5, "x");
  CHECK_THROWS_WITH(extract_pdf(samples::text_pdf(many)), Catch::Contains("10000 pages"));
}

TEST_CASE("a text layer is usable when it is mostly letters", "[extract][pdf][ocr]") {
  CHECK(is_usable_text_layer("Kommunstyrelsen beslutar att godkänna förslaget."));
  CHECK_FALSE(is_usable_text_layer(""));
  CHECK_FALSE(is_usable_text_layer("  12  \n 3 "));
  CHECK_FALSE(is_usable_text_layer("#$%&!?*+#$%&!?*+#$%&!?*+#$%&!?*+ab cd ef gh ij kl mn op qr st"));
}
