// Why: a protocol paragraph is identified by its number ("§ 6") in the page header.
#pragma once

#include <optional>

#include "kommunsok/indexer/extracted_text.hpp"

namespace kommunsok::indexer {

/// The paragraph number from the header: "Paragraf" followed by "§ 6", a line "§ 6",
/// or "Paragraf 6". Only the first 30 lines are read, so citations of other paragraphs
/// in the body ("enligt KS § 45") are not taken.
std::optional<int> recognize_paragraph(const ExtractedText& text);

/// "Sammanträdesdatum 2022-03-01 Sida 7 (19) Au 45 Dnr KS-2022/0081.109": the line of a
/// flattened header that holds the § right before the case number's label, or none.
std::optional<std::size_t> flattened_marker_line(const ExtractedText& text);

}  // namespace kommunsok::indexer
