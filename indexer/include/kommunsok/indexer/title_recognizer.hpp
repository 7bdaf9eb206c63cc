// Why: a document's title is where its kind puts it: an interpellation's or a samverkan
// protocol's opening paragraph, a protocol paragraph's first line after the header block.
#pragma once

#include <string>

#include "kommunsok/indexer/extracted_text.hpp"
#include "kommunsok/schema/kind.hpp"

namespace kommunsok::indexer {

/// The title, lines joined, at most 300 characters; empty for an empty text.
std::string recognize_title(const ExtractedText& text, schema::Kind kind);

}  // namespace kommunsok::indexer
