#include "docx_writer.hpp"

#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace kommunsok::samples {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr std::string_view kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
constexpr std::string_view kRelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// Escapes text for XML content and attribute values; drops control characters XML 1.0 forbids,
// so a stray byte in the input cannot make the file unreadable.
std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
    }
  }
  return out;
}

// One run holding `text`; line breaks and tabs become Word's own elements so they survive.
std::string run(std::string_view text) {
  std::string out = "<w:r>";
  std::string pending;
  auto flush = [&] {
    if (!pending.empty()) out += "<w:t xml:space=\"preserve\">" + xml_escaped(pending) + "</w:t>";
    pending.clear();
  };
  for (char c : text) {
    if (c == '\n') {
      flush();
      out += "<w:br/>";
    } else if (c == '\t') {
      flush();
      out += "<w:tab/>";
    } else if (c != '\r') {
      pending += c;
    }
  }
  flush();
  out += "</w:r>";
  return out;
}

std::string paragraph(std::string_view text) { return text.empty() ? "<w:p/>" : "<w:p>" + run(text) + "</w:p>"; }

// A bordered table; short rows are padded with empty cells, since every row must span the grid.
std::string table(const std::vector<std::vector<std::string>>& rows) {
  std::size_t columns = 1;
  for (const auto& row : rows) columns = std::max(columns, row.size());
  const std::string width = std::to_string(9000 / columns);  // twentieths of a point, about 16 cm in all
  std::string out = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
    out += std::string("<w:") + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>";
  out += "</w:tblBorders></w:tblPr><w:tblGrid>";
  for (std::size_t i = 0; i < columns; ++i) out += "<w:gridCol w:w=\"" + width + "\"/>";
  out += "</w:tblGrid>";
  for (const auto& row : rows) {
    out += "<w:tr>";
    for (std::size_t i = 0; i < columns; ++i) {
      out += "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/></w:tcPr>";
      out += paragraph(i < row.size() ? row[i] : std::string_view{}) + "</w:tc>";
    }
    out += "</w:tr>";
  }
  out += "</w:tbl>";
  return out;
}

std::string document_xml(const WordDocument& document) {
  std::string out = std::string(kXmlDeclaration) + "<w:document " + std::string(kWordNamespaces) + "><w:body>";
  for (const std::string& text : document.paragraphs) out += paragraph(text);
  // Word wants the body to end with a paragraph, not a table.
  if (!document.table.empty()) out += table(document.table) + "<w:p/>";
  out += "<w:sectPr>";
  if (!document.header.empty()) out += "<w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>";
  // A4 with 2.5 cm margins, in twentieths of a point.
  out += "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
         "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" "
         "w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
  return out;
}

std::string header_xml(const std::string& header) {
  return std::string(kXmlDeclaration) + "<w:hdr " + std::string(kWordNamespaces) + ">" + paragraph(header) +
         "</w:hdr>";
}

std::string core_xml(const std::string& title) {
  return std::string(kXmlDeclaration) +
         "<cp:coreProperties "
         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" +
         xml_escaped(title) + "</dc:title></cp:coreProperties>";
}

std::string content_types_xml(const WordDocument& document) {
  std::string out = std::string(kXmlDeclaration) +
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    "<Default Extension=\"rels\" "
                    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>";
  if (!document.header.empty())
    out += "<Override PartName=\"/word/header1.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>";
  if (!document.title.empty())
    out += "<Override PartName=\"/docProps/core.xml\" "
           "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>";
  out += "</Types>";
  return out;
}

struct Relationship {
  std::string id;
  std::string type;
  std::string target;
};

std::string relationships_xml(const std::vector<Relationship>& relationships) {
  std::string out = std::string(kXmlDeclaration) +
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (const Relationship& r : relationships)
    out += "<Relationship Id=\"" + r.id + "\" Type=\"" + r.type + "\" Target=\"" + r.target + "\"/>";
  out += "</Relationships>";
  return out;
}

