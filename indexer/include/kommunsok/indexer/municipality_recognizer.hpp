// Why: documents rarely state their municipality as metadata; it shows as "Huddinge kommun",
// "Granviks kommun", "Stockholms stad", a city district, or the city's web host.
#pragma once

#include <string>
#include <string_view>

#include "kommunsok/indexer/extracted_text.hpp"

namespace kommunsok::indexer {

/// In order: "<Namn> kommun/stad" in the title, then the most frequent such phrase in the
/// text, then a known city district (Hägersten-Älvsjö → Stockholm), then a URL host naming
/// a municipality (stockholm.se). Empty when none.
std::string recognize_municipality(const ExtractedText& text, std::string_view title);

}  // namespace kommunsok::indexer
