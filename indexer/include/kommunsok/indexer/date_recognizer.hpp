// Why: the document date (meeting or decision) sits in known places; body text is full of
// other dates (deadlines, budget years, "träder i kraft den 1 augusti") that must not win.
#pragma once

#include <optional>
#include <string_view>

#include "kommunsok/indexer/extracted_text.hpp"
#include "kommunsok/schema/iso_date.hpp"

namespace kommunsok::indexer {

/// In order: a "Sammanträdesdatum"-type label, a date in the title ("… den 12 mars 2024"),
/// a "Datum" label, a "Tidpunkt" label. Never a date from running text; nullopt if none.
std::optional<schema::IsoDate> recognize_date(const ExtractedText& text, std::string_view title);

}  // namespace kommunsok::indexer
