#include "kommunsok/indexer/extracted_text.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <regex>
#include <set>

#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kHeaderLines = 8;

// Lines with the page each stands on: form feeds separate pages (extractors put one
// between pages) and end a line as a newline does.
void split_trimmed_lines(std::string_view raw, std::vector<std::string>& lines, std::vector<int>& pages) {
  int page = 1;
  std::size_t start = 0;
  while (start <= raw.size()) {
    std::size_t end = raw.find_first_of("\n\f", start);
    if (end == std::string_view::npos) end = raw.size();
    const std::string_view line = trim(raw.substr(start, end - start));
    // A page that starts with a form feed has no empty line of its own to show.
    if (!(line.empty() && end < raw.size() && raw[end] == '\f' && (start == end))) {
      lines.emplace_back(line);
      pages.push_back(page);
    }
    if (end < raw.size() && raw[end] == '\f') ++page;
    start = end + 1;
  }
}

bool is_page_number(const std::string& line) {
  static const std::regex pattern(R"(^(?:(?:Sida|sida|Sidan|sidan)\s*\d{1,3}|\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})|(?:Sida|sida|Sidan|sidan)\s*\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})|\(\d{1,3}\))$)");
  return line.size() < 20 && std::regex_match(line, pattern);
}

// A word broken at a line end joins the next line's first word, except before the
// conjunctions that follow a shared-suffix hyphen ("barn- och ungdomsvård").
bool keeps_hyphen_space(std::string_view next_word) {
  static constexpr std::array kConjunctions{"och", "eller", "samt", "respektive", "resp.", "till",
                                            "som", "men", "utan"};
  const std::string w = lower(next_word);
  return std::any_of(kConjunctions.begin(), kConjunctions.end(),
                     [&](const char* c) { return w == c || w == std::string(c) + ","; });
}

// "_Hur många besökte gårdarna under\n2024?_": a paragraph set in italics or bold by a
// converter that writes emphasis as _…_, *…* or **…** — the markers are no part of the text.
void unwrap_emphasis(std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].empty()) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end + 1 < lines.size() && !lines[end + 1].empty()) ++end;
    std::string& first = lines[i];
    std::string& last = lines[end];
    for (std::string_view marker : {"**", "__", "_", "*"}) {
      if (first.size() <= marker.size() || last.size() <= marker.size() || !first.starts_with(marker) ||
          !last.ends_with(marker) || first[marker.size()] == ' ' || last[last.size() - marker.size() - 1] == ' ')
        continue;
      if (i == end && first.size() < 2 * marker.size() + 1) continue;
      last.erase(last.size() - marker.size());
      first.erase(0, marker.size());
      break;
    }
    i = end + 1;
  }
}

void join_hyphenated_words(std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string& line = lines[i];
    if (line.size() < 2 || line.back() != '-') continue;
    const std::string_view before = std::string_view(line).substr(0, line.size() - 1);
    const std::vector<std::string_view> words_before = split_words(before);
    if (words_before.empty() || before.back() == ' ' || !starts_with_letter(words_before.back()))
      continue;
    // The continuation may sit after one blank line (extractors often double line breaks).
    std::size_t j = i + 1;
    if (j < lines.size() && lines[j].empty()) ++j;
    if (j >= lines.size() || lines[j].empty()) continue;
    const std::vector<std::string_view> next_words = split_words(lines[j]);
    const std::string_view next = next_words.front();
    if (keeps_hyphen_space(next)) continue;
    std::string joined;
    if (starts_lowercase(next)) {
      joined = std::string(before) + std::string(next);
    } else {
      joined = line + std::string(next);  // "Hägersten-" + "Älvsjö", "KS-" + "2021/12"
    }
    line = joined;
    lines[j] = std::string(trim(std::string_view(lines[j]).substr(next.size())));
  }
}

// A page header repeats the opening lines of the document; later runs of at least two
// of those lines, in order, are page furniture.
// A line with its numbers blanked: "Sida 3 (6)" and "Sida 1 (6)" are the same header line.
std::string without_numbers(const std::string& line) {
  std::string out;
  for (char c : line) {
    const bool digit = c >= '0' && c <= '9';
    if (digit && !out.empty() && out.back() == '#') continue;
    out += digit ? '#' : c;
  }
  return out;
}

void remove_repeated_header(std::vector<std::string>& lines, std::vector<std::string>& removed) {
  std::vector<std::size_t> content;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!lines[i].empty()) content.push_back(i);
  const std::size_t header_size = std::min(kHeaderLines, content.size());
  if (header_size < 2) return;
  std::vector<std::string> header;
  for (std::size_t k = 0; k < header_size; ++k) header.push_back(without_numbers(lines[content[k]]));

  for (std::size_t c = 1; c < content.size(); ++c) {
    if (without_numbers(lines[content[c]]) != header[0]) continue;
    std::size_t matched = 0;
    while (matched < header.size() && c + matched < content.size() &&
           without_numbers(lines[content[c + matched]]) == header[matched])
      ++matched;
    if (matched < 2) continue;
    for (std::size_t k = 0; k < matched; ++k) {
      removed.push_back(std::move(lines[content[c + k]]));
      lines[content[c + k]].clear();
    }
    c += matched - 1;
  }
}

