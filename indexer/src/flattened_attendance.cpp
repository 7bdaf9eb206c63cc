#include "kommunsok/indexer/flattened_attendance.hpp"

#include <algorithm>

#include "kommunsok/indexer/attendance_headings.hpp"
#include "kommunsok/indexer/person_names.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kOpeningLines = 80;
constexpr std::size_t kMaxRunLines = 12;

// "Arbetsgivaren:", "Närvarande Arbetsgivaren:" (two words), "Återbud:": a heading word with its
// colon that stands inside running words. Returns how many words it takes, or 0.
std::size_t heading_words_at(const std::vector<std::string_view>& words, std::size_t k) {
  // In capitals as a heading is, not "… svarade arbetsgivaren:" in a sentence.
  if (!words[k].ends_with(':') || !starts_uppercase(words[k])) return 0;
  if (k > 0 && starts_uppercase(words[k - 1])) {
    const std::string two = std::string(words[k - 1]) + " " + std::string(words[k]);
    if (side_named_by_heading(two) != AttendanceSide::None || is_absence_heading(two)) return 2;
  }
  if (side_named_by_heading(words[k]) != AttendanceSide::None || is_absence_heading(words[k])) return 1;
  return 0;
}

// A line that holds a heading after other words: the sign of a flattened run.
bool has_inline_heading(const std::string& line) {
  const auto words = split_words(line);
  for (std::size_t k = 1; k < words.size(); ++k)
    if (heading_words_at(words, k) != 0) return true;
  return false;
}

// "Malin Nyberg, Sveriges Lärare Erik Granström, Sveriges Lärare Sanna Wiklund – Vision": a new
// entry begins at two name words closed by a comma or followed by a dash.
std::vector<std::string> entries_in(std::string_view text) {
  const auto words = split_words(text);
  std::vector<std::string> out;
  std::string current;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const bool dash_after = k + 2 < words.size() && (words[k + 2] == "\xE2\x80\x93" || words[k + 2] == "-");
    const bool starts_entry = k > 0 && k + 1 < words.size() && is_name_word(words[k]) && !words[k - 1].ends_with('-') &&
                              (words[k + 1].ends_with(',') || dash_after) &&
                              is_name_word(words[k + 1].ends_with(',') ? words[k + 1].substr(0, words[k + 1].size() - 1)
                                                                       : words[k + 1]);
    if (starts_entry && !current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
    if (!current.empty()) current += ' ';
    current += words[k];
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

// "Peter Lindvall", "Sven-Erik Dahl": two to four name words that name no union.
bool is_listed_name(std::string_view part) {
  const auto words = split_words(part);
  return words.size() >= 2 && words.size() <= 4 && std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w); }) &&
         !schema::canonical_union(part);
}

// The parts of a comma list, a comma inside brackets no parting ("(deltog från rum A, sedan via länk)").
std::vector<std::string> comma_parts(std::string_view text) {
  std::vector<std::string> parts;
  std::string current;
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (c == ',' && depth == 0) {
      parts.emplace_back(trim(current));
      current.clear();
      continue;
    }
    current += c;
  }
  if (!trim(current).empty()) parts.emplace_back(trim(current));
  return parts;
}

// A side's or absence heading with its colon at the line's start: its length, or 0.
std::size_t leading_heading(std::string_view line) {
  constexpr std::size_t kMaxHeadingBytes = 40;
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > kMaxHeadingBytes) return 0;
  const std::string_view heading = line.substr(0, colon);
  return side_named_by_heading(heading) != AttendanceSide::None || is_absence_heading(heading) ? colon : 0;
}

