// Why: a user whose document got the wrong date must see why in one command. The
// explanation shows the structure found and, for each field, the line it came from and the
// candidates that were passed over.
#pragma once

#include <string>
#include <string_view>

namespace kommunsok::indexer {

/// A readable report for one document's text: boilerplate and page furniture set aside, the
/// header block, the sections, every recognised field with the line it stands on, the dates
/// that were not taken (and the label that disqualifies them), and the exchanges.
std::string explain_document(std::string_view text);

}  // namespace kommunsok::indexer
