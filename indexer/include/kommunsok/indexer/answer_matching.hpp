// Why: an answer to an interpellation does not always take the questions in turn or by a
// number of its own. It starts with the most concrete ("Jag börjar med den tredje frågan"),
// answers two questions that hang together in one paragraph, or gathers the answers under
// subheadings of its own ("Bemanning"). Each block of the answer is matched to the questions
// by what it says: a block that names a question by number or ordinal answers that one, any
// other the question whose own words it shares most and clearly more than with any other.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kommunsok::indexer {

struct MatchedAnswers {
  /// The answer to each question, or empty where no block answers it with confidence.
  std::vector<std::string> answers;
  /// Questions a block named ("Fråga nummer två gäller …"), and questions matched by words.
  std::size_t named = 0;
  std::size_t by_words = 0;

  bool complete() const;
};

/// The blocks of the answer in lines [from, to) — paragraphs, or the sections under its
/// subheadings when it has two or more — matched to `questions` (their texts, in order).
MatchedAnswers answers_by_content(const std::vector<std::string>& lines, std::size_t from, std::size_t to,
                                  const std::vector<std::string>& questions);

/// The questions a text names by number or ordinal near its opening: "den tredje frågan",
/// "Fråga nummer två", "frågorna 1 och 2", "första och andra frågan" (1-based, ascending).
std::vector<std::size_t> questions_named(const std::string& text);

}  // namespace kommunsok::indexer