// "PROTOKOLL FSG 4/2024" over "3(4)" on every page, though the first page opens with the
// letterhead: a line standing next to a page marker on two pages or more is a running
// header or footer. Its first page's copy, in the document's opening, stays.
void remove_lines_beside_page_markers(std::vector<std::string>& lines, const std::vector<std::size_t>& markers,
                                      std::vector<std::string>& removed) {
  constexpr std::size_t kMinPages = 2;
  // The nearest line on each side, kept apart by side: a list of contents ends right before
  // a page marker with the heading that opens a later page right after one.
  std::map<std::pair<std::string, bool>, std::vector<std::size_t>> beside;
  constexpr std::size_t kReach = 3;  // blank lines between a header and its marker, no more
  for (std::size_t marker : markers) {
    for (std::size_t i = marker; i-- > 0 && i + kReach >= marker;)
      if (!lines[i].empty()) {
        beside[{lines[i], false}].push_back(i);
        break;
      }
    for (std::size_t i = marker + 1; i < lines.size() && i <= marker + kReach; ++i)
      if (!lines[i].empty()) {
        beside[{lines[i], true}].push_back(i);
        break;
      }
  }
  // The opening: up to the end of its first kHeaderLines non-blank lines.
  std::size_t opening_end = 0;
  for (std::size_t seen = 0; opening_end < lines.size() && seen < kHeaderLines; ++opening_end)
    seen += !lines[opening_end].empty();
  for (auto& [key, at] : beside) {
    std::sort(at.begin(), at.end());
    at.erase(std::unique(at.begin(), at.end()), at.end());
    if (at.size() < kMinPages || key.first.size() < 3) continue;
    // The first page's own header ("Datum: 2026-05-19" over "Sida 1 av 2"), perhaps pushed past
    // the opening by a site's boilerplate: a cell seen again beside every marker keeps its
    // occurrence before the first marker.
    const bool first_in_header = !markers.empty() && at.front() < markers.front() && !key.second;
    for (std::size_t i : at) {
      if (i < opening_end || lines[i].empty() || (first_in_header && i == at.front())) continue;
      removed.push_back(std::move(lines[i]));
      lines[i].clear();
    }
  }
}

void limit_blank_runs(std::vector<std::string>& lines, std::vector<int>& pages) {
  std::vector<std::string> out;
  std::vector<int> out_pages;
  std::size_t blanks = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) {
      if (out.empty() || ++blanks > 2) continue;
    } else {
      blanks = 0;
    }
    out.push_back(std::move(lines[i]));
    out_pages.push_back(pages[i]);
  }
  while (!out.empty() && out.back().empty()) {
    out.pop_back();
    out_pages.pop_back();
  }
  lines = std::move(out);
  pages = std::move(out_pages);
}

}  // namespace

ExtractedText::ExtractedText(std::string_view raw) {
  split_trimmed_lines(raw, lines_, line_pages_);
  paged_ = raw.find('\f') != std::string_view::npos;
  std::vector<std::size_t> markers;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    if (!is_page_number(lines_[i])) continue;
    furniture_.push_back(std::move(lines_[i]));
    lines_[i].clear();
    markers.push_back(i);
  }
  remove_repeated_header(lines_, furniture_);
  remove_lines_beside_page_markers(lines_, markers, furniture_);
  unwrap_emphasis(lines_);
  join_hyphenated_words(lines_);
  limit_blank_runs(lines_, line_pages_);

  std::string current;
  for (const auto& line : lines_) {
    if (line.empty()) {
      if (!current.empty()) paragraphs_.push_back(std::move(current));
      current.clear();
      continue;
    }
    if (!current.empty()) current += ' ';
    current += line;
    if (!flat_.empty()) flat_ += ' ';
    flat_ += line;
  }
  if (!current.empty()) paragraphs_.push_back(std::move(current));
}

std::string ExtractedText::full_text() const { return join(lines_, "\n"); }

std::optional<int> ExtractedText::page_of_line(std::size_t line) const {
  if (!paged_ || line_pages_.empty()) return std::nullopt;
  return line_pages_[std::min(line, line_pages_.size() - 1)];
}

std::vector<std::size_t> ExtractedText::page_breaks(std::size_t begin, std::size_t end) const {
  std::vector<std::size_t> breaks;
  if (!paged_) return breaks;
  end = std::min(end, lines_.size());
  std::size_t offset = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin && line_pages_[i] != line_pages_[i - 1])
      for (int p = line_pages_[i - 1]; p < line_pages_[i]; ++p) breaks.push_back(offset);
    offset += lines_[i].size() + 1;
  }
  return breaks;
}

}  // namespace kommunsok::indexer