// "Arbetsgivaren: Peter Lindvall, samhällsbyggnadschef (ordf.), Robin Ek, / enhetschef, Camilla
// Hägg, HR-partner.": a side's people in one comma list after its heading, wrapped over lines.
// Rewritten as the heading, then one "Name, role" entry a line; other lines unchanged.
std::vector<std::string> unwrapped_side_lists(const std::vector<std::string>& lines) {
  constexpr std::size_t kMaxWrappedLines = 6;
  std::vector<std::string> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    const std::size_t colon = leading_heading(line);
    if (colon == 0 || is_absence_heading(line.substr(0, colon))) {
      out.push_back(lines[i]);
      continue;
    }
    std::string value(trim(line.substr(colon + 1)));
    std::size_t last = i;
    auto open_brackets = [&]() { return std::count(value.begin(), value.end(), '(') > std::count(value.begin(), value.end(), ')'); };
    while (last + 1 < lines.size() && last + 1 <= i + kMaxWrappedLines) {
      const std::string_view next = trim(lines[last + 1]);
      if (next.empty() || leading_heading(next) != 0 || opens_agenda_item(next)) break;
      if (!value.ends_with(",") && !open_brackets() && !starts_lowercase(next)) break;
      value += " " + std::string(next);
      ++last;
    }
    std::vector<std::string> entries;
    std::size_t names = 0;
    for (std::string& part : comma_parts(value)) {
      if (is_listed_name(part) || entries.empty()) {
        names += is_listed_name(part);
        entries.push_back(std::move(part));
      } else {
        entries.back() += ", " + part;
      }
    }
    if (names < 2) {
      out.push_back(lines[i]);
      continue;
    }
    out.emplace_back(line.substr(0, colon + 1));
    for (std::string& entry : entries) out.push_back(std::move(entry));
    i = last;
  }
  return out;
}

// "• Närvarande / o Arbetsgivare: Camilla Rydén, …": a word processor's bullets before the
// headings and entries, its second level an "o". Without them the lines are the list.
std::vector<std::string> without_bullets(const std::vector<std::string>& lines) {
  static constexpr std::string_view kBullets[] = {"\xE2\x80\xA2 ", "\xE2\x97\xA6 ", "\xE2\x96\xAA ", "\xEF\x82\xB7 ", "\xC2\xB7 "};
  std::vector<std::string> out;
  out.reserve(lines.size());
  bool in_bullets = false;
  for (const std::string& line : lines) {
    const std::string_view t = trim(line);
    std::size_t marker = 0;
    for (std::string_view b : kBullets)
      if (t.starts_with(b)) marker = b.size();
    // "o " is a bullet only among bullets, before a capital.
    if (marker == 0 && in_bullets && t.starts_with("o ") && starts_uppercase(t.substr(2))) marker = 2;
    if (!t.empty()) in_bullets = marker > 0;
    out.emplace_back(marker > 0 ? std::string(trim(t.substr(marker))) : line);
  }
  return out;
}

}  // namespace

std::vector<std::string> unflatten_attendance(const std::vector<std::string>& bulleted) {
  const std::vector<std::string> lines = without_bullets(bulleted);
  std::size_t first = 0;
  while (first < lines.size() && first < kOpeningLines && !has_inline_heading(lines[first])) ++first;
  if (first >= lines.size() || first >= kOpeningLines) return unwrapped_side_lists(lines);
  std::size_t end = first + 1;
  while (end < lines.size() && end < first + kMaxRunLines && !lines[end].empty() && !opens_agenda_item(lines[end])) ++end;
  std::string run;
  for (std::size_t i = first; i < end; ++i) run += (run.empty() ? "" : " ") + lines[i];
  const auto words = split_words(run);
  std::size_t headings = 0;
  for (std::size_t k = 0; k < words.size(); ++k) headings += heading_words_at(words, k) != 0;
  if (headings < 2) return unwrapped_side_lists(lines);  // one heading in a line is a label and its value, not a run

  std::vector<std::string> out(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(first));
  std::string segment;  // the words since the last heading
  std::string heading;  // that heading, "" before the first
  auto flush = [&]() {
    if (heading.empty()) {
      if (!segment.empty()) out.push_back(segment);
    } else if (is_absence_heading(heading)) {
      out.push_back(heading + (segment.empty() ? "" : " " + segment));  // its readers take the list on its line
    } else {
      out.push_back(heading);
      for (std::string& entry : entries_in(segment)) out.push_back(std::move(entry));
    }
    segment.clear();
  };
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (const std::size_t taken = heading_words_at(words, k); taken != 0) {
      if (taken == 2 && !segment.empty()) segment.resize(segment.size() > words[k - 1].size() ? segment.size() - words[k - 1].size() - 1 : 0);
      flush();
      heading = taken == 2 ? std::string(words[k - 1]) + " " + std::string(words[k]) : std::string(words[k]);
      continue;
    }
    if (!segment.empty()) segment += ' ';
    segment += words[k];
  }
  flush();
  out.insert(out.end(), lines.begin() + static_cast<std::ptrdiff_t>(end), lines.end());
  return out;
}

}  // namespace kommunsok::indexer
