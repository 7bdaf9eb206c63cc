#include "kommunsok/server/snippet_page.hpp"

#include <string>
#include <vector>

namespace kommunsok::server {

namespace {

// The snippet's HTML back to plain text: marks dropped, entities decoded, ellipses cut.
std::string plain(std::string_view html, std::size_t& first_mark) {
  std::string out;
  first_mark = std::string::npos;
  for (std::size_t i = 0; i < html.size();) {
    if (html.substr(i).starts_with("<mark>")) {
      if (first_mark == std::string::npos) first_mark = out.size();
      i += 6;
    } else if (html.substr(i).starts_with("</mark>")) {
      i += 7;
    } else if (html[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&apos;", '\''}};
      bool decoded = false;
      for (const auto& [entity, c] : kEntities) {
        if (html.substr(i).starts_with(entity)) {
          out += c;
          i += entity.size();
          decoded = true;
          break;
        }
      }
      if (!decoded) out += html[i++];
    } else {
      out += html[i++];
    }
  }
  return out;
}

// Whitespace runs as one space, with each kept character's offset in the original: the
// snippet may show a line break as a space.
std::string collapsed(std::string_view text, std::vector<std::size_t>* offsets) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      if (offsets) offsets->push_back(i);
      space = false;
    }
    out += c;
    if (offsets) offsets->push_back(i);
  }
  return out;
}

}  // namespace

std::optional<int> snippet_page(std::string_view snippet_html, const schema::Document& doc) {
  if (!doc.page) return std::nullopt;
  std::size_t first_mark = 0;
  std::string text = plain(snippet_html, first_mark);
  constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
  std::size_t lead = 0;
  if (text.starts_with(kEllipsis)) lead = kEllipsis.size();
  // From the first highlighted word on, as long a piece as is found in the text: the snippet
  // keeps the text's characters, but its ends may be cut inside a line.
  const std::size_t from = first_mark == std::string::npos ? lead : first_mark;
  std::vector<std::size_t> offsets;
  const std::string haystack = collapsed(doc.text, &offsets);
  for (std::size_t length : {80u, 40u, 20u, 10u}) {
    std::string piece = text.substr(std::min(from, text.size()), length);
    if (const std::size_t cut = piece.find(std::string(kEllipsis)); cut != std::string::npos) piece.resize(cut);
    piece = collapsed(piece, nullptr);
    if (piece.size() < 3) continue;
    if (const std::size_t at = haystack.find(piece); at != std::string::npos) return schema::page_at(doc, offsets[at]);
  }
  return std::nullopt;
}

}  // namespace kommunsok::server
