// The sample-file writers: what they write must read back through the same libraries the
// extractors use (poppler, libzip), or the fixtures made with them would test nothing.
#include <poppler-document.h>
#include <poppler-page.h>
#include <zip.h>

#include <catch2/catch.hpp>
#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "docx_writer.hpp"
#include "pdf_writer.hpp"

namespace {

using kommunsok::samples::docx_file;
using kommunsok::samples::html_page;
using kommunsok::samples::scanned_pdf;
using kommunsok::samples::text_pdf;
using kommunsok::samples::WordDocument;

const std::vector<std::string> kPages{
    "Protokoll från kommunstyrelsen i Ekby kommun\n"
    "Kommunstyrelsen beslutade § 14 om skolskjuts för elever på landsbygden.\n"
    "Ordförande Åsa Öberg (S) föreslog bifall till förvaltningens förslag.",
    "§ 15 Budgetramar för förskolan\n"
    "Barn- och utbildningsnämnden får i uppdrag att återkomma med en åtgärdsplan före årsskiftet.\n"
    "Kostnaden på 1,2 miljoner kronor ryms inom ramen – enligt ekonomichefen.",
    "§ 16 Medborgarförslag om cykelväg mellan Ekby och Storå\n"
    "Förslaget anses besvarat. Reservation (skriftlig) lämnades av Jörgen Ädel (C)."};

std::string to_string(const poppler::ustring& text) {
  const poppler::byte_array utf8 = text.to_utf8();
  return std::string(utf8.begin(), utf8.end());
}

std::unique_ptr<poppler::document> load_pdf(const std::string& bytes) {
  return std::unique_ptr<poppler::document>(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
}

std::string page_text(const poppler::document& document, int index) {
  const std::unique_ptr<poppler::page> page(document.create_page(index));
  REQUIRE(page);
  return to_string(page->text());
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\n') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

bool has_letter_or_digit(const std::string& text) {
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || std::isalnum(byte)) return true;  // any non-ASCII byte may be a letter
  }
  return false;
}

// One member of a zip held in memory, read the way an extractor would read a .docx.
struct ZipMember {
  bool found = false;
  std::string content;
};

ZipMember read_zip_member(const std::string& bytes, const char* name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  REQUIRE(source);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!archive) zip_source_free(source);
  zip_error_fini(&error);
  REQUIRE(archive);
  ZipMember member;
  zip_stat_t stat;
  if (zip_stat(archive, name, 0, &stat) == 0) {
    zip_file_t* file = zip_fopen(archive, name, 0);
    if (file) {
      member.content.resize(stat.size);
      const zip_int64_t read = zip_fread(file, member.content.data(), stat.size);
      zip_fclose(file);
      member.found = read == static_cast<zip_int64_t>(stat.size);
    }
  }
  zip_close(archive);  // also frees the source
  return member;
}

}  // namespace

TEST_CASE("text_pdf writes one page per entry that poppler reads back word for word", "[extract][samples]") {
  const std::string pdf = text_pdf(kPages, "Protokoll § 14–16, Ekby kommun");
  REQUIRE(pdf.starts_with("%PDF-1.4"));
  const auto document = load_pdf(pdf);
  REQUIRE(document);
  REQUIRE(document->pages() == 3);

  for (int i = 0; i < 3; ++i) {
    const std::string text = page_text(*document, i);
    for (const std::string& word : words_of(kPages[static_cast<std::size_t>(i)])) {
      INFO("page " << i + 1 << ": " << text);
      CHECK(text.find(word) != std::string::npos);
    }
  }
  CHECK(page_text(*document, 0).find("Öberg") != std::string::npos);
  CHECK(page_text(*document, 1).find("återkomma") != std::string::npos);
  CHECK(page_text(*document, 2).find("Ädel") != std::string::npos);
  CHECK(page_text(*document, 1).find("§") != std::string::npos);
  CHECK(to_string(document->info_key("Title")) == "Protokoll § 14–16, Ekby kommun");
}

TEST_CASE("text_pdf wraps long lines, escapes parentheses and replaces what WinAnsi lacks", "[extract][samples]") {
  std::string long_line;
  for (int i = 0; i < 30; ++i) long_line += "skolskjuts ";
  const std::string pdf = text_pdf({long_line + "\n(bilaga) \\ 50 € “citat” … Ω"});
  const auto document = load_pdf(pdf);
  REQUIRE(document);
  const std::string text = page_text(*document, 0);
  CHECK(words_of(text).size() >= 30);
  CHECK(text.find("(bilaga)") != std::string::npos);
  CHECK(text.find("€") != std::string::npos);
  CHECK(text.find("“citat”") != std::string::npos);
  CHECK(text.find("?") != std::string::npos);   // Ω has no Windows-1252 byte
  CHECK(to_string(document->info_key("Title")).empty());

  const auto lines = kommunsok::samples::wrapped_lines(long_line);
  REQUIRE(lines.size() == 4);
  for (const std::string& line : lines) CHECK(line.size() <= kommunsok::samples::kWrapColumn);
  CHECK_THROWS(text_pdf({}));
}

