// Why: minutes that write organisations short often say so in a key ("Förkortningar: KOM =
// Kommunal, VIS = Vision", "SRF = Synskadades Riksförbund … anger organisation, inte parti").
// What the key spells out decides what a code in brackets or before a name is: a union,
// a party, or an organisation that is neither.
#pragma once

#include <map>
#include <string>

#include "kommunsok/indexer/extracted_text.hpp"

namespace kommunsok::indexer {

/// The codes a document's key spells out ("KOM" -> "Kommunal"), from a paragraph that pairs
/// at least two codes with `=`. Empty when the document has no key.
std::map<std::string, std::string> abbreviation_key(const ExtractedText& text);

}  // namespace kommunsok::indexer
