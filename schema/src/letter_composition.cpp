#include "kommunsok/schema/letter_composition.hpp"

#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace kommunsok::schema {

namespace {

struct Composition {
  std::uint16_t mark;
  char letter;
  std::uint16_t composed;
};

constexpr Composition kCompositions[] = {
#include "latin_composition_table.inc"
};

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

}  // namespace

std::string compose_latin_letters(std::string_view text) {
  // Combining marks U+0300–U+036F are written CC 80 … CD AF; without those bytes, nothing to do.
  if (text.find('\xCC') == std::string_view::npos && text.find('\xCD') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if ((lead == 0xCC || lead == 0xCD) && i + 1 < text.size() && !out.empty() && is_ascii_letter(out.back())) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      const std::uint16_t mark = static_cast<std::uint16_t>(((lead & 0x1F) << 6) | (next & 0x3F));
      const auto* found = std::find_if(std::begin(kCompositions), std::end(kCompositions), [&](const Composition& c) {
        return c.mark == mark && c.letter == out.back();
      });
      if ((next & 0xC0) == 0x80 && found != std::end(kCompositions)) {
        out.pop_back();
        Xapian::Unicode::append_utf8(out, found->composed);
        ++i;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace kommunsok::schema