TEST_CASE("scanned_pdf has the same pages but no text layer", "[extract][samples]") {
  const std::string pdf = scanned_pdf(kPages, 50);
  const auto document = load_pdf(pdf);
  REQUIRE(document);
  REQUIRE(document->pages() == 3);
  for (int i = 0; i < 3; ++i) CHECK_FALSE(has_letter_or_digit(page_text(*document, i)));
  CHECK(pdf.find("/Font") == std::string::npos);
  CHECK(pdf.find("/DeviceGray") != std::string::npos);
}

TEST_CASE("docx_file writes a zip with the document, header, title and table", "[extract][samples]") {
  WordDocument word;
  word.title = "Tjänsteskrivelse om skolskjuts & färdtjänst";
  word.header = "Ekby kommun – Utbildningsförvaltningen";
  word.paragraphs = {"Kommunstyrelsen i Ekby kommun beslutade § 14 om skolskjuts.",
                     "Elever med <särskilda> behov får \"anpassad\" skolskjuts & ledsagare."};
  word.table = {{"Linje", "Avgång"}, {"Ekby–Storå", "07.15"}, {"Bäckby"}};
  const std::string bytes = docx_file(word);
  REQUIRE(bytes.starts_with("PK"));

  const ZipMember document = read_zip_member(bytes, "word/document.xml");
  REQUIRE(document.found);
  CHECK(document.content.find("beslutade § 14 om skolskjuts.") != std::string::npos);
  CHECK(document.content.find("&lt;särskilda&gt; behov får &quot;anpassad&quot; skolskjuts &amp; ledsagare")
        != std::string::npos);
  CHECK(document.content.find("xml:space=\"preserve\"") != std::string::npos);
  CHECK(document.content.find("<w:tbl>") > document.content.find("ledsagare"));
  CHECK(document.content.find("Ekby–Storå") != std::string::npos);
  CHECK(document.content.find("<w:headerReference") != std::string::npos);

  const ZipMember core = read_zip_member(bytes, "docProps/core.xml");
  REQUIRE(core.found);
  CHECK(core.content.find("<dc:title>Tjänsteskrivelse om skolskjuts &amp; färdtjänst</dc:title>") !=
        std::string::npos);
  const ZipMember header = read_zip_member(bytes, "word/header1.xml");
  REQUIRE(header.found);
  CHECK(header.content.find("Utbildningsförvaltningen") != std::string::npos);
  const ZipMember types = read_zip_member(bytes, "[Content_Types].xml");
  REQUIRE(types.found);
  CHECK(types.content.find("/docProps/core.xml") != std::string::npos);
  CHECK(read_zip_member(bytes, "word/_rels/document.xml.rels").content.find("header1.xml") != std::string::npos);
}

TEST_CASE("docx_file leaves out the parts it has nothing for", "[extract][samples]") {
  const std::string bytes = docx_file({"", "", {"Ett enda stycke om bygglov."}, {}});
  CHECK(read_zip_member(bytes, "word/document.xml").content.find("bygglov") != std::string::npos);
  CHECK_FALSE(read_zip_member(bytes, "docProps/core.xml").found);
  CHECK_FALSE(read_zip_member(bytes, "word/header1.xml").found);
  const std::string document = read_zip_member(bytes, "word/document.xml").content;
  CHECK(document.find("<w:tbl>") == std::string::npos);
  CHECK(document.find("headerReference") == std::string::npos);
}

TEST_CASE("html_page escapes its title and paragraphs around the page furniture", "[extract][samples]") {
  const std::string html = html_page("Skolskjuts & färdtjänst <2025>",
                                     {"Ansökan om skolskjuts görs i e-tjänsten.", "Frågor? Ring \"Kontaktcenter\" & fråga."});
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(html.find("<title>Skolskjuts &amp; färdtjänst &lt;2025&gt;</title>") != std::string::npos);
  CHECK(html.find("<h1>Skolskjuts &amp; färdtjänst &lt;2025&gt;</h1>") != std::string::npos);
  CHECK(html.find("<p>Ansökan om skolskjuts görs i e-tjänsten.</p>") != std::string::npos);
  CHECK(html.find("<p>Frågor? Ring &quot;Kontaktcenter&quot; &amp; fråga.</p>") != std::string::npos);
  for (const char* furniture : {"<nav", "<script>", "<style>", "<div id=\"cookie-banner\">Vi använder kakor",
                                "<footer>", "<main>"})
    CHECK(html.find(furniture) != std::string::npos);
  CHECK(html.find("<main>") < html.find("Ansökan"));
  CHECK(html.find("Ansökan") < html.find("</main>"));
}
