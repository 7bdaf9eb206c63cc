// Why: some municipalities write a member's party in square brackets ("Anna Ek [M]"); every
// reader of people expects the round ones ("Anna Ek (M)"), as most protocols write them.
#pragma once

#include <string>
#include <string_view>

namespace kommunsok::indexer {

/// The text with a national party's abbreviation in square brackets after a word ("Wikström
/// [M]", "Ali [S],") written in round brackets. Other square brackets ("[PDF]", "[Bilaga 1]",
/// "[KS 2022/318]") stay as they are.
std::string parties_in_parentheses(std::string_view text);

}  // namespace kommunsok::indexer
