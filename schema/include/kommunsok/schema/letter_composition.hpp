#pragma once

#include <string>
#include <string_view>

namespace kommunsok::schema {

// The text with each Latin letter followed by a combining mark (U+0300–U+036F) written as the
// one character Unicode composes them into: "a" + U+030A is "å". Text made on a Mac and some
// PDF producers write letters decomposed (NFD); read as they are, "Vingåker" would be neither
// found nor recognised. Other sequences are kept as written.
std::string compose_latin_letters(std::string_view text);

}  // namespace kommunsok::schema
