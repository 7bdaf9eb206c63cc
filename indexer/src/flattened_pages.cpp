#include "kommunsok/indexer/flattened_pages.hpp"

#include <algorithm>
#include <array>
#include <regex>

#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/organs.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMinPageBytes = 150;
constexpr std::size_t kMaxHeaderWords = 6;

struct PageLine {
  std::size_t index;  ///< line number in the text
  int page;
  std::string rest;   ///< the line after its page number
};

// Long lines opening with a page number, the numbers rising from the first.
std::vector<PageLine> page_lines(const std::vector<std::string>& lines) {
  std::vector<PageLine> pages;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string line(trim(lines[i]));
    if (line.size() < kMinPageBytes) continue;
    // A page number of one to three digits, a space, then the page (parsed by hand: a
    // regex over the whole line would recurse once per character).
    std::size_t digits = 0;
    while (digits < line.size() && digits < 4 && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (digits == 0 || digits > 3 || line[digits] != ' ') continue;
    const int page = std::stoi(line.substr(0, digits));
    if (!pages.empty() && page <= pages.back().page) continue;
    if (pages.empty() && page > 3) continue;
    pages.push_back({i, page, std::string(trim(std::string_view(line).substr(digits)))});
  }
  if (pages.size() < 2) pages.clear();
  return pages;
}

bool is_number_token(std::string_view word) {
  word = trim(word);
  while (!word.empty() && (word.front() == '(')) word.remove_prefix(1);
  while (!word.empty() && (word.back() == ')' || word.back() == ',')) word.remove_suffix(1);
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The words the pages open with in common — "20 maj (23)", "Sida N (41)", "RONNEBY KOMMUN
// SAMMANTRÄDESPROTOKOLL N" — numbers matching any number. Returns how many words.
std::size_t shared_header_words(const std::vector<PageLine>& pages) {
  std::vector<std::vector<std::string_view>> words;
  for (const auto& p : pages) words.push_back(split_words(p.rest));
  std::size_t n = 0;
  for (; n < kMaxHeaderWords; ++n) {
    bool same = true;
    for (const auto& w : words) {
      if (n >= w.size()) return n;
      const bool number = is_number_token(w[n]);
      if (number != is_number_token(words.front()[n]) || (!number && w[n] != words.front()[n])) same = false;
    }
    if (!same) break;
  }
  // A page count after the shared words belongs to the header: "Sida 2" on later pages.
  return n;
}

std::string drop_words(const std::string& text, std::size_t count, std::string& dropped) {
  std::size_t at = 0;
  for (std::size_t k = 0; k < count; ++k) {
    at = text.find_first_not_of(' ', at);
    at = text.find(' ', at);
    if (at == std::string::npos) at = text.size();
  }
  dropped = std::string(trim(std::string_view(text).substr(0, at)));
  std::string rest(trim(std::string_view(text).substr(at)));
  // Page numbers left over after the shared words ("RONNEBY KOMMUN SAMMANTRÄDESPROTOKOLL 2").
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    const std::string_view first = std::string_view(rest).substr(0, space);
    if (!is_number_token(first)) break;
    dropped += " " + std::string(first);
    rest = space == std::string::npos ? std::string() : std::string(trim(std::string_view(rest).substr(space)));
  }
  return rest;
}

constexpr std::array kBreakBefore{
    "Plats och tid",   "Tid och plats",    "Beslutande",        "Övriga närvarande",  "Övriga deltagande",
    "Övriga deltagare", "Närvarande ersättare", "Utses att justera", "Justeringens plats och tid",
    "Underskrifter",   "Paragrafer",       "Sammanträdesdatum", "ANSLAG/BEVIS",       "ANSLAG - BEVIS",
    "BEVIS OM ANSLAG", "Innehållsförteckning", "ÄRENDELISTA",   "Ärendelista",        "Beslutsunderlag",
    "Yrkanden",        "Reservation",      "Omröstning",        "Organ ",             "Organ:",
    "Förvaringsplats", "Protokollet är justerat", "Datum då anslaget", "Datum när anslaget",
    "Datum för anslag"};

bool breaks_before_label(const std::string& text, std::size_t at) {
  if (at == 0 || text[at - 1] != ' ') return false;
  for (std::string_view label : kBreakBefore)
    if (std::string_view(text).substr(at).starts_with(label)) {
      const std::size_t end = at + label.size();
      return end == text.size() || text[end] == ' ' || text[end] == ':' || label.back() == ' ';
    }
  return false;
}

// "§ 12 Rubrik", "KF § 71 Rubrik", "KPR 7 Rubrik", "AU 310 Dnr": a marker not inside a list
// of § references ("förvaltningsekonom, § 56").
bool breaks_before_marker(const std::string& text, std::size_t at) {
  if (at < 2 || text[at - 1] != ' ' || text[at - 2] == ',') return false;
  // "stadsarkitekt § 134": a person's attendance, not a paragraph opening.
  if (text[at - 2] >= 'a' && text[at - 2] <= 'z') return false;
  static const std::regex sign(R"(^(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5} )?\xC2\xA7 ?\d{1,4}(?:/\d{2,4})? [A-ZÅÄÖ])");
  static const std::regex code(R"(^([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,4}) (\d{1,4}) [A-ZÅÄÖ])");
  const std::string_view rest = std::string_view(text).substr(at, 40);
  std::match_results<std::string_view::const_iterator> m;
  if (std::regex_search(rest.begin(), rest.end(), m, sign)) {
    const std::string prefix = std::string(rest.substr(0, rest.find(' ')));
    return prefix.starts_with("\xC2\xA7") || schema::find_organ(prefix).has_value();
  }
  if (std::regex_search(rest.begin(), rest.end(), m, code)) return schema::find_organ(m[1].str()).has_value();
  return false;
}

std::string broken_into_lines(const std::string& page) {
  std::string out;
  for (std::size_t i = 0; i < page.size(); ++i) {
    if (i > 0 && (breaks_before_label(page, i) || breaks_before_marker(page, i))) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += '\n';
    }
    out += page[i];
  }
  return out;
}

}  // namespace

std::string unflatten_pages(std::string_view text, std::vector<std::string>& furniture) {
  constexpr std::size_t kFlattenedLineBytes = 200;
  std::vector<std::string> lines = split_lines(text);
  const std::vector<PageLine> pages = page_lines(lines);
  if (pages.empty()) {
    // No numbered pages, but a cover or anslag box may still be flattened onto one line.
    for (auto& line : lines)
      if (line.size() > kFlattenedLineBytes) line = broken_into_lines(line);
    return join(lines, "\n");
  }
  const std::size_t header_words = shared_header_words(pages);
  for (std::size_t k = 0; k < pages.size(); ++k) {
    std::string rest = pages[k].rest;
    furniture.push_back(std::to_string(pages[k].page));
    if (header_words > 0) {
      std::string dropped;
      const std::string body = drop_words(rest, header_words, dropped);
      // The first page keeps its header as a line of its own: it is the letterhead.
      if (k == 0) {
        rest = dropped + "\n" + body;
      } else {
        furniture.push_back(dropped);
        rest = body;
      }
    }
    lines[pages[k].index] = broken_into_lines(rest);
  }
  return join(lines, "\n");
}

}  // namespace kommunsok::indexer
