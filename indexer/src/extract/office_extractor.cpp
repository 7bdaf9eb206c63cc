// Why: protocols and decisions are often published as the Word or OpenDocument file they were
// written in. Both are zip containers of XML; their text is read paragraph by paragraph into
// lines, tables row by row, without ever substituting entities or loading anything named in
// the file: a document is data, never a reason to read /etc/passwd or fill the memory.
#include "kommunsok/indexer/extract/extraction.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "kommunsok/indexer/extract/zip_archive.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

// No NOENT, DTDLOAD or HUGE: entities stay unexpanded references, no external DTD or entity is
// read, and libxml2's limits on depth and size stay on.
constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;

constexpr std::string_view kNotDocx = "not a Word file (.docx)";
constexpr std::string_view kNotOdt = "not an OpenDocument text file (.odt)";

// More spaces than this from one <text:s text:c="…"/> are a hostile count, not layout.
constexpr long kMaxRepeatedSpaces = 100;

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocument = std::unique_ptr<xmlDoc, DocFree>;

struct ParserFree {
  void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};

struct XmlCharFree {
  void operator()(xmlChar* text) const { xmlFree(text); }
};
using XmlString = std::unique_ptr<xmlChar, XmlCharFree>;

std::string_view local_name(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

bool is_element(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && local_name(node) == name;
}

std::string attribute(const xmlNode* node, const char* name) {
  // xmlGetProp matches the local name whatever the namespace: w:val, text:c, Target.
  const XmlString value(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
  return value ? std::string(reinterpret_cast<const char*>(value.get())) : std::string();
}

std::string megabytes(std::size_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MB"; }

XmlDocument parse_xml(const std::string& xml, const std::string& part) {
  if (xml.size() > static_cast<std::size_t>(INT_MAX)) throw SourceError(part + " is too large to read");
  const std::unique_ptr<xmlParserCtxt, ParserFree> context(xmlNewParserCtxt());
  if (!context) throw std::bad_alloc();
  XmlDocument doc(
      xmlCtxtReadMemory(context.get(), xml.data(), static_cast<int>(xml.size()), nullptr, nullptr, kParseOptions));
  if (!doc) {
    const xmlError* error = xmlCtxtGetLastError(context.get());
    const std::string reason = error != nullptr && error->message != nullptr ? error->message : "unknown error";
    throw SourceError(part + " is not well-formed XML: " + std::string(trim(reason)));
  }
  return doc;
}

XmlDocument read_part(const ZipArchive& archive, const std::string& part) {
  return parse_xml(archive.read(part, kMaxUnzippedBytes), part);
}

ZipArchive open_container(std::string_view bytes, std::string_view not_this_format) {
  try {
    return ZipArchive(bytes);
  } catch (const SourceError& error) {
    throw SourceError(std::string(not_this_format) + ": " + error.what());
  }
}

// The first element of this local name under node, depth first. Recursion is bounded: the
// parser refuses documents nested deeper than 256 elements (no XML_PARSE_HUGE).
const xmlNode* find_element(const xmlNode* node, std::string_view name) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (local_name(child) == name) return child;
    if (const xmlNode* found = find_element(child, name)) return found;
  }
  return nullptr;
}

// The text directly inside an element (<w:t>, <dc:title>). Entity references are skipped,
// never followed: their content is whatever the file's DTD claims.
std::string own_text(const xmlNode* node) {
  std::string text;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next)
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content != nullptr)
      text += reinterpret_cast<const char*>(child->content);
  return text;
}

// The dc:title of a properties part (docProps/core.xml, meta.xml). A title is a hint: a part
// that is missing or unreadable gives none, and the document is still read.
std::string title_from(const ZipArchive& archive, const std::string& part) {
  try {
    if (!archive.has(part)) return {};
    const XmlDocument doc = read_part(archive, part);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    const xmlNode* title = root != nullptr ? find_element(root, "title") : nullptr;
    return title != nullptr ? collapse_spaces(own_text(title)) : std::string();
  } catch (const SourceError&) {
    return {};
  }
}

// Builds the document text line by line. Table cells are joined by a tab on their row's line;
// inside a cell, paragraph and line breaks read as spaces so the row stays one line.
class TextLines {
 public:
  explicit TextLines(std::string_view format) : format_(format) {}

