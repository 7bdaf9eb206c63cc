// Why: protocol headers are label/value pairs ("Sammanträdesdatum" then "9 juni 2021",
// or "Dnr: KS 2019/0345" on one line); several recognizers read them the same way.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kommunsok::indexer {

enum class HeaderLabel { MeetingDate, Date, Time, Paragraph, Diarienummer, Place, Present, Organ };

struct LabeledLine {
  HeaderLabel label;
  std::string value;  ///< the rest of the line after the label (and a colon), trimmed
};

/// The label a line starts with, if any ("Sammanträdesdatum", "Datum:", "Dnr", "Paragraf" ...).
/// "Sida", "Sidan", "Sid" alone: a page count's label whose value went elsewhere (the page
/// furniture, the next cell).
bool is_page_count_label(std::string_view text);

/// "Förvaltning:  Miljöförvaltningen", "Enhet: HR-enheten": the unit after a label naming the
/// kind of unit; the text as it is when it has no such label.
std::string_view without_unit_label(std::string_view text);

std::optional<LabeledLine> match_header_label(std::string_view line);

/// The value of the first line labeled `label`: the rest of that line, or when it is
/// empty, the next non-blank line. Looks at the first `max_lines` lines only.
std::optional<std::string> header_value(const std::vector<std::string>& lines, HeaderLabel label,
                                        std::size_t max_lines = 80);

}  // namespace kommunsok::indexer
