#include "kommunsok/schema/diacritic_folding.hpp"

#include <xapian.h>

namespace kommunsok::schema {

namespace {

unsigned folded(unsigned ch) {
  switch (ch) {
    case 0xE5: case 0xE4: case 0xE0: case 0xE1: case 0xE2: case 0xE3: return 'a';
    case 0xC5: case 0xC4: case 0xC0: case 0xC1: case 0xC2: case 0xC3: return 'A';
    case 0xF6: case 0xF8: case 0xF3: case 0xF2: case 0xF4: case 0xF5: return 'o';
    case 0xD6: case 0xD8: case 0xD3: case 0xD2: case 0xD4: case 0xD5: return 'O';
    case 0xE9: case 0xE8: case 0xEA: case 0xEB: return 'e';
    case 0xC9: case 0xC8: case 0xCA: case 0xCB: return 'E';
    case 0xFC: case 0xFA: case 0xF9: case 0xFB: return 'u';
    case 0xDC: case 0xDA: case 0xD9: case 0xDB: return 'U';
    case 0xED: case 0xEC: case 0xEF: case 0xEE: return 'i';
    case 0xCD: case 0xCC: case 0xCF: case 0xCE: return 'I';
    case 0xE7: return 'c';
    case 0xC7: return 'C';
    default: return ch;
  }
}

}  // namespace

std::string fold_diacritics(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (Xapian::Utf8Iterator it(text.data(), text.size()); it != Xapian::Utf8Iterator(); ++it)
    Xapian::Unicode::append_utf8(out, folded(*it));
  return out;
}

bool has_diacritics(std::string_view text) {
  for (Xapian::Utf8Iterator it(text.data(), text.size()); it != Xapian::Utf8Iterator(); ++it)
    if (folded(*it) != *it) return true;
  return false;
}

}  // namespace kommunsok::schema
