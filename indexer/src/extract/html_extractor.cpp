// Why: a municipality's web page is mostly site furniture — menus, breadcrumbs, cookie banners,
// footers — around a little real text. Recognizers read lines, so the page's own text is kept
// with its block structure (a heading is its own line) and the furniture is left out.
#include "kommunsok/indexer/extract/extraction.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <array>
#include <climits>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>

#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/indexer/text_file.hpp"
#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::indexer {

namespace {

// No network, no entity expansion (no NOENT, no DTD loading): the page is read as it stands.
constexpr int kParseOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_RECOVER | HTML_PARSE_COMPACT;

// Elements that never hold the page's own text.
constexpr auto kLeftOutElements = std::to_array<std::string_view>(
    {"script", "style", "noscript", "template", "nav", "aside", "form", "button", "select", "iframe", "svg",
     "head", "textarea", "object", "embed", "video", "audio", "canvas"});

// Site header and footer; inside <main> or an <article> they are the document's own heading
// block and date line instead, and are kept.
constexpr auto kChromeElements = std::to_array<std::string_view>({"header", "footer"});
constexpr auto kChromeRoles = std::to_array<std::string_view>({"banner", "contentinfo"});
constexpr auto kLeftOutRoles = std::to_array<std::string_view>({"complementary", "search"});

// Elements that start and end a line.
constexpr auto kBlockElements = std::to_array<std::string_view>(
    {"address", "article", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
     "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
     "header", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table",
     "tbody", "tfoot", "thead", "tr", "ul"});

// Elements that are paragraphs of their own: a blank line sets them apart, as in the text
// files the recognizers read (a <br> only ends a line).
constexpr auto kParagraphElements = std::to_array<std::string_view>(
    {"address", "blockquote", "dl", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "p", "pre", "table", "ul"});

// Attribute words that mark furniture wherever they appear in the value.
constexpr auto kFurnitureSubstrings =
    std::to_array<std::string_view>({"cookie", "consent", "gdpr", "breadcrumb", "brödsmul"});
// Attribute words that mark furniture only at the start or end of a word, so that "nav" finds
// "main-nav", "navbar" and "sidenav" but not "canvas".
constexpr auto kFurnitureWordEdges = std::to_array<std::string_view>({"nav", "menu", "meny"});

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using HtmlDocument = std::unique_ptr<xmlDoc, DocFree>;

struct XmlCharFree {
  void operator()(xmlChar* text) const { xmlFree(text); }
};
using XmlString = std::unique_ptr<xmlChar, XmlCharFree>;

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& set, std::string_view value) {
  for (std::string_view item : set)
    if (item == value) return true;
  return false;
}

std::string_view name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

bool is_element(const xmlNode* node) { return node->type == XML_ELEMENT_NODE; }

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string attribute(const xmlNode* node, const char* name) {
  const XmlString value(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
  return value ? std::string(reinterpret_cast<const char*>(value.get())) : std::string();
}

// The element's role tokens ("navigation", "main"), lowercased.
bool has_role(const xmlNode* node, std::string_view role) {
  const std::string roles = ascii_lower(attribute(node, "role"));
  for (std::string_view token : split_words(roles))
    if (token == role) return true;
  return false;
}

template <std::size_t N>
bool has_any_role(const xmlNode* node, const std::array<std::string_view, N>& roles) {
  for (std::string_view role : roles)
    if (has_role(node, role)) return true;
  return false;
}

bool is_main(const xmlNode* node) { return name_of(node) == "main" || has_role(node, "main"); }

bool is_word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
}

// Words of an id or class: split at anything not a letter or digit and at camelCase humps
// ("mainNav" → "main", "nav"), lowercased.
std::vector<std::string> attribute_words(std::string_view value) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    const bool hump = c >= 'A' && c <= 'Z' && i > 0 && value[i - 1] >= 'a' && value[i - 1] <= 'z';
    if (!is_word_byte(c) || hump) {
      if (!word.empty()) words.push_back(ascii_lower(word));
      word.clear();
    }
    if (is_word_byte(c)) word += c;
  }
  if (!word.empty()) words.push_back(ascii_lower(word));
  return words;
}

bool marks_furniture(std::string_view value) {
  if (value.empty()) return false;
  const std::string lowered = ascii_lower(value);
  for (std::string_view needle : kFurnitureSubstrings)
    if (lowered.find(needle) != std::string::npos) return true;
  for (const std::string& word : attribute_words(value)) {
    if (word == "kakor") return true;  // Swedish for cookies
    for (std::string_view edge : kFurnitureWordEdges)
      if (word.starts_with(edge) || word.ends_with(edge)) return true;
  }
  return false;
}

