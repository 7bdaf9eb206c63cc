// Why: PDF and word-processor text carries typography that reads the same to a person and
// differently to a program: a non-breaking hyphen inside "2019‑10‑28", ligatures ("ﬁ" for
// "fi", so "ﬁnns" is not "finns"), soft hyphens inside words, non-breaking and zero-width
// spaces. Recognition and search both want the plain characters.
#pragma once

#include <string>
#include <string_view>

namespace kommunsok::indexer {

/// The text with letters written decomposed composed ("a" + ring is "å"), and typographic
/// variants replaced by their plain characters: non-breaking and
/// other hyphens by '-', ligatures by their letters, non-breaking spaces by spaces, a symbol
/// font's private characters (U+F000–U+F0FF) by a bullet; soft hyphens, zero-width spaces
/// and byte-order marks removed, and a PDF tool's unmapped glyph codes ("(cid:48)") too.
/// Other bytes kept.
std::string plain_typography(std::string_view text);

}  // namespace kommunsok::indexer
