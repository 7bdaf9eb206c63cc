// Why: journalists filter by the body that decided (kommunstyrelsen, a nämnd, its
// arbetsutskott); where its name stands depends on the kind of document.
#pragma once

#include <string>
#include <string_view>

#include "kommunsok/indexer/extracted_text.hpp"
#include "kommunsok/schema/kind.hpp"

namespace kommunsok::indexer {

/// True when a line names a political or joint body ("Kommunstyrelsens arbetsutskott",
/// "Barn- och utbildningsnämnden", "Kommunfullmäktige", "Förvaltningsgruppen").
bool looks_like_organ(std::string_view line);

/// interpellation: Kommunfullmäktige (where interpellations are answered);
/// samverkan: the group named in the title ("Förvaltningsgruppen");
/// paragraf and annat: the body named on a header line before the protocol labels, or
/// in a notice's title ("Kallelse till sammanträde med kommunfullmäktige").
/// Empty when not stated.
std::string recognize_organ(const ExtractedText& text, schema::Kind kind, std::string_view title);

}  // namespace kommunsok::indexer
