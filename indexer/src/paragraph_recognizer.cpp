#include "kommunsok/indexer/paragraph_recognizer.hpp"

#include <regex>
#include <string>

#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/schema/organs.hpp"

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

// "… Au 45 Dnr KS-2022/0081.109": the § (with its body's code or its sign) right before the
// case number's label.
std::optional<int> marker_before_dnr(const std::string& line_text) {
  static const std::regex before_dnr(
      R"((?:^|\s)(?:([A-ZÅÄÖ][A-Za-zåäö]{0,5})\s{1,3})?(\xC2\xA7\s{0,3})?(\d{1,4})\s{1,3}(?:Dnr|Diarienummer)\b)");
  constexpr std::size_t kLineBytes = 200;
  if (line_text.find("Dnr") == std::string::npos && line_text.find("Diarienummer") == std::string::npos) return std::nullopt;
  const std::string line = line_text.substr(0, kLineBytes);
  std::smatch m;
  if (!std::regex_search(line, m, before_dnr)) return std::nullopt;
  if (!m[2].matched && !(m[1].matched && schema::find_organ(m[1].str()))) return std::nullopt;
  return std::stoi(m[3]);
}

}  // namespace

std::optional<std::size_t> flattened_marker_line(const ExtractedText& text) {
  const auto& lines = text.lines();
  for (std::size_t i = 0; i < lines.size() && i < kHeaderLines; ++i)
    if (marker_before_dnr(lines[i])) return i;
  return std::nullopt;
}

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
  if (const auto at = flattened_marker_line(text)) return marker_before_dnr(lines[*at]);
  return std::nullopt;
}

}  // namespace kommunsok::indexer
