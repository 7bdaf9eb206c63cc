// Why: archive sites print a document's first page twice — once flattened onto one line
// ("1 Ekby kommun Socialförvaltningen Protokoll … Tidpunkt: … Plats: …"), then line by line.
// The flattened copy would be read as the document's heading and its fields twice.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kommunsok::indexer {

/// The text without a line, among its opening lines, whose words (after a page number) are
/// exactly the words of the lines that follow it; such a line goes to `furniture`.
std::string without_repeated_cover(std::string_view text, std::vector<std::string>& furniture);

}  // namespace kommunsok::indexer
