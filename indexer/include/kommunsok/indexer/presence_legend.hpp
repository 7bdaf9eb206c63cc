// Why: an attendance table may mark each person with a letter its legend explains
// ("N = närvarande   F = frånvarande   E = ersättare som tjänstgjort"). The same letter means
// different things in different municipalities ("N" is "nej" in one, "närvarande" in the
// next), so a document's own legend decides.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kommunsok::indexer {

/// A legend's codes and whether each marks someone away (true) or present (false).
using PresenceLegend = std::map<std::string, bool>;

/// The first line that pairs at least two short codes with presence words by "=", one of them
/// present and one away; empty when no line does.
PresenceLegend presence_legend(const std::vector<std::string>& lines);

/// What the legend says of a cell holding one of its codes; nothing for other cells.
std::optional<bool> legend_says_absent(const PresenceLegend& legend, std::string_view cell);

}  // namespace kommunsok::indexer
