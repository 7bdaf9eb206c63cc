// Why: text extracted from PDFs carries page furniture — repeated header blocks, page
// numbers, words hyphenated across line ends, stray spaces. Recognizers and the index see
// the text only after this clean-up, so a header printed on every page counts once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kommunsok::indexer {

class ExtractedText {
 public:
  /// Cleans raw extracted text (UTF-8).
  explicit ExtractedText(std::string_view raw);

  /// Trimmed lines; blank lines kept as "" (at most two in a row).
  const std::vector<std::string>& lines() const { return lines_; }
  /// Runs of non-blank lines, each joined into one space-separated string.
  const std::vector<std::string>& paragraphs() const { return paragraphs_; }
  /// The whole text on one line (lines joined by spaces): for phrases broken over lines.
  const std::string& flat() const { return flat_; }
  /// The cleaned text, lines joined by '\n': what is stored and indexed.
  std::string full_text() const;
  /// The page line `line` stands on (1-based), when the text has pages (form feeds).
  std::optional<int> page_of_line(std::size_t line) const;
  /// Byte offsets in the text of lines [begin, end) joined by '\n' where a new page starts
  /// (an offset repeats for a page without lines). Empty when the text has no pages.
  std::vector<std::size_t> page_breaks(std::size_t begin, std::size_t end) const;
  /// Page furniture removed by the clean-up (page numbers, repeated page headers), in order.
  const std::vector<std::string>& furniture() const { return furniture_; }

 private:
  std::vector<std::string> lines_;
  std::vector<std::string> paragraphs_;
  std::string flat_;
  std::vector<std::string> furniture_;
  std::vector<int> line_pages_;
  bool paged_ = false;
};

}  // namespace kommunsok::indexer