bool has_furniture_attribute(const xmlNode* node) {
  for (const char* name : {"id", "class", "aria-label", "role"})
    if (marks_furniture(attribute(node, name))) return true;
  return false;
}

// Visits the tree under root depth-first without recursion, so the stack stays flat however
// deep a hostile page nests its elements. enter(node) says whether to visit the node's children;
// leave(node) follows for every node entered so.
template <typename Enter, typename Leave>
void walk(xmlNode* root, Enter enter, Leave leave) {
  xmlNode* node = root;
  while (true) {
    if (enter(node)) {
      if (node->children != nullptr) {
        node = node->children;
        continue;
      }
      leave(node);
    }
    while (node != root && node->next == nullptr) {
      node = node->parent;
      leave(node);
    }
    if (node == root) return;
    node = node->next;
  }
}

template <typename Predicate>
xmlNode* find_first(xmlNode* root, Predicate matches) {
  xmlNode* found = nullptr;
  walk(
      root,
      [&](xmlNode* node) {
        if (found != nullptr || !is_element(node)) return false;
        if (matches(node)) {
          found = node;
          return false;
        }
        return !contains(kLeftOutElements, name_of(node)) || name_of(node) == "head";
      },
      [](xmlNode*) {});
  return found;
}

// Elements that hold the document's heading or main content: an attribute that looks like
// furniture ("nav-wrapper") does not leave these out with everything in them.
std::unordered_set<const xmlNode*> content_holders(xmlNode* root) {
  std::unordered_set<const xmlNode*> holders;
  walk(
      root,
      [&](xmlNode* node) {
        if (!is_element(node)) return false;
        const std::string_view name = name_of(node);
        if (name == "h1" || name == "article" || is_main(node))
          for (const xmlNode* up = node; up != nullptr && holders.insert(up).second; up = up->parent) {
          }
        return true;
      },
      [](xmlNode*) {});
  return holders;
}

// The second byte of a UTF-8 C1 control character (U+0080..U+009F, first byte 0xC2).
bool is_c1_control_tail(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0x80 && b <= 0x9F;
}

// Builds the page text line by line: whitespace collapsed inside a line, table cells joined by
// a tab, and line breaks inside a cell read as spaces so a row stays one line.
class LineWriter {
 public:
  void add_text(std::string_view text, bool keep_newlines) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      const bool no_break_space = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || no_break_space) {
        if (c == '\n' && keep_newlines) end_line();
        pending_space_ = true;
        i += no_break_space ? 1 : 0;
        continue;
      }
      if (pending_space_ && !line_.empty() && line_.back() != '\t') line_ += ' ';
      pending_space_ = false;
      if (c == '\xC2' && i + 1 < text.size() && is_c1_control_tail(text[i + 1])) {
        // A C1 control comes from a page declared ISO-8859-1 but written in Windows-1252, as
        // browsers assume: read it as the Windows-1252 character (’ – “ …) it was meant to be.
        line_ += windows1252_to_utf8(text.substr(i + 1, 1));
        ++i;
        continue;
      }
      // libxml2 lets a byte that is not UTF-8 through now and then (after a bare "&" in a
      // page without a declared charset): it is read as Windows-1252, as in text files.
      const std::size_t length = schema::utf8_sequence_length(text, i);
      if (length == 0) {
        line_ += windows1252_to_utf8(text.substr(i, 1));
        continue;
      }
      line_ += text.substr(i, length);
      i += length - 1;
    }
    check_size();
  }

  void end_line() {
    if (cell_depth_ > 0) {
      pending_space_ = true;
      return;
    }
    while (!line_.empty() && (line_.back() == ' ' || line_.back() == '\t')) line_.pop_back();
    if (!line_.empty()) {
      text_ += line_;
      text_ += '\n';
    }
    line_.clear();
    pending_space_ = false;
  }

  void end_paragraph() {
    end_line();
    if (cell_depth_ == 0 && !text_.empty() && !text_.ends_with("\n\n")) text_ += '\n';
  }

  void enter_cell() {
    if (cell_depth_++ > 0) {  // a table in a cell: its cells are words of the outer cell
      pending_space_ = true;
      return;
    }
    if (!line_.empty() && line_.back() != '\t') line_ += '\t';
    pending_space_ = false;
  }

  void leave_cell() { --cell_depth_; }

  std::string finish() {
    cell_depth_ = 0;
    end_line();
    while (text_.ends_with("\n\n")) text_.pop_back();
    return std::move(text_);
  }

 private:
  void check_size() const {
    if (text_.size() + line_.size() > kMaxExtractedTextBytes)
      throw SourceError("the HTML page has more than " + std::to_string(kMaxExtractedTextBytes >> 20) +
                        " MB of text");
  }

  std::string text_;
  std::string line_;
  bool pending_space_ = false;
  int cell_depth_ = 0;
};

