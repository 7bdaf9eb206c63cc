// Why: one entry point turns a structured document into its metadata, applying the
// recognizers in the order their answers depend on (kind first, then title, then the rest),
// and one place decides how a protocol becomes a protocol plus its paragraphs.
#pragma once

#include <string>
#include <vector>

#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/schema/document.hpp"

namespace kommunsok::indexer {

/// A document with kind, title, date, organ, municipality, unit, diarienummer, paragraph(s),
/// parties, people, unions and exchanges recognised, and text set to the cleaned text.
/// id and source are left for the caller.
schema::Document recognize_document(const DocumentStructure& structure);

/// The searchable units of a recognised document whose id is set. A protocol with more than
/// one § section becomes the protocol itself plus one `paragraf` document per §, each with
/// its own title, §, diarienummer, decision and people, the protocol's organ, date and
/// municipality, and the links between them. Anything else is returned alone.
/// Paragraph ids are "<protocol id>#§<n>" (or "#<position>" where the number was lost), so
/// they stay the same when the file is indexed again.
std::vector<schema::Document> searchable_units(schema::Document document, const DocumentStructure& structure);

}  // namespace kommunsok::indexer
