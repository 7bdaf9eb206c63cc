// Why: recognizers inspect words, capitals and labels of UTF-8 Swedish text; std::ctype
// knows nothing of å, ä, ö, so these small helpers do it once, correctly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kommunsok::indexer {

/// Removes ASCII whitespace and no-break spaces from both ends.
std::string_view trim(std::string_view text);
/// True when the first code point of word is an uppercase letter (Unicode-aware).
bool starts_uppercase(std::string_view word);
/// True when the first code point of word is a lowercase letter (Unicode-aware).
bool starts_lowercase(std::string_view word);
/// True when the first code point of word is a letter.
bool starts_with_letter(std::string_view word);
/// True when text holds a lower-case letter a–z or one of Latin-1's (å, ä, ö, é …): a line
/// or a code written in capitals has none.
bool has_lowercase_letter(std::string_view text);
/// Unicode-aware lowercase.
std::string lower(std::string_view text);
/// The text with its first letter uppercased.
std::string capitalize(std::string_view text);
/// Case-insensitive: does text start with prefix?
bool starts_with_ci(std::string_view text, std::string_view prefix);
/// Case-insensitive search; npos when absent.
std::size_t find_ci(std::string_view text, std::string_view needle);
/// Splits on whitespace.
std::vector<std::string_view> split_words(std::string_view text);
/// Splits on '\n', keeping every line as it is (a final newline leaves an empty last line).
std::vector<std::string> split_lines(std::string_view text);
/// The same lines as views into `text` (which must outlive them), without copying them.
std::vector<std::string_view> split_line_views(std::string_view text);
/// Joins parts with a separator.
std::string join(const std::vector<std::string>& parts, std::string_view separator);
/// Collapses whitespace runs to one space and trims.
std::string collapse_spaces(std::string_view text);
/// The cells of a row of a table laid out with spaces: text parted by a tab or by at least
/// `min_gap` spaces, each cell with its inner whitespace collapsed.
std::vector<std::string> wide_gap_cells(std::string_view line, std::size_t min_gap = 3);

}  // namespace kommunsok::indexer