  void add(std::string_view text) {
    for (char c : text) line_ += c == '\n' || c == '\r' ? ' ' : c;
    check_size();
  }

  // ODF collapses runs of white space in text to one space; explicit spaces come as <text:s>.
  void add_collapsed(std::string_view text) {
    for (char c : text) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (!space) {
        line_ += c;
      } else if (!line_.empty() && line_.back() != ' ' && line_.back() != '\t') {
        line_ += ' ';
      }
    }
    check_size();
  }

  void add_tab() { line_ += cell_depth_ > 0 ? ' ' : '\t'; }

  void end_line() {
    if (cell_depth_ > 0) {
      if (!line_.empty() && line_.back() != ' ' && line_.back() != '\t') line_ += ' ';
      return;
    }
    if (const std::string_view line = trim(line_); !line.empty()) {
      text_ += line;
      text_ += '\n';
    }
    line_.clear();
  }

  void enter_cell() {
    if (cell_depth_++ > 0) {  // a table in a cell: its cells are words of the outer cell
      end_line();
      return;
    }
    while (!line_.empty() && line_.back() == ' ') line_.pop_back();
    if (!line_.empty() && line_.back() != '\t') line_ += '\t';
  }

  void leave_cell() {
    if (--cell_depth_ > 0) return;
    while (!line_.empty() && line_.back() == ' ') line_.pop_back();
  }

  std::string finish() {
    cell_depth_ = 0;
    end_line();
    if (text_.empty()) throw SourceError("no text in the " + std::string(format_));
    return std::move(text_);
  }

 private:
  void check_size() const {
    if (text_.size() + line_.size() > kMaxExtractedTextBytes)
      throw SourceError("the " + std::string(format_) + " has more than " + megabytes(kMaxExtractedTextBytes) +
                        " of text");
  }

  std::string_view format_;
  std::string text_;
  std::string line_;
  int cell_depth_ = 0;
};

// ---- Word (.docx) ----

// Word elements that hold no body text, or text that is not the document's: properties,
// deleted, moved-away and field-code text, and the fallback copy of a text box (mc:Choice has
// the same text).
bool is_skipped_word_element(std::string_view name) {
  return name == "pPr" || name == "rPr" || name == "sectPr" || name == "tblPr" || name == "trPr" ||
         name == "tcPr" || name == "tblGrid" || name == "Fallback" || name == "del" || name == "delText" ||
         name == "moveFrom" || name == "instrText";
}

// The text of a Word part (body, header) in document order. Recursion is bounded by the
// parser's depth limit.
void read_word(const xmlNode* node, TextLines& lines) {
  const bool in_run = local_name(node) == "r";
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;  // text outside <w:t> is only indentation
    const std::string_view name = local_name(child);
    if (name == "t") {
      lines.add(own_text(child));
    } else if (in_run && name == "tab") {  // not the tab stops of a paragraph's properties
      lines.add_tab();
    } else if (in_run && (name == "br" || name == "cr")) {
      lines.end_line();
    } else if (in_run && name == "noBreakHyphen") {
      lines.add("-");
    } else if (!is_skipped_word_element(name)) {
      const bool line = name == "p" || name == "tr";
      if (name == "tc") lines.enter_cell();
      if (line) lines.end_line();
      read_word(child, lines);
      if (line) lines.end_line();
      if (name == "tc") lines.leave_cell();
    }
  }
}

// Part name of a relationship target: "header1.xml" is relative to word/, "/word/x.xml" is
// absolute in the container.
std::string word_part(const std::string& target) {
  if (target.starts_with('/')) return target.substr(1);
  return (std::filesystem::path("word") / target).lexically_normal().generic_string();
}