std::string package_relationships_xml(const WordDocument& document) {
  std::vector<Relationship> relationships{
      {"rId1", std::string(kRelationshipTypes) + "officeDocument", "word/document.xml"}};
  if (!document.title.empty())
    relationships.push_back({"rId2",
                             "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                             "docProps/core.xml"});
  return relationships_xml(relationships);
}

std::string document_relationships_xml(const WordDocument& document) {
  std::vector<Relationship> relationships;
  if (!document.header.empty())
    relationships.push_back({"rIdHeader1", std::string(kRelationshipTypes) + "header", "header1.xml"});
  return relationships_xml(relationships);
}

// A file name under the temporary directory that nobody else holds; removed when this goes.
class TemporaryFile {
 public:
  TemporaryFile() {
    std::string pattern = (fs::temp_directory_path() / "kommunsok-docx-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("cannot create a temporary file for the .docx");
    ::close(fd);
    path_ = pattern;
  }
  ~TemporaryFile() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string zip_error_text(zip_t* archive) { return zip_error_strerror(zip_get_error(archive)); }

// Writes `parts` (name, content) to a new zip at `path`. libzip reads the buffers only in
// zip_close, so `parts` must stay alive until then — it does, being owned by the caller.
void write_zip(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& parts) {
  int error_code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error_code);
  if (!archive) {
    zip_error_t error;
    zip_error_init_with_code(&error, error_code);
    const std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw std::runtime_error("cannot create the .docx zip: " + message);
  }
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (!source || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      const std::string message = zip_error_text(archive);
      if (source) zip_source_free(source);
      zip_discard(archive);
      throw std::runtime_error("cannot add " + name + " to the .docx: " + message);
    }
  }
  if (zip_close(archive) < 0) {
    const std::string message = zip_error_text(archive);
    zip_discard(archive);
    throw std::runtime_error("cannot write the .docx: " + message);
  }
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) throw std::runtime_error("cannot read back the written .docx");
  return bytes;
}

std::string html_text(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t newline = text.find('\n', start);
    out += xml_escaped(text.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start));
    if (newline == std::string_view::npos) break;
    out += "<br>\n";
    start = newline + 1;
  }
  return out;
}

}  // namespace

std::string docx_file(const WordDocument& document) {
  // [Content_Types].xml first, as Word writes it; tools that sniff the format look there.
  std::vector<std::pair<std::string, std::string>> parts{
      {"[Content_Types].xml", content_types_xml(document)},
      {"_rels/.rels", package_relationships_xml(document)},
      {"word/document.xml", document_xml(document)},
      {"word/_rels/document.xml.rels", document_relationships_xml(document)}};
  if (!document.header.empty()) parts.emplace_back("word/header1.xml", header_xml(document.header));
  if (!document.title.empty()) parts.emplace_back("docProps/core.xml", core_xml(document.title));

  const TemporaryFile file;
  write_zip(file.path(), parts);
  return read_bytes(file.path());
}

std::string html_page(const std::string& title, const std::vector<std::string>& paragraphs) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
      xml_escaped(title) +
      "</title>\n"
      "<style>\nbody { font-family: sans-serif; max-width: 48em; margin: 0 auto; }\n"
      "nav ul { list-style: none; display: flex; gap: 1em; }\n"
      "#cookie-banner { position: fixed; bottom: 0; background: #eee; padding: 1em; }\n</style>\n"
      "<script>\ndocument.addEventListener(\"DOMContentLoaded\", function () {\n"
      "  var knapp = document.querySelector(\"#cookie-banner button\");\n"
      "  knapp.addEventListener(\"click\", function () { knapp.parentNode.remove(); });\n"
      "});\n</script>\n</head>\n<body>\n"
      "<div id=\"cookie-banner\">Vi använder kakor för att webbplatsen ska fungera bra för dig. "
      "<button type=\"button\">Jag förstår</button></div>\n"
      "<header>\n<nav aria-label=\"Huvudmeny\">\n<ul>\n"
      "<li><a href=\"/\">Startsida</a></li>\n"
      "<li><a href=\"/kommun-och-politik/\">Kommun och politik</a></li>\n"
      "<li><a href=\"/utbildning-och-barnomsorg/\">Utbildning och barnomsorg</a></li>\n"
      "<li><a href=\"/omsorg-och-stod/\">Omsorg och stöd</a></li>\n"
      "<li><a href=\"/kontakt/\">Kontakta oss</a></li>\n"
      "</ul>\n</nav>\n</header>\n<main>\n<h1>" +
      xml_escaped(title) + "</h1>\n";
  for (const std::string& text : paragraphs) out += "<p>" + html_text(text) + "</p>\n";
  out +=
      "</main>\n<footer>\n<p>Kommunens växel: 0123-45 67 89 · "
      "<a href=\"/om-webbplatsen/tillganglighet/\">Tillgänglighetsredogörelse</a> · "
      "<a href=\"/om-webbplatsen/kakor/\">Om kakor</a></p>\n</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace kommunsok::samples
