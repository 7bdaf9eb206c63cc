// The extractor is chosen by what a file is, not by what it is called.
#include <catch2/catch.hpp>

#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/source_error.hpp"

using namespace kommunsok::indexer;

TEST_CASE("formats are told by their content first", "[extract][formats]") {
  CHECK(detect_format("%PDF-1.7\n...", "protokoll.pdf") == Format::Pdf);
  CHECK(detect_format("%PDF-1.4\n...", "protokoll.txt") == Format::Pdf);  // misnamed
  CHECK(detect_format(std::string("junk\n%PDF-1.4\n"), "a.pdf") == Format::Pdf);
  CHECK(detect_format(std::string("PK\x03\x04....word/document.xml....", 30), "svar.docx") == Format::Docx);
  CHECK(detect_format(std::string("PK\x03\x04") + std::string(26, 'x') + "mimetypeapplication/vnd.oasis.opendocument.text",
                      "svar.odt") == Format::Odt);
  CHECK(detect_format(std::string("PK\x03\x04 some other archive", 24), "svar.docx") == Format::Unknown);
  CHECK(detect_format(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13), "gammal.doc") == Format::LegacyWord);
  CHECK(detect_format("<!DOCTYPE html><html><body>Hej</body></html>", "sida.txt") == Format::Html);
  CHECK(detect_format("  <html lang=\"sv\"><head>", "nedladdad.pdf") == Format::Html);  // an error page saved as .pdf
  CHECK(detect_format("Protokoll Kommunstyrelsen\n§ 1 Val av justerare", "ks.txt") == Format::Text);
  CHECK(detect_format("Text utan markup", "sida.html") == Format::Html);
  CHECK(detect_format(std::string("\x89PNG\r\n\x1a\n\0\0", 10), "bild.txt") == Format::Unknown);
}

TEST_CASE("unsupported formats are named failures", "[extract][formats]") {
  CHECK_THROWS_WITH(extract("x", Format::LegacyWord), Catch::Contains(".doc") && Catch::Contains("docx"));
  CHECK_THROWS_AS(extract("x", Format::Unknown), SourceError);
  CHECK(media_type(Format::Pdf) == "application/pdf");
  CHECK(format_name(Format::Docx) == "docx");
}

TEST_CASE("text keeps form feeds as page breaks", "[extract][formats]") {
  const Extraction one = extract_text("Sida ett\fSida två");
  CHECK(one.paged);
  CHECK(extract_text("Ingen sidbrytning").paged == false);
  CHECK(extract_text("R\xE4ksm\xF6rg\xE5s").warning.find("Windows-1252") != std::string::npos);
  CHECK_THROWS_AS(extract_text("  \n "), SourceError);
}

TEST_CASE("text is decoded per invalid byte, not per file", "[extract][formats]") {
  // UTF-8 text with one stray Windows-1252 byte: the å/ä/ö around it stay as written.
  const Extraction mixed = extract_text("Förskolan på Åsen \x96 ny avgift för läsåret");
  CHECK(mixed.pages.front() == "Förskolan på Åsen – ny avgift för läsåret");
  CHECK(mixed.warning == "1 byte was not valid UTF-8; read as Windows-1252");
  // A file written in Windows-1252 throughout still reads as such.
  CHECK(extract_text("R\xE4ksm\xF6rg\xE5s").pages.front() == "Räksmörgås");
  CHECK(extract_text("Ren UTF-8: å ä ö").warning.empty());
}
