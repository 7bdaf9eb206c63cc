// Real files in, as a journalist brings them: a folder of PDFs (one scanned), a Word file, a
// web page — and broken or hostile files that must each cost only themselves. Then the
// originals as a reader gets them: byte for byte, with ranges, and pages in the hits.
#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "docx_writer.hpp"
#include "http_client.hpp"
#include "process_run.hpp"
#include "kommunsok/server/search_server.hpp"
#include "pdf_writer.hpp"
#include "temp_dir.hpp"
#include "zip_fixture.hpp"

using namespace kommunsok;

namespace {

test::Outcome run_indexer(const std::vector<std::string>& args) { return test::run(KOMMUNSOK_INDEXER_BIN, args); }

const std::vector<std::string> kProtocolPages{
    "EKBY KOMMUN\nProtokoll Kommunstyrelsen\nSammanträdesdatum 2024-03-12\n\n§ 14 Val av justerare\n\n"
    "Till justerare utses Eva Ek (S).",
    "§ 15 Upphandling av skolskjuts\n\nDnr KS 2024/118\n\nKommunstyrelsen beslutar att upphandla skolskjuts\n"
    "för Östra skolområdet från hösten.",
    "§ 16 Snöröjning på gång- och cykelvägar\n\nDnr KS 2024/131\n\nÄrendet om plogningen av cykelstråken bordläggs."};

std::string document_path(const std::string& id) { return "/api/documents/" + test::url_encode(id); }

std::string billion_laughs() {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [\n<!ENTITY l0 \"skratt\">\n";
  for (int i = 1; i <= 10; ++i) {
    xml += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) xml += "&l" + std::to_string(i - 1) + ";";
    xml += "\">\n";
  }
  return xml + "]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
               "<w:p><w:r><w:t>&l10;</w:t></w:r></w:p></w:body></w:document>";
}

}  // namespace

