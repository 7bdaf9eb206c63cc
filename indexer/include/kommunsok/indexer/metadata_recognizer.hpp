// Why: one entry point turns cleaned text into a document's metadata, applying the
// recognizers in the order their answers depend on (kind first, then title, then the rest).
#pragma once

#include "kommunsok/indexer/extracted_text.hpp"
#include "kommunsok/schema/document.hpp"

namespace kommunsok::indexer {

/// A document with kind, title, date, organ, municipality, unit, diarienummer,
/// paragraph, parties, people and unions recognised, and text set to the cleaned text.
/// id and source are left for the caller.
schema::Document recognize_document(const ExtractedText& text);

}  // namespace kommunsok::indexer
