// Why: samverkan minutes often set the unions' questions in a table, "Fråga | Svar |
// Ansvarig", whose cells wrap over several lines of text. Read line by line, the question and
// its answer interleave; read by the header's columns, each row is a question and its answer,
// written one under the other as minutes that use no table write them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kommunsok::indexer {

/// When lines[i] heads such a table (its first cells "Fråga" and "Svar", in any of their
/// spellings), appends each row to `out` as its question's line and "Svar: …" (with who is
/// responsible, when a column says so) and returns the lines read; else returns 0.
std::size_t read_question_table(const std::vector<std::string>& lines, std::size_t i, std::vector<std::string>& out);

}  // namespace kommunsok::indexer
