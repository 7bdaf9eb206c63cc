// Why: the kind decides which other rules apply (an interpellation's organ, a protocol's
// title position), so it is recognised first, from the shape of the document.
#pragma once

#include "kommunsok/indexer/extracted_text.hpp"
#include "kommunsok/schema/kind.hpp"

namespace kommunsok::indexer {

/// interpellation: "Svar på interpellation …" / "Interpellation … ställd av";
/// samverkan: a förvaltningsgrupp/samverkansgrupp protocol or union–employer exchanges;
/// paragraf: a protocol header with "§ N"; otherwise annat.
schema::Kind recognize_kind(const ExtractedText& text);

}  // namespace kommunsok::indexer
