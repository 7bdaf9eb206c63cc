#include "kommunsok/indexer/markdown_text.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <vector>

#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxHashes = 6;
// Longer lines are no Markdown paragraph a converter wrote, and marks are looked for
// pairwise within a line: past this length a line is left as it is.
constexpr std::size_t kMaxInlineBytes = 4096;

// "## Svar" -> the hashes' count, or 0 when the line is no heading.
std::size_t heading_hashes(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == '#') ++n;
  return n > 0 && n <= kMaxHashes && n < line.size() && line[n] == ' ' ? n : 0;
}

bool is_quote_line(std::string_view line) { return !line.empty() && line.front() == '>'; }

bool is_punctuation(char c) {
  return std::string_view("\\`*_{}[]()#+-.!|>~<\"'").find(c) != std::string_view::npos;
}

// Where each "[" closes, and the next ")" and space after each byte: links are found in one
// pass, however many brackets a line opens and leaves open.
struct LinkMarks {
  std::vector<std::size_t> closing, next_paren, next_space;

  explicit LinkMarks(std::string_view line)
      : closing(line.size(), std::string_view::npos), next_paren(line.size() + 1, std::string_view::npos),
        next_space(line.size() + 1, std::string_view::npos) {
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '[') open.push_back(i);
      if (line[i] == ']' && !open.empty()) {
        closing[open.back()] = i;
        open.pop_back();
      }
    }
    for (std::size_t i = line.size(); i-- > 0;) {
      next_paren[i] = line[i] == ')' ? i : next_paren[i + 1];
      next_space[i] = line[i] == ' ' ? i : next_space[i + 1];
    }
  }
};

// "[text](address)" at i: the end of the whole link and its text.
bool read_link(std::string_view line, const LinkMarks& marks, std::size_t i, std::size_t& end, std::string_view& text) {
  if (line[i] != '[') return false;
  const std::size_t close = marks.closing[i];
  if (close == std::string_view::npos || close + 2 >= line.size() || line[close + 1] != '(') return false;
  const std::size_t target_end = marks.next_paren[close + 2];
  if (target_end == std::string_view::npos || marks.next_space[close + 2] < target_end) return false;
  end = target_end + 1;
  text = line.substr(i + 1, close - i - 1);
  return true;
}

std::string plain_inline(std::string_view line);

// Links and images by their text, escapes by the character they escape.
std::string without_links(std::string_view line) {
  if (line.find('[') == std::string_view::npos && line.find('\\') == std::string_view::npos) return std::string(line);
  const LinkMarks marks(line);
  std::string out;
  out.reserve(line.size());
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && is_punctuation(line[i + 1])) {
      out += line[++i];
      continue;
    }
    std::size_t end = 0;
    std::string_view text;
    const bool image = line[i] == '!' && i + 1 < line.size() && line[i + 1] == '[';
    if (read_link(line, marks, image ? i + 1 : i, end, text)) {
      out += plain_inline(text);
      i = end - 1;
      continue;
    }
    out += line[i];
  }
  return out;
}

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// One kind of emphasis mark taken away where it pairs: an opening mark touches a word on its
// right, a closing one on its left, neither inside a word ("fil_namn" keeps its "_").
std::string without_mark(const std::string& line, std::string_view mark) {
  std::vector<std::size_t> at;
  for (std::size_t p = line.find(mark); p != std::string::npos; p = line.find(mark, p + mark.size())) at.push_back(p);
  if (at.size() < 2) return line;
  const auto opens = [&](std::size_t p) {
    const std::size_t inner = p + mark.size();
    return inner < line.size() && line[inner] != ' ' && (p == 0 || !is_alnum(line[p - 1]));
  };
  const auto closes = [&](std::size_t p) {
    return p > 0 && line[p - 1] != ' ' && (p + mark.size() >= line.size() || !is_alnum(line[p + mark.size()]));
  };
  // The first closing mark at or after each one, found from the end in one pass.
  std::vector<std::size_t> next_closing(at.size() + 1, at.size());
  for (std::size_t k = at.size(); k-- > 0;) next_closing[k] = closes(at[k]) ? k : next_closing[k + 1];
  std::string out;
  std::size_t copied = 0;
  for (std::size_t k = 0; k < at.size(); ++k) {
    if (at[k] < copied || !opens(at[k])) continue;
    const std::size_t j = next_closing[k + 1];
    if (j == at.size()) break;  // no mark after this one closes: none later can pair either
    out.append(line, copied, at[k] - copied);
    out.append(line, at[k] + mark.size(), at[j] - at[k] - mark.size());
    copied = at[j] + mark.size();
    k = j;
  }
  out.append(line, copied, std::string::npos);
  return out;
}

// "**Diarienummer:**", "__x__", "*Tack för …*": emphasis marks around words.
std::string without_emphasis(std::string_view line) {
  std::string out(line);
  for (std::string_view mark : {"**", "__", "*", "_"}) out = without_mark(out, mark);
  return out;
}

std::string plain_inline(std::string_view line) {
  if (line.size() > kMaxInlineBytes) return std::string(line);
  return without_emphasis(without_links(line));
}

bool is_rule(std::string_view line) {
  if (line.size() < 3) return false;
  const char c = line.front();
  if (c != '-' && c != '*' && c != '_') return false;
  for (char x : line)
    if (x != c && x != ' ') return false;
  return true;
}


}  // namespace

bool looks_like_markdown(std::string_view text) {
  std::size_t headings = 0, links = 0, bold = 0, quotes = 0;
  for (std::string_view line : split_line_views(text)) {
    if (heading_hashes(line) > 0) ++headings;
    // "> 65 år": a table's "more than", not a quote.
    if ((line.starts_with("> ") && !(line.size() > 2 && line[2] >= '0' && line[2] <= '9')) || line == ">") ++quotes;
    for (std::size_t at = line.find("]("); at != std::string_view::npos; at = line.find("](", at + 2)) ++links;
    for (std::size_t at = line.find("**"); at != std::string_view::npos; at = line.find("**", at + 2)) ++bold;
  }
  bold /= 2;
  int kinds = 0;
  std::size_t marks = 0;
  for (std::size_t n : {headings, links, bold, quotes}) {
    if (n > 0) ++kinds;
    marks += n;
  }
  // A heading or a link among them: asterisks and ">" alone are written in plain text too.
  return kinds >= 2 && marks >= 3 && (headings > 0 || links > 0);
}

std::string plain_markdown(std::string_view text) {
  if (!looks_like_markdown(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  bool first = true;
  for (std::string_view line : split_line_views(text)) {
    if (!first) out += '\n';
    first = false;
    std::string_view rest = line;
    while (is_quote_line(rest)) {
      rest.remove_prefix(1);
      if (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    }
    if (is_rule(rest)) continue;
    if (const std::size_t hashes = heading_hashes(rest)) rest.remove_prefix(hashes + 1);
    std::string prefix;
    std::size_t indent = 0;
    while (indent < rest.size() && rest[indent] == ' ') ++indent;
    if (indent + 1 < rest.size() && (rest[indent] == '*' || rest[indent] == '+' || rest[indent] == '-') && rest[indent + 1] == ' ') {
      prefix = std::string(indent, ' ') + "\xE2\x80\xA2 ";
      rest.remove_prefix(indent + 2);
    }
    out += prefix + plain_inline(rest);
  }
  return out;
}

}  // namespace kommunsok::indexer
