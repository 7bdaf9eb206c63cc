#include "kommunsok/indexer/swedish_text.hpp"

#include <algorithm>

#include <xapian.h>

#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::indexer {

namespace {

unsigned first_code_point(std::string_view word) {
  Xapian::Utf8Iterator it(word.data(), word.size());
  return it == Xapian::Utf8Iterator() ? 0 : *it;
}

bool is_space_at(std::string_view text, std::size_t i, std::size_t& width) {
  const char c = text[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    width = 1;
    return true;
  }
  // U+00A0 no-break space, common in PDF extractions.
  if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    width = 2;
    return true;
  }
  return false;
}

}  // namespace

std::string_view trim(std::string_view text) {
  std::size_t width = 0;
  while (!text.empty() && is_space_at(text, 0, width)) text.remove_prefix(width);
  while (!text.empty()) {
    const char c = text.back();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      text.remove_suffix(1);
    } else if (text.size() >= 2 && static_cast<unsigned char>(c) == 0xA0 &&
               static_cast<unsigned char>(text[text.size() - 2]) == 0xC2) {
      text.remove_suffix(2);
    } else {
      break;
    }
  }
  return text;
}

bool starts_uppercase(std::string_view word) {
  return Xapian::Unicode::get_category(first_code_point(word)) == Xapian::Unicode::UPPERCASE_LETTER;
}

bool starts_lowercase(std::string_view word) {
  return Xapian::Unicode::get_category(first_code_point(word)) == Xapian::Unicode::LOWERCASE_LETTER;
}

bool starts_with_letter(std::string_view word) {
  return !word.empty() && Xapian::Unicode::is_wordchar(first_code_point(word)) &&
         Xapian::Unicode::get_category(first_code_point(word)) != Xapian::Unicode::DECIMAL_DIGIT_NUMBER;
}

std::string lower(std::string_view text) { return schema::to_lower_utf8(text); }

std::string capitalize(std::string_view text) {
  Xapian::Utf8Iterator it(text.data(), text.size());
  if (it == Xapian::Utf8Iterator()) return {};
  std::string out;
  Xapian::Unicode::append_utf8(out, Xapian::Unicode::toupper(*it));
  ++it;
  out += std::string_view(it.raw(), it.left());
  return out;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  // Code point by code point, without building lowercase copies: this runs for every label
  // on every header line.
  // ASCII first, byte by byte; the first non-ASCII byte of either hands the rest to Xapian.
  std::size_t ascii = 0;
  while (ascii < prefix.size() && ascii < text.size()) {
    const auto t = static_cast<unsigned char>(text[ascii]);
    const auto p = static_cast<unsigned char>(prefix[ascii]);
    if (t >= 0x80 || p >= 0x80) break;
    if (t != p && (t | 0x20) != (p | 0x20)) return false;
    if (t != p && !((t | 0x20) >= 'a' && (t | 0x20) <= 'z')) return false;
    ++ascii;
  }
  if (ascii == prefix.size()) return true;
  if (ascii == text.size()) return false;
  text.remove_prefix(ascii);
  prefix.remove_prefix(ascii);
  const Xapian::Utf8Iterator end;
  Xapian::Utf8Iterator t(text.data(), text.size());
  for (Xapian::Utf8Iterator p(prefix.data(), prefix.size()); p != end; ++p, ++t) {
    if (t == end) return false;
    if (*t != *p && Xapian::Unicode::tolower(*t) != Xapian::Unicode::tolower(*p)) return false;
  }
  return true;
}

bool has_lowercase_letter(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'a' && c <= 'z') return true;
    // å ä ö é in UTF-8: 0xC3 then 0xA0–0xBF
    if (c == 0xC3 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0xA0) return true;
  }
  return false;
}

std::size_t find_ci(std::string_view text, std::string_view needle) {
  const std::string lowered = lower(text);
  const std::size_t at = lowered.find(lower(needle));
  // Before an ASCII prefix the two positions are one.
  if (at == std::string::npos || std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(std::min(at, text.size())),
                                             [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return at;
  // Lower-casing may change a character's length in bytes (U+023A grows, U+0130 shrinks): the
  // position found in the lower-cased text is mapped back to the text's own.
  std::size_t in_lowered = 0;
  for (Xapian::Utf8Iterator it(text.data(), text.size()); it != Xapian::Utf8Iterator(); ++it) {
    if (in_lowered >= at) return static_cast<std::size_t>(it.raw() - text.data());
    std::string one;
    Xapian::Unicode::append_utf8(one, Xapian::Unicode::tolower(*it));
    in_lowered += one.size();
  }
  return text.size();
}

std::vector<std::string_view> split_line_views(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::vector<std::string> split_lines(std::string_view text) {
  const std::vector<std::string_view> views = split_line_views(text);
  return std::vector<std::string>(views.begin(), views.end());
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0, width = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space_at(text, i, width)) i += width;
    std::size_t start = i;
    while (i < text.size() && !is_space_at(text, i, width)) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  for (std::string_view word : split_words(text)) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::vector<std::string> wide_gap_cells(std::string_view line, std::size_t min_gap) {
  std::vector<std::string> cells;
  std::string current;
  std::size_t spaces = 0;
  for (char c : line) {
    if (c == ' ' || c == '\t') {
      spaces = c == '\t' ? std::max(spaces + 1, min_gap) : spaces + 1;
      continue;
    }
    if (spaces >= min_gap && !current.empty()) {
      cells.push_back(std::move(current));
      current.clear();
    } else if (spaces > 0 && !current.empty()) {
      current += ' ';
    }
    spaces = 0;
    current += c;
  }
  if (!current.empty()) cells.push_back(std::move(current));
  return cells;
}

}  // namespace kommunsok::indexer
