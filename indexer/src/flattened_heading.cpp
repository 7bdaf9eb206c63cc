#include "kommunsok/indexer/flattened_heading.hpp"

#include <algorithm>
#include <array>

#include "kommunsok/indexer/attendance_headings.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxHeadingWords = 16;

bool is_record_word(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kWords{"protokoll",        "minnesanteckningar", "anteckningar",
                                                          "mötesanteckningar", "minnesanteckning",   "sammanträdesprotokoll"};
  const std::string lowered = lower(word);
  return std::find(kWords.begin(), kWords.end(), lowered) != kWords.end();
}

}  // namespace

std::string flattened_heading(std::string_view paragraph) {
  constexpr std::size_t kOpeningBytes = 4096;  // the heading's words stand at the start
  const auto words = split_words(paragraph.substr(0, kOpeningBytes));
  if (words.empty() || !is_record_word(words.front())) return {};
  std::string heading;
  constexpr std::size_t kMaxWordBytes = 40;  // longer is no word of a heading
  for (std::size_t k = 0; k < words.size() && k < kMaxHeadingWords; ++k) {
    const std::string_view word = words[k];
    if (word.size() > kMaxWordBytes) break;
    if (k > 0 && (word.ends_with(":") || is_attendance_heading(word) || side_named_by_heading(word) != AttendanceSide::None))
      break;
    if (!heading.empty()) heading += ' ';
    heading += word;
    // A date ends the heading: "2026-08-20", "20 augusti 2026" (its last three words at most).
    const std::size_t tail_from = k >= 2 ? static_cast<std::size_t>(words[k - 2].data() - words.front().data()) : 0;
    if (find_swedish_date(std::string_view(heading).substr(std::min(tail_from, heading.size()))) ||
        (word.ends_with(".") && word.size() > 3))
      break;
  }
  return heading;
}

}  // namespace kommunsok::indexer