TEST_CASE("PDF, scanned PDF, Word and HTML are indexed, hostile files fail alone, and originals are served",
          "[e2e][files]") {
  test::TempDir sources, data;
  sources.write("ks/2024-03-12.pdf", samples::text_pdf(kProtocolPages, "Protokoll KS 2024-03-12"));
  sources.write("arkiv/1987-skannad.pdf",
                samples::scanned_pdf({"Kommunfullmäktige 1987\n\nInterpellation om vattenledningen\ni Kvarnbyn."}, 200));
  sources.write("webb/interpellation.html",
                samples::html_page("Svar på interpellation om fritidsgårdarna",
                                   {"Kommunalrådet svarar att fritidsgårdarna i Ekby håller öppet hela sommaren."}));
  samples::WordDocument word;
  word.title = "Svar på interpellation om lekplatser";
  word.paragraphs = {"Svar på interpellation om lekplatser", "Lekplatsen vid Tallbacken rustas under året."};
  sources.write("svar/lekplatser.docx", samples::docx_file(word));
  const std::string pdf_bytes = test::read_file(sources.path() / "ks/2024-03-12.pdf");

  // Hostile and broken files, made here.
  sources.write("trasigt/bomb.docx", test::zip_bytes({{"word/document.xml", std::string(300u << 20, 'a')}}));
  sources.write("trasigt/skratt.docx", test::docx_with_document_xml(billion_laughs()));
  sources.write("trasigt/xxe.docx", test::docx_with_document_xml(
                                        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                        "<w:body><w:p><w:r><w:t>Hemlig: &x;</w:t></w:r></w:p></w:body></w:document>"));
  sources.write("trasigt/trasig.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrasigt\n");
  sources.write("trasigt/tiotusen-sidor.pdf", samples::text_pdf(std::vector<std::string>(10000, "sida")));
  sources.write("trasigt/gammal.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0'));
  const auto huge = sources.write("trasigt/enorm.pdf", "%PDF-1.4\n");
  std::filesystem::resize_file(huge, 2ull << 30);  // sparse: 2 GB that take no disk

  const std::string db = (data.path() / "index").string();
  const test::Outcome first = run_indexer({"--db", db, sources.path().string()});
  INFO(first.out << first.err);
  CHECK(first.exit_code == 1);
  CHECK_THAT(first.out, Catch::Contains("indexed 5,") && Catch::Contains("failed 6"));
  CHECK_THAT(first.out, Catch::Contains("docx 2") && Catch::Contains("html 1") && Catch::Contains("pdf 2"));
  CHECK_THAT(first.out, Catch::Contains("OCR: ") && Catch::Contains("1987-skannad.pdf: 1 of 1 pages read by OCR"));
  CHECK_THAT(first.err, Catch::Contains("bomb.docx: ") && Catch::Contains("zip bomb"));
  CHECK_THAT(first.err, Catch::Contains("trasig.pdf: damaged PDF"));
  CHECK_THAT(first.err, Catch::Contains("tiotusen-sidor.pdf: PDF has 10000 pages"));
  CHECK_THAT(first.err, Catch::Contains("gammal.doc: legacy Word file"));
  CHECK_THAT(first.err, Catch::Contains("enorm.pdf: file too large"));
  CHECK_THAT(first.err, Catch::Contains("skratt.docx: ") && Catch::Contains("entity"));
  CHECK_THAT(first.err, !Catch::Contains("xxe.docx"));  // indexed — without the file it points at

  // --explain shows a PDF's pages and where each § starts.
  const test::Outcome explained = run_indexer({"--explain", (sources.path() / "ks/2024-03-12.pdf").string()});
  CHECK(explained.exit_code == 0);
  CHECK_THAT(explained.out, Catch::Contains("format: pdf") && Catch::Contains("pages: 3"));
  CHECK_THAT(explained.out, Catch::Contains("§ 15") && Catch::Contains("page 2"));
  const test::Outcome explained_scan = run_indexer({"--explain", (sources.path() / "arkiv/1987-skannad.pdf").string()});
  CHECK_THAT(explained_scan.out, Catch::Contains("read by OCR: pages 1"));

  server::ServerOptions options;
  options.db = db;
  options.port = 0;
  server::SearchServer server(options);
  server.start();
  const unsigned short port = server.port();

  // Each § of the PDF is found with the page it stands on, and links to the original.
  auto hits = test::http_get(port, "/api/search?q=plogningen").json()->getArray("hits");
  REQUIRE(hits->size() == 1);
  auto hit = hits->getObject(0);
  CHECK(hit->getValue<std::string>("id") == "ks/2024-03-12.pdf#§16");
  CHECK(hit->getValue<int>("page") == 3);
  CHECK(hit->getValue<std::string>("original") == "/api/documents/ks/2024-03-12.pdf%23%C2%A716/original");
  hit = test::http_get(port, "/api/search?q=skolskjuts").json()->getArray("hits")->getObject(0);
  CHECK(hit->getValue<int>("page") == 2);

  auto protocol = test::http_get(port, document_path("ks/2024-03-12.pdf")).json();
  auto sections = protocol->getArray("sections");
  REQUIRE(sections->size() == 3);
  CHECK(sections->getObject(1)->getValue<int>("page") == 2);
  CHECK(sections->getObject(2)->getValue<int>("number") == 16);
  auto source = protocol->getObject("source");
  CHECK(source->getValue<std::string>("file_name") == "2024-03-12.pdf");
  CHECK(source->getValue<std::string>("path") == "ks/2024-03-12.pdf");
  CHECK(source->getValue<int>("pages") == 3);
  CHECK(source->getValue<std::string>("sha256").size() == 64);
  // No path of the indexing machine anywhere in what the API says.
  const std::string raw_document = test::http_get(port, document_path("ks/2024-03-12.pdf")).body;
  CHECK(raw_document.find(sources.path().string()) == std::string::npos);

  // The scanned page is found by a word that exists only in its image.
  auto scanned = test::http_get(port, "/api/search?q=Kvarnbyn").json();
  REQUIRE(scanned->getValue<std::size_t>("total") == 1);
  CHECK(scanned->getArray("hits")->getObject(0)->getValue<std::string>("id") == "arkiv/1987-skannad.pdf");

  // The external entity was never read: no line of /etc/passwd is searchable.
  CHECK(test::http_get(port, "/api/search?q=Hemlig").json()->getValue<std::size_t>("total") == 1);
  CHECK(test::http_get(port, "/api/search?q=root").json()->getValue<std::size_t>("total") == 0);
  CHECK(test::http_get(port, document_path("trasigt/xxe.docx")).body.find("/bin/") == std::string::npos);

  // Word and HTML: their titles and words.
  auto word_hit = test::http_get(port, "/api/search?q=Tallbacken").json()->getArray("hits")->getObject(0);
  CHECK(word_hit->getValue<std::string>("title") == "Svar på interpellation om lekplatser");
  auto html_hit = test::http_get(port, "/api/search?q=fritidsgårdarna").json()->getArray("hits")->getObject(0);
  CHECK(html_hit->getValue<std::string>("id") == "webb/interpellation.html");
  CHECK(test::http_get(port, "/api/search?q=kakor").json()->getValue<std::size_t>("total") == 0);  // cookie banner left out

  // The original, byte for byte, with the headers a PDF viewer needs.
  const std::string original = document_path("ks/2024-03-12.pdf") + "/original";
  auto whole = test::http_get(port, original);
  REQUIRE(whole.status == 200);
  CHECK(whole.body == pdf_bytes);
  CHECK(whole.content_type == "application/pdf");
  CHECK(whole.headers["Accept-Ranges"] == "bytes");
  CHECK_THAT(whole.headers["Content-Disposition"], Catch::Contains("2024-03-12.pdf"));
  CHECK(whole.headers["ETag"] == "\"" + source->getValue<std::string>("sha256") + "\"");
  CHECK_THAT(whole.headers["Last-Modified"], Catch::EndsWith(" GMT"));
  auto part = test::http_get(port, original, "GET", {{"Range", "bytes=10-19"}});
  CHECK(part.status == 206);
  CHECK(part.body == pdf_bytes.substr(10, 10));
  CHECK(part.headers["Content-Range"] == "bytes 10-19/" + std::to_string(pdf_bytes.size()));
  CHECK(test::http_get(port, original, "GET", {{"Range", "bytes=99999999-"}}).status == 416);
  CHECK(test::http_get(port, original, "GET", {{"If-None-Match", whole.headers["ETag"]}}).status == 304);
  // A paragraph's original is its protocol's file.
  CHECK(test::http_get(port, document_path("ks/2024-03-12.pdf#§15") + "/original").body == pdf_bytes);
  CHECK(test::http_get(port, document_path("finns/inte.pdf") + "/original").status == 404);

  // The service keeps what it serves when the source folder is gone.
  std::filesystem::rename(sources.path() / "ks", data.path() / "flyttad");
  CHECK(test::http_get(port, original).body == pdf_bytes);

  // Pruning removes the document and its archived original; nothing else goes.
  std::filesystem::remove_all(sources.path() / "trasigt");
  const test::Outcome pruned = run_indexer({"--db", db, "--prune", sources.path().string()});
  INFO(pruned.out << pruned.err);
  CHECK(pruned.exit_code == 0);
  CHECK(test::http_get(port, original).status == 404);
  std::size_t archived = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(data.path() / "index" / "originals"))
    if (entry.is_regular_file()) ++archived;
  CHECK(archived == 3);  // the scanned PDF, the Word file and the web page
  CHECK(test::http_get(port, document_path("svar/lekplatser.docx") + "/original").status == 200);
  server.stop();
}
