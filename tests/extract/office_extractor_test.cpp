#include <catch2/catch.hpp>
#include <zip.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/extract/zip_archive.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "temp_dir.hpp"

using namespace kommunsok::indexer;
using kommunsok::test::TempDir;

namespace {

using Parts = std::vector<std::pair<std::string, std::string>>;

// A part whose content is one byte repeated, generated while libzip compresses it, so a
// 300 MB part costs no memory.
struct RepeatedByte {
  zip_uint64_t size = 0;
  zip_uint64_t offset = 0;
};

zip_int64_t repeated_byte_source(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
  auto* source = static_cast<RepeatedByte*>(state);
  switch (command) {
    case ZIP_SOURCE_OPEN:
      source->offset = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      const zip_uint64_t n = std::min(length, source->size - source->offset);
      std::memset(data, 'a', n);
      source->offset += n;
      return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_STAT: {
      auto* stat = static_cast<zip_stat_t*>(data);
      zip_stat_init(stat);
      stat->size = source->size;
      stat->valid |= ZIP_STAT_SIZE;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:  // CLOSE, ERROR, FREE: nothing to do, the state belongs to the caller
      return 0;
  }
}

// Writes a zip with libzip into a temporary folder and returns its bytes. `big` adds one part
// of that many repeated bytes.
std::string make_zip(const Parts& parts, const std::pair<std::string, zip_uint64_t>& big = {}) {
  TempDir dir;
  const std::filesystem::path path = dir.path() / "fixture.zip";
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(archive != nullptr);
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    REQUIRE(source != nullptr);
    REQUIRE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) >= 0);
  }
  RepeatedByte repeated{big.second, 0};
  if (!big.first.empty()) {
    zip_source_t* source = zip_source_function(archive, repeated_byte_source, &repeated);
    REQUIRE(source != nullptr);
    REQUIRE(zip_file_add(archive, big.first.c_str(), source, ZIP_FL_ENC_UTF_8) >= 0);
  }
  REQUIRE(zip_close(archive) == 0);  // the buffers above must live until here
  return kommunsok::test::read_file(path);
}

template <typename Extract>
std::string reason_for(Extract extract, const std::string& bytes) {
  try {
    extract(bytes);
  } catch (const SourceError& e) {
    return e.what();
  }
  return "no error";
}

constexpr const char* kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

std::string word_document(const std::string& body_xml, const std::string& doctype = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + doctype + "<w:document " +
         kWordNamespaces + "><w:body>" + body_xml + "</w:body></w:document>";
}

std::string word_paragraph(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

std::string word_header(const std::string& text) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr ") + kWordNamespaces + ">" +
         word_paragraph(text) + "</w:hdr>";
}

std::string core_properties(const std::string& title) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<cp:coreProperties "
         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" +
         title + "</dc:title><dc:creator>Kommunledningskontoret</dc:creator></cp:coreProperties>";
}

// Relationships listing header2.xml before header1.xml: the order the document gives wins.
const std::string kDocumentRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
    "Target=\"header2.xml\"/>"
    "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
    "Target=\"/word/header1.xml\"/>"
    "</Relationships>";

std::string docx(const std::string& document_xml, Parts more = {}) {
  more.emplace_back("word/document.xml", document_xml);
  return make_zip(more);
}

// Entities nested ten levels deep, ten references each: 10^10 copies if ever expanded.
std::string billion_laughs_doctype() {
  std::string doctype = "<!DOCTYPE w:document [\n<!ENTITY lol0 \"hahaha\">\n";
  for (int level = 1; level <= 10; ++level) {
    doctype += "<!ENTITY lol" + std::to_string(level) + " \"";
    for (int i = 0; i < 10; ++i) doctype += "&lol" + std::to_string(level - 1) + ";";
    doctype += "\">\n";
  }
  return doctype + "]>\n";
}

}  // namespace

TEST_CASE("a Word file is read as headers, then paragraphs and tables in order", "[extract][office]") {
  const std::string body =
      word_paragraph("Protokoll Kommunstyrelsen") +
      "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"2268\"/></w:tabs></w:pPr>"
      "<w:r><w:t>Datum:</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">2024-03-12 </w:t></w:r>"
      "<w:r><w:t>kl. 13.00</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>§ 14 Upphandling av </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>skolskjuts</w:t></w:r></w:p>"
      "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr><w:tc><w:tcPr/><w:p><w:r><w:t>Ledamot</w:t></w:r></w:p></w:tc>"
      "<w:tc><w:p><w:r><w:t>Parti</w:t></w:r></w:p></w:tc></w:tr>"
      "<w:tr><w:tc><w:p><w:r><w:t>Anna Berg</w:t></w:r></w:p><w:p><w:r><w:t>ordförande</w:t></w:r></w:p></w:tc>"
      "<w:tc><w:p><w:r><w:t>S</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
      "<w:p><w:r><w:t>Kommunstyrelsen beslutar</w:t><w:br/><w:t>att anta anbudet &amp; teckna avtal.</w:t></w:r></w:p>"
      "<w:p><w:r><w:delText>struken text</w:delText></w:r></w:p>"
      "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId8\"/></w:sectPr>";
  const std::string bytes = docx(word_document(body), {{"word/_rels/document.xml.rels", kDocumentRels},
                                                      {"word/header1.xml", word_header("Ekby kommun")},
                                                      {"word/header2.xml", word_header("Sammanträdesprotokoll")},
                                                      {"docProps/core.xml", core_properties("  Protokoll KS  2024-03-12 ")}});
  const Extraction extraction = extract_docx(bytes);
  REQUIRE(extraction.pages.size() == 1);
  CHECK_FALSE(extraction.paged);
  CHECK(extraction.pages.front() ==
        "Sammanträdesprotokoll\n"
        "Ekby kommun\n"
        "Protokoll Kommunstyrelsen\n"
        "Datum:\t2024-03-12 kl. 13.00\n"
        "§ 14 Upphandling av skolskjuts\n"
        "Ledamot\tParti\n"
        "Anna Berg ordförande\tS\n"
        "Kommunstyrelsen beslutar\n"
        "att anta anbudet & teckna avtal.\n");
  CHECK(extraction.title_hint == "Protokoll KS 2024-03-12");
}