// The header parts in the order the document's relationships list them; without that list,
// in name order (header2 before header10).
std::vector<std::string> header_parts(const ZipArchive& archive) {
  std::vector<std::string> parts;
  const std::string rels = "word/_rels/document.xml.rels";
  if (archive.has(rels)) {
    const XmlDocument doc = read_part(archive, rels);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    for (const xmlNode* r = root != nullptr ? root->children : nullptr; r != nullptr; r = r->next) {
      if (!is_element(r, "Relationship") || !attribute(r, "Type").ends_with("/header")) continue;
      if (attribute(r, "TargetMode") == "External") continue;
      const std::string part = word_part(attribute(r, "Target"));
      if (archive.has(part) && std::find(parts.begin(), parts.end(), part) == parts.end()) parts.push_back(part);
    }
    return parts;
  }
  for (const std::string& name : archive.names())
    if (name.starts_with("word/header") && name.ends_with(".xml")) parts.push_back(name);
  std::sort(parts.begin(), parts.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  return parts;
}

void read_word_part(const ZipArchive& archive, const std::string& part, TextLines& lines) {
  const XmlDocument doc = read_part(archive, part);
  if (const xmlNode* root = xmlDocGetRootElement(doc.get())) read_word(root, lines);
}

// ---- OpenDocument (.odt) ----

bool is_skipped_odf_element(std::string_view name) {
  // Footnotes and comments interrupt the sentence they are anchored in; tracked changes hold
  // deleted text; a covered cell is the hidden part of a merged one.
  return name == "note" || name == "annotation" || name == "tracked-changes" || name == "sequence-decls" ||
         name == "covered-table-cell" || name == "forms";
}

std::size_t repeated_spaces(const xmlNode* node) {
  const std::string count = attribute(node, "c");
  long n = 1;
  if (!count.empty()) n = std::strtol(count.c_str(), nullptr, 10);
  return static_cast<std::size_t>(std::clamp(n, 1L, kMaxRepeatedSpaces));
}

// The text of an ODF element in document order; in_paragraph says whether text nodes here are
// the document's text or only the file's indentation.
void read_odf(const xmlNode* node, bool in_paragraph, TextLines& lines) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (in_paragraph && child->content != nullptr) lines.add_collapsed(reinterpret_cast<const char*>(child->content));
      continue;
    }
    if (child->type != XML_ELEMENT_NODE) continue;  // entity references are never followed
    const std::string_view name = local_name(child);
    if (name == "s") {
      lines.add(std::string(repeated_spaces(child), ' '));
    } else if (name == "tab") {
      lines.add_tab();
    } else if (name == "line-break") {
      lines.end_line();
    } else if (!is_skipped_odf_element(name)) {
      const bool paragraph = name == "p" || name == "h";
      const bool line = paragraph || name == "table-row";
      if (name == "table-cell") lines.enter_cell();
      if (line) lines.end_line();
      read_odf(child, in_paragraph || paragraph, lines);
      if (line) lines.end_line();
      if (name == "table-cell") lines.leave_cell();
    }
  }
}

}  // namespace

Extraction extract_docx(std::string_view bytes) {
  const ZipArchive archive = open_container(bytes, kNotDocx);
  const std::string body = "word/document.xml";
  if (!archive.has(body))
    throw SourceError(std::string(kNotDocx) + ": " + body + " is missing from the zip container");

  // Headers first: they carry the document type, organ and date that recognizers look for at
  // the top.
  TextLines lines("Word file (.docx)");
  for (const std::string& part : header_parts(archive)) read_word_part(archive, part, lines);
  read_word_part(archive, body, lines);

  Extraction extraction;
  extraction.pages.push_back(lines.finish());
  extraction.title_hint = title_from(archive, "docProps/core.xml");
  extraction.paged = false;
  return extraction;
}

Extraction extract_odt(std::string_view bytes) {
  const ZipArchive archive = open_container(bytes, kNotOdt);
  const std::string content = "content.xml";
  if (!archive.has(content))
    throw SourceError(std::string(kNotOdt) + ": " + content + " is missing from the zip container");

  const XmlDocument doc = read_part(archive, content);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  const xmlNode* body = root != nullptr ? find_element(root, "body") : nullptr;
  TextLines lines("OpenDocument text file (.odt)");
  if (body != nullptr) read_odf(body, false, lines);

  Extraction extraction;
  extraction.pages.push_back(lines.finish());
  extraction.title_hint = title_from(archive, "meta.xml");
  extraction.paged = false;
  return extraction;
}

}  // namespace kommunsok::indexer
