#include "kommunsok/indexer/plain_typography.hpp"

#include <array>

#include "kommunsok/schema/letter_composition.hpp"
#include <utility>

namespace kommunsok::indexer {

namespace {

using Replacement = std::pair<std::string_view, std::string_view>;

constexpr std::array kReplacements{
    Replacement{"\xC2\xAD", ""},           // soft hyphen
    Replacement{"\xC2\xA0", " "},          // no-break space
    Replacement{"\xE2\x80\xAF", " "},      // narrow no-break space
    Replacement{"\xE2\x80\x89", " "},      // thin space
    Replacement{"\xE2\x80\x8B", ""},       // zero-width space
    Replacement{"\xE2\x80\x90", "-"},      // hyphen
    Replacement{"\xE2\x80\x91", "-"},      // non-breaking hyphen
    Replacement{"\xEF\xAC\x80", "ff"},     // ligatures
    Replacement{"\xEF\xAC\x81", "fi"},
    Replacement{"\xEF\xAC\x82", "fl"},
    Replacement{"\xEF\xAC\x83", "ffi"},
    Replacement{"\xEF\xAC\x84", "ffl"},
    Replacement{"\xEF\xBB\xBF", ""},       // byte-order mark, wherever a join left it
    // A list's bullets in their other shapes (▪ ◦ ‣ ⁃ ► ◆ ❖ ➢), read as the one bullet "•". Not
    // ● ○ ■ □: those may mark presence in a grid.
    Replacement{"\xE2\x96\xAA", "\xE2\x80\xA2"},
    Replacement{"\xE2\x97\xA6", "\xE2\x80\xA2"},
    Replacement{"\xE2\x80\xA3", "\xE2\x80\xA2"},
    Replacement{"\xE2\x81\x83", "\xE2\x80\xA2"},
    Replacement{"\xE2\x96\xBA", "\xE2\x80\xA2"},
    Replacement{"\xE2\x97\x86", "\xE2\x80\xA2"},
    Replacement{"\xE2\x9D\x96", "\xE2\x80\xA2"},
    Replacement{"\xE2\x9E\xA2", "\xE2\x80\xA2"},
};

}  // namespace

namespace {

// "(cid:48)(cid:56)": a PDF-to-text tool's code for a glyph its font did not map to a character
// (a logo's lettering, a symbol). It stands for nothing that can be read or searched.
std::string without_glyph_codes(std::string_view text) {
  constexpr std::string_view kOpen = "(cid:";
  if (text.find(kOpen) == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, kOpen.size(), kOpen) == 0) {
      std::size_t end = i + kOpen.size();
      while (end < text.size() && end - i - kOpen.size() < 6 && text[end] >= '0' && text[end] <= '9') ++end;
      if (end > i + kOpen.size() && end < text.size() && text[end] == ')') {
        i = end + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace

std::string plain_typography(std::string_view input) {
  const std::string letters = schema::compose_latin_letters(without_glyph_codes(input));
  const std::string_view text = letters;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    // U+F000–U+F0FF: a symbol font's private characters (Wingdings' and Symbol's bullets and
    // arrows), meaningless without the font; read as the bullet they stand for.
    if (lead == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x83 && (static_cast<unsigned char>(text[i + 2]) & 0xC0) == 0x80) {
      out += "\xE2\x80\xA2";
      i += 3;
      continue;
    }
    if (lead == 0xC2 || lead == 0xE2 || lead == 0xEF) {
      bool replaced = false;
      for (const auto& [from, to] : kReplacements) {
        if (text.compare(i, from.size(), from) != 0) continue;
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
      if (replaced) continue;
    }
    out += text[i++];
  }
  return out;
}

}  // namespace kommunsok::indexer
