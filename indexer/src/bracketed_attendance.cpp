#include "kommunsok/indexer/bracketed_attendance.hpp"

#include <algorithm>
#include <string_view>

#include "kommunsok/indexer/attendance_headings.hpp"
#include "kommunsok/indexer/person_names.hpp"
#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kHeaderLines = 80;      // attendance stands before the agenda
constexpr std::size_t kMaxListBytes = 4000;   // a list of a few dozen people, not a page
constexpr std::size_t kMaxLabelBytes = 40;
constexpr std::size_t kMaxNameWords = 4;

int depth_change(std::string_view text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '(')) - static_cast<int>(std::count(text.begin(), text.end(), ')'));
}

// "Göran Ahl (förvaltningschef, ordförande)" -> "Göran Ahl, förvaltningschef, ordförande";
// "" when the entry is no name with a bracket.
std::string entry_line(std::string_view entry) {
  entry = trim(entry);
  const std::size_t open = entry.find(" (");
  if (open == std::string_view::npos || !entry.ends_with(")")) return {};
  const std::string name = collapse_spaces(entry.substr(0, open));
  const auto words = split_words(name);
  if (words.size() < 2 || words.size() > kMaxNameWords ||
      !std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w) || is_name_particle(w); }))
    return {};
  const std::string details = collapse_spaces(entry.substr(open + 2, entry.size() - open - 3));
  return details.empty() ? name : name + ", " + details;
}

// The entries of a list parted by commas outside brackets.
std::vector<std::string_view> entries(std::string_view list) {
  std::vector<std::string_view> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i] == '(') ++depth;
    else if (list[i] == ')') depth = std::max(0, depth - 1);
    else if (list[i] == ',' && depth == 0) {
      out.push_back(list.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(list.substr(start));
  return out;
}

}  // namespace

std::vector<std::string> with_bracketed_lists_unwrapped(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    const std::size_t colon = line.find(": ");
    const bool heads_list = i < kHeaderLines && colon != std::string::npos && colon <= kMaxLabelBytes &&
                            line.find(" (", colon) != std::string::npos &&
                            (is_attendance_heading(line.substr(0, colon)) ||
                             side_named_by_heading(line.substr(0, colon)) != AttendanceSide::None);
    if (!heads_list) {
      out.push_back(line);
      continue;
    }
    // The list runs on while a bracket is open or the next line begins with one, or the line
    // ends with a comma.
    std::string list(trim(std::string_view(line).substr(colon + 2)));
    int depth = depth_change(list);
    std::size_t j = i + 1;
    for (; j < lines.size() && !trim(lines[j]).empty() && list.size() < kMaxListBytes; ++j) {
      const std::string_view next = trim(lines[j]);
      if (depth <= 0 && !next.starts_with("(") && !list.ends_with(",")) break;
      list += " ";
      list += next;
      depth += depth_change(next);
    }
    std::vector<std::string> rewritten;
    std::size_t bracketed = 0;
    for (std::string_view entry : entries(list)) {
      if (trim(entry).empty()) continue;
      std::string one = entry_line(entry);
      if (one.empty()) {
        const std::string plain = collapse_spaces(entry);
        const auto words = split_words(plain);
        // "Mats Ivarsson" without a bracket is an entry too; anything else is no such list.
        if (words.size() < 2 || words.size() > kMaxNameWords ||
            !std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w); })) {
          rewritten.clear();
          break;
        }
        one = plain;
      } else {
        ++bracketed;
      }
      rewritten.push_back(std::move(one));
    }
    if (bracketed < 2) {
      out.push_back(line);
      continue;
    }
    out.push_back(std::string(trim(std::string_view(line).substr(0, colon + 1))));
    for (std::string& r : rewritten) out.push_back(std::move(r));
    i = j - 1;
  }
  return out;
}

}  // namespace kommunsok::indexer
