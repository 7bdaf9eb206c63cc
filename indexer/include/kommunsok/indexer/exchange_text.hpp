// Why: samverkan and interpellation exchanges are stored alike — capped in size, placed by
// the byte offset of their question — so the two recognizers share these few helpers.
#pragma once

#include <cstddef>
#include <string>

#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::indexer {

inline constexpr std::size_t kMaxQuestionBytes = 1500;
inline constexpr std::size_t kMaxAnswerBytes = 4000;

/// The text, cut at a letter's end with "…" when it is longer than max_bytes.
inline std::string capped(std::string text, std::size_t max_bytes) {
  return text.size() <= max_bytes ? text : schema::truncate_utf8(text, max_bytes) + "…";
}

/// Where a question stands in the stored text: its first word, searched from `from`.
inline std::size_t position_of(const std::string& full_text, const std::string& question, std::size_t from) {
  const auto words = split_words(question);
  if (words.empty()) return from;
  const std::size_t at = full_text.find(std::string(words.front()), from);
  return at == std::string::npos ? from : at;
}

}  // namespace kommunsok::indexer
