// Why: users type "forskola" and "arbetsmiljo" on keyboards and phones without å/ä/ö.
// Words are indexed folded as well (under their own prefix), so such a query finds them
// while a query written with the letters still prefers the exact word.
#pragma once

#include <string>
#include <string_view>

namespace kommunsok::schema {

/// å ä à á â → a, ö ø ó ò ô → o, é è ê ë → e, ü ú ù → u, í ì ï → i, ç → c (both cases);
/// everything else as it is.
std::string fold_diacritics(std::string_view text);
/// True when fold_diacritics would change the text.
bool has_diacritics(std::string_view text);

}  // namespace kommunsok::schema
