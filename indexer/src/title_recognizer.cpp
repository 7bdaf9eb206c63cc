#include "kommunsok/indexer/title_recognizer.hpp"

#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxTitleBytes = 300;
constexpr std::size_t kHeaderLines = 30;

// The opening run of non-blank lines, stopped early by a label line ("Datum: …").
std::string opening_paragraph(const std::vector<std::string>& lines, std::size_t from) {
  std::string title;
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (lines[i].empty()) {
      if (title.empty()) continue;
      break;
    }
    if (!title.empty() && match_header_label(lines[i])) break;
    if (!title.empty()) title += ' ';
    title += lines[i];
  }
  return title;
}

bool is_header_line(const std::string& line) {
  if (match_header_label(line)) return true;
  if (line.starts_with("\xC2\xA7")) return true;  // "§ 6"
  // A bare date or a header value such as "9 juni 2021".
  return line.size() < 30 && find_swedish_date(line).has_value();
}

// In a protocol paragraph the title is the first line after the header block (organ,
// date, paragraph, diarienummer), however many of those lines there are.
std::size_t after_protocol_header(const std::vector<std::string>& lines) {
  bool in_header = false;
  for (std::size_t i = 0; i < lines.size() && i < kHeaderLines; ++i) {
    if (lines[i].empty()) continue;
    if (is_header_line(lines[i])) {
      in_header = true;
    } else if (in_header) {
      return i;
    }
  }
  return 0;
}

}  // namespace

std::string recognize_title(const ExtractedText& text, schema::Kind kind) {
  const auto& lines = text.lines();
  const std::size_t start = kind == schema::Kind::Paragraf ? after_protocol_header(lines) : 0;
  std::string title = opening_paragraph(lines, start);
  if (title.empty() && start > 0) title = opening_paragraph(lines, 0);
  // "Rubrik | Webbplatsens namn": a web page's title carries its site's name.
  if (const std::size_t bar = title.find(" | "); bar != std::string::npos && bar > 0) title.resize(bar);
  return schema::truncate_utf8(collapse_spaces(title), kMaxTitleBytes);
}

}  // namespace kommunsok::indexer
