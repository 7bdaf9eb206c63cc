#include "kommunsok/indexer/repeated_cover.hpp"

#include <algorithm>

#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kOpeningLines = 60;
constexpr std::size_t kMinWords = 10;
constexpr std::size_t kLookAhead = 40;

bool is_page_number(std::string_view word) {
  return !word.empty() && word.size() <= 3 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether the words of lines[at] are the words of the lines after it, in order.
bool repeats_what_follows(const std::vector<std::string>& lines, std::size_t at) {
  std::vector<std::string_view> words = split_words(lines[at]);
  if (!words.empty() && is_page_number(words.front())) words.erase(words.begin());
  if (words.size() < kMinWords) return false;
  std::size_t matched = 0;
  for (std::size_t j = at + 1; j < lines.size() && j <= at + kLookAhead && matched < words.size(); ++j) {
    for (std::string_view word : split_words(lines[j])) {
      if (matched == words.size()) break;
      if (word != words[matched]) return false;
      ++matched;
    }
  }
  return matched == words.size();
}

}  // namespace

std::string without_repeated_cover(std::string_view text, std::vector<std::string>& furniture) {
  std::vector<std::string> lines = split_lines(text);
  for (std::size_t i = 0; i < lines.size() && i < kOpeningLines; ++i) {
    if (!repeats_what_follows(lines, i)) continue;
    furniture.push_back(lines[i]);
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
    return join(lines, "\n");  // one cover
  }
  return std::string(text);
}

}  // namespace kommunsok::indexer
