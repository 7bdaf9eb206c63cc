#include "kommunsok/indexer/paragraph_recognizer.hpp"

#include <regex>
#include <string>

#include "kommunsok/indexer/header_labels.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kHeaderLines = 30;

// "§ 6" and its variants are short; longer lines are never just a paragraph number.
constexpr std::size_t kMaxNumberLineBytes = 16;

std::optional<int> paragraph_number(const std::string& text) {
  if (text.size() > kMaxNumberLineBytes) return std::nullopt;
  // "§ 6", "6", "Au § 156": an organ's code may stand before the sign.
  static const std::regex pattern(R"(^(?:[A-ZÅÄÖ][A-Za-zåäö]{0,5}\s{1,3}\xC2\xA7|\xC2\xA7)?\s{0,3}(\d{1,4})$)");
  std::smatch m;
  if (std::regex_match(text, m, pattern)) return std::stoi(m[1]);
  return std::nullopt;
}

}  // namespace

std::optional<int> recognize_paragraph(const ExtractedText& text) {
  if (auto value = header_value(text.lines(), HeaderLabel::Paragraph, kHeaderLines)) {
    if (auto number = paragraph_number(*value)) return number;
  }
  // A line of its own that is just "§ 6" (the label may be missing in the extraction).
  static const std::regex section(R"(^\xC2\xA7\s{0,3}(\d{1,4})$)");
  const auto& lines = text.lines();
  for (std::size_t i = 0; i < lines.size() && i < kHeaderLines; ++i) {
    std::smatch m;
    if (lines[i].size() <= kMaxNumberLineBytes && std::regex_match(lines[i], m, section))
      return std::stoi(m[1]);
  }
  return std::nullopt;
}

}  // namespace kommunsok::indexer