TEST_CASE("Word headers without relationships are read in name order, no title without core.xml",
          "[extract][office]") {
  const std::string bytes = docx(word_document(word_paragraph("Brödtext")),
                                 {{"word/header10.xml", word_header("Sidhuvud tio")},
                                  {"word/header2.xml", word_header("Sidhuvud två")}});
  const Extraction extraction = extract_docx(bytes);
  CHECK(extraction.pages.front() == "Sidhuvud två\nSidhuvud tio\nBrödtext\n");
  CHECK(extraction.title_hint.empty());
}

TEST_CASE("a Word file of nested entities (billion laughs) is neither slow nor large", "[extract][office]") {
  const std::string bytes = docx(word_document(word_paragraph("Början &lol10; slut"), billion_laughs_doctype()));
  const auto start = std::chrono::steady_clock::now();
  std::string outcome;
  try {
    const Extraction extraction = extract_docx(bytes);
    outcome = extraction.pages.front();
    CHECK(outcome.size() < 1000);
    CHECK(outcome.find("hahahahaha") == std::string::npos);
    CHECK(outcome.find("Början") != std::string::npos);
  } catch (const SourceError& e) {
    outcome = e.what();
    CHECK(outcome.find("word/document.xml") != std::string::npos);
  }
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(elapsed < std::chrono::seconds(2));
}

TEST_CASE("a Word file with an external entity (XXE) never reads the file it names", "[extract][office]") {
  TempDir dir;
  const std::filesystem::path secret = dir.write("hemlig.txt", "HEMLIG-LOSENORD-4711");
  const std::string doctype = "<!DOCTYPE w:document [\n<!ENTITY x SYSTEM \"file://" + secret.string() +
                              "\">\n<!ENTITY h SYSTEM \"file:///etc/hostname\">\n]>\n";
  const std::string bytes = docx(word_document(word_paragraph("Beslut &x;&h; fattades"), doctype));
  const Extraction extraction = extract_docx(bytes);
  const std::string& text = extraction.pages.front();
  CHECK(text.find("Beslut") != std::string::npos);
  CHECK(text.find("fattades") != std::string::npos);
  CHECK(text.find("HEMLIG") == std::string::npos);

  std::string hostname;
  try {
    hostname = std::string(kommunsok::test::read_file("/etc/hostname"));
  } catch (const std::exception&) {
  }
  while (!hostname.empty() && (hostname.back() == '\n' || hostname.back() == ' ')) hostname.pop_back();
  if (hostname.size() >= 3) CHECK(text.find(hostname) == std::string::npos);
}

TEST_CASE("a Word file whose body inflates past the limit (zip bomb) is refused", "[extract][office]") {
  const std::string bytes = make_zip({{"[Content_Types].xml", "<Types/>"}}, {"word/document.xml", 300ull << 20});
  CHECK(bytes.size() < (1u << 20));
  CHECK(reason_for(extract_docx, bytes) == "word/document.xml is larger than 64 MB uncompressed: a zip bomb?");
}

TEST_CASE("a zip part that lies about its size is still stopped at the limit", "[extract][office]") {
  std::string bytes = make_zip({}, {"word/document.xml", 1u << 20});
  // Rewrite the declared uncompressed size (local header +22, central directory +24) to 100.
  const auto patch = [&](std::string_view signature, std::size_t offset) {
    const std::size_t at = bytes.find(signature);
    REQUIRE(at != std::string::npos);
    const unsigned char small[4] = {100, 0, 0, 0};
    std::memcpy(bytes.data() + at + offset, small, 4);
  };
  patch(std::string_view("PK\x03\x04", 4), 22);
  patch(std::string_view("PK\x01\x02", 4), 24);

  const ZipArchive archive(bytes);
  REQUIRE(archive.has("word/document.xml"));
  // libzip inflates past a declared size; the reader's own count is what stops it.
  CHECK_THROWS_WITH(archive.read("word/document.xml", 4096),
                    "word/document.xml is larger than 4 KB uncompressed: a zip bomb?");
  CHECK(archive.read("word/document.xml", 2u << 20) == std::string(1u << 20, 'a'));
  // Read honestly with room to spare, the whole part comes out.
  const std::string honest = make_zip({}, {"a.txt", 5000});
  CHECK(ZipArchive(honest).read("a.txt", 5000) == std::string(5000, 'a'));
  CHECK_THROWS_WITH(ZipArchive(honest).read("a.txt", 4999), Catch::Contains("a zip bomb?"));
  CHECK_THROWS_WITH(ZipArchive(honest).read("b.txt", 10), Catch::Contains("b.txt is missing"));
}