// Text of a heading or <title>: all its text on one line, whitespace collapsed.
std::string text_content(const xmlNode* node) {
  const XmlString content(xmlNodeGetContent(node));
  if (!content) return {};
  LineWriter writer;
  writer.add_text(reinterpret_cast<const char*>(content.get()), false);
  return collapse_spaces(writer.finish());
}

// Walks the page's main text into lines, leaving furniture out.
class PageReader {
 public:
  PageReader(xmlNode* root, bool root_is_content) : holders_(content_holders(root)) {
    content_depth_ = root_is_content ? 1 : 0;
    walk(
        root, [this](xmlNode* node) { return enter(node); }, [this](xmlNode* node) { leave(node); });
  }

  std::string text() { return writer_.finish(); }
  const std::string& first_heading() const { return first_heading_; }

 private:
  bool enter(xmlNode* node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content != nullptr)
        writer_.add_text(reinterpret_cast<const char*>(node->content), preformatted_depth_ > 0);
      return false;
    }
    if (!is_element(node) || is_left_out(node)) return false;

    const std::string_view name = name_of(node);
    if (contains(kParagraphElements, name)) writer_.end_paragraph();
    if (contains(kBlockElements, name)) writer_.end_line();
    if (name == "td" || name == "th") writer_.enter_cell();
    if (name == "pre") ++preformatted_depth_;
    if (name == "article" || is_main(node)) ++content_depth_;
    if (name == "h1" && first_heading_.empty()) first_heading_ = text_content(node);
    return true;
  }

  void leave(xmlNode* node) {
    if (!is_element(node)) return;
    const std::string_view name = name_of(node);
    if (contains(kParagraphElements, name)) writer_.end_paragraph();
    if (contains(kBlockElements, name)) writer_.end_line();
    if (name == "td" || name == "th") writer_.leave_cell();
    if (name == "pre") --preformatted_depth_;
    if (name == "article" || is_main(node)) --content_depth_;
  }

  bool is_left_out(const xmlNode* node) const {
    const std::string_view name = name_of(node);
    if (contains(kLeftOutElements, name) || has_any_role(node, kLeftOutRoles)) return true;
    const bool chrome = contains(kChromeElements, name) || has_any_role(node, kChromeRoles);
    if (chrome && content_depth_ == 0) return true;
    if (name == "html" || name == "body" || holders_.contains(node)) return false;
    return has_furniture_attribute(node);
  }

  std::unordered_set<const xmlNode*> holders_;
  LineWriter writer_;
  std::string first_heading_;
  int content_depth_ = 0;
  int preformatted_depth_ = 0;
};

HtmlDocument parse(std::string_view bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw SourceError("the HTML page is too large to read");
  // No encoding given: libxml2 takes it from the byte order mark, <meta charset> or
  // http-equiv Content-Type, so Latin-1 and Windows-1252 pages come out as UTF-8.
  HtmlDocument doc(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr, kParseOptions));
  if (!doc) throw SourceError("not a readable HTML page");
  return doc;
}

}  // namespace

Extraction extract_html(std::string_view bytes) {
  if (trim(bytes).empty()) throw SourceError("no text in the HTML page");
  const HtmlDocument doc = parse(bytes);
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) throw SourceError("no text in the HTML page");

  // A page that marks its main content is read from there only: all else is furniture. An
  // empty <main> (filled in by a script) leaves the whole page to be read instead.
  xmlNode* main = find_first(root, [](const xmlNode* node) { return is_main(node); });
  std::optional<PageReader> reader;
  if (main != nullptr) reader.emplace(main, true);
  std::string text = reader ? reader->text() : std::string();
  if (trim(text).empty()) {
    reader.emplace(root, false);
    text = reader->text();
  }
  if (trim(text).empty()) throw SourceError("no text in the HTML page");

  Extraction extraction;
  extraction.pages.push_back(std::move(text));
  extraction.title_hint = reader->first_heading();
  if (extraction.title_hint.empty()) {
    if (const xmlNode* title = find_first(root, [](const xmlNode* node) { return name_of(node) == "title"; }))
      extraction.title_hint = text_content(title);
  }
  extraction.paged = false;
  return extraction;
}

}  // namespace kommunsok::indexer
