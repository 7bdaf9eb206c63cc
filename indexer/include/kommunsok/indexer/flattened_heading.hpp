// Why: transcript and archive sites flatten a record's heading into the text after it
// ("Protokoll samverkansgrupp (SVG) Barn- och … kommun 2026-08-20 Närvarande Arbetsgivaren: …").
// Kind, title and date must agree on where such a heading ends.
#pragma once

#include <string>
#include <string_view>

namespace kommunsok::indexer {

/// The heading a flattened paragraph opens with, or "" when it opens with no record's own
/// word ("Protokoll", "Minnesanteckningar", …): its words up to and including the first date,
/// stopping before a label ("Arbetsgivaren:"), an attendance heading ("Närvarande") or a
/// sentence's end, at most a heading's length.
std::string flattened_heading(std::string_view paragraph);

}  // namespace kommunsok::indexer