TEST_CASE("bytes that are not a zip container, or a zip without a document, are refused", "[extract][office]") {
  const std::string not_zip = "Protokoll Kommunstyrelsen Ekby kommun 2024-03-12 § 14";
  CHECK_THAT(reason_for(extract_docx, not_zip), Catch::StartsWith("not a Word file (.docx): not a valid zip container"));
  CHECK_THAT(reason_for(extract_odt, not_zip),
             Catch::StartsWith("not an OpenDocument text file (.odt): not a valid zip container"));
  CHECK_THAT(reason_for(extract_docx, ""), Catch::StartsWith("not a Word file (.docx)"));

  const std::string other_zip = make_zip({{"bilaga.txt", "Bilaga till protokoll"}});
  CHECK(reason_for(extract_docx, other_zip) ==
        "not a Word file (.docx): word/document.xml is missing from the zip container");
  CHECK(reason_for(extract_odt, other_zip) ==
        "not an OpenDocument text file (.odt): content.xml is missing from the zip container");
}

TEST_CASE("a Word file without text, or with a broken body, is refused with a reason", "[extract][office]") {
  CHECK(reason_for(extract_docx, docx(word_document("<w:p/><w:p><w:r><w:t>  </w:t></w:r></w:p>"))) ==
        "no text in the Word file (.docx)");
  CHECK_THAT(reason_for(extract_docx, docx("<w:document><w:body><w:p>")),
             Catch::StartsWith("word/document.xml is not well-formed XML"));
}

TEST_CASE("an OpenDocument text is read as headings, paragraphs and table rows, titled from meta.xml",
          "[extract][office]") {
  const std::string content =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
      "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">\n"
      "  <office:body>\n    <office:text>\n"
      "      <text:sequence-decls><text:sequence-decl text:name=\"Table\"/></text:sequence-decls>\n"
      "      <text:h text:outline-level=\"1\">Kallelse   Socialnämnden</text:h>\n"
      "      <text:p>Tid:<text:tab/>2024-06-04 kl.<text:s/>9.00</text:p>\n"
      "      <text:p>Plats:<text:s text:c=\"3\"/>Sal <text:span>Ekbacken</text:span>, "
      "Rådhuset<text:note><text:note-body><text:p>Fotnot</text:p></text:note-body></text:note></text:p>\n"
      "      <text:list><text:list-item><text:p>Ärende 1 Budgetuppföljning</text:p></text:list-item>"
      "<text:list-item><text:p>Ärende 2 Försörjningsstöd<text:line-break/>Dnr SN 2024/88</text:p>"
      "</text:list-item></text:list>\n"
      "      <table:table><table:table-column table:number-columns-repeated=\"2\"/>\n"
      "        <table:table-row><table:table-cell><text:p>Ledamot</text:p></table:table-cell>"
      "<table:table-cell><text:p>Parti</text:p></table:table-cell></table:table-row>\n"
      "        <table:table-row><table:table-cell><text:p>Erik Holm</text:p><text:p>ordförande</text:p>"
      "</table:table-cell><table:table-cell><text:p>M</text:p></table:table-cell></table:table-row>\n"
      "      </table:table>\n"
      "      <text:p text:style-name=\"Tom\"/>\n"
      "    </office:text>\n  </office:body>\n</office:document-content>";
  const std::string meta =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta "
      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta><dc:title>Kallelse SN 2024-06-04</dc:title>"
      "</office:meta></office:document-meta>";
  const std::string bytes = make_zip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                      {"content.xml", content},
                                      {"meta.xml", meta}});
  const Extraction extraction = extract_odt(bytes);
  REQUIRE(extraction.pages.size() == 1);
  CHECK_FALSE(extraction.paged);
  CHECK(extraction.pages.front() ==
        "Kallelse Socialnämnden\n"
        "Tid:\t2024-06-04 kl. 9.00\n"
        "Plats:   Sal Ekbacken, Rådhuset\n"
        "Ärende 1 Budgetuppföljning\n"
        "Ärende 2 Försörjningsstöd\n"
        "Dnr SN 2024/88\n"
        "Ledamot\tParti\n"
        "Erik Holm ordförande\tM\n");
  CHECK(extraction.title_hint == "Kallelse SN 2024-06-04");

  const std::string untitled = make_zip({{"content.xml", content}});
  CHECK(extract_odt(untitled).title_hint.empty());
}
