// Why: the analysis steps beyond stemming write terms of their own, apart from the words,
// so a query can prefer the word as written and still find its folded form, its compound
// parts and the parts of a case number.
#pragma once

#include <string_view>

namespace kommunsok::schema::prefix {

/// A stemmed word with å/ä/ö/é… folded to a/a/o/e: "förskol" is also "XFforskol".
inline constexpr std::string_view folded = "XF";
/// A stemmed part of a compound word: "friskvårdsbidraget" also holds "XCfriskvård", "XCbidrag".
inline constexpr std::string_view compound_part = "XC";
/// A run of a case number's parts: "KS-2021/1202.111" also holds "XDPART1202", "XDPART2021-1202", ….
inline constexpr std::string_view diarienummer_part = "XDPART";
/// The file a document was indexed from (a digest of its canonical path), on the file's own
/// document, not on the paragraphs split from it: one file is one document, whatever folder
/// was named on the command line.
inline constexpr std::string_view source_file = "XSRC";

}  // namespace kommunsok::schema::prefix
